import { describe, expect, it } from 'vitest';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import { noticeView } from '../../../../shared/core/notice-message';

const en = wordingFor('en-GB', 'en', 'UTC');
const de = wordingFor('de-DE', 'de', 'UTC');

describe('notice words', () => {
  it('names the tray action to take when the camera moved, in the person’s language', () => {
    expect(noticeView({ kind: 'camera-moved' }, en)).toEqual({
      level: 'info',
      message: expect.stringContaining('“Recalibrate posture”'),
    });
    const german = noticeView({ kind: 'camera-moved' }, de);
    expect(german.message).toContain(de.t('core:tray.recalibrate'));
    expect(german.message).not.toBe(noticeView({ kind: 'camera-moved' }, en).message);
  });

  it('warns about history with the store’s own error, and informs about the fallback camera', () => {
    const history = noticeView({ kind: 'history-not-saved', error: 'ENOSPC: no space left' }, en);
    expect(history.level).toBe('warning');
    expect(history.message).toContain('could not save your history (ENOSPC: no space left)');
    expect(noticeView({ kind: 'camera-fallback' }, en)).toEqual({
      level: 'info',
      message: expect.stringContaining('camera you chose'),
    });
  });
});

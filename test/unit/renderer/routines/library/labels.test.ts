import { describe, expect, it } from 'vitest';
import { wordingFor } from '../../../../../shared/core/i18n/wording';
import { FOCUS_TAGS, ITEM_KINDS } from '../../../../../renderer/routines/content/schema';
import { focusTagName, itemKindName } from '../../../../../renderer/routines/library/labels';

describe('item kind and focus names', () => {
  const en = wordingFor('en-GB', 'en', 'UTC').t;
  const de = wordingFor('de-DE', 'de', 'UTC').t;

  it('names every kind and focus tag in both languages, never by its id', () => {
    for (const kind of ITEM_KINDS) {
      expect(itemKindName(kind, en), kind).not.toBe(kind);
      expect(itemKindName(kind, de), kind).not.toBe(itemKindName(kind, en));
    }
    for (const tag of FOCUS_TAGS) {
      expect(focusTagName(tag, en), tag).not.toBe(tag);
      expect(focusTagName(tag, de), tag).not.toBe(focusTagName(tag, en));
    }
    expect(itemKindName('stretch', de)).toBe('Dehnung');
    expect(focusTagName('chest-opener', en)).toBe('Chest opener');
  });
});

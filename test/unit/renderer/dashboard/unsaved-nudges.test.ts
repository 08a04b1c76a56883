import { describe, expect, it } from 'vitest';
import { emptyMinute } from '../../../../shared/core/history/minute';
import { unsavedNudges } from '../../../../renderer/dashboard/unsaved-nudges';

const T = Date.UTC(2026, 10, 28, 10, 0);

describe('unsaved nudges', () => {
  it('counts a nudge shown in the minute history has not saved yet', () => {
    const stored = [{ ...emptyMinute(T - 60_000), uprightS: 60 }];
    expect(unsavedNudges([T + 20_000], stored)).toEqual([T + 20_000]);
    // A new user with no stored minute at all.
    expect(unsavedNudges([T + 20_000], [])).toEqual([T + 20_000]);
  });

  it('drops a nudge once its minute (or a later one) is stored, so it never counts twice', () => {
    const shown = [T + 20_000, T + 70_000];
    const withFirst = [{ ...emptyMinute(T), slouchingS: 60, nudges: 1 }];
    expect(unsavedNudges(shown, withFirst)).toEqual([T + 70_000]);
    const withLater = [...withFirst, { ...emptyMinute(T + 60_000), slouchingS: 60, nudges: 1 }];
    expect(unsavedNudges(shown, withLater)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../../shared/core/app-events';
import {
  initialNoticeMemory,
  noticesFor,
  type AppNotice,
  type NoticeMemory,
} from '../../../../shared/core/notices';

/** Feed events one by one, as the core does, and keep every notice given. */
function tell(events: readonly AppEvent[], memory: NoticeMemory = initialNoticeMemory) {
  const notices: AppNotice[] = [];
  for (const event of events) {
    const told = noticesFor(memory, event);
    memory = told.memory;
    notices.push(...told.notices);
  }
  return { memory, notices };
}

const moved: AppEvent = {
  type: 'posture',
  report: {
    timeMs: 0,
    state: 'upright',
    reasons: [],
    slouchScore: 0,
    recalibrationSuggested: true,
  },
};
const fallback: AppEvent = {
  type: 'monitor-status',
  status: { kind: 'running', backend: 'wasm', cameraFallback: true },
};
const chosenCamera: AppEvent = {
  type: 'monitor-status',
  status: { kind: 'running', backend: 'wasm' },
};
const paused: AppEvent = { type: 'monitor-status', status: { kind: 'stopped', reason: 'paused' } };
const notSaved = (error: string): AppEvent => ({ type: 'history:not-saved', error });

describe('notices: each said once, and again only when it is news', () => {
  it('says the camera moved once per calibration', () => {
    expect(tell([moved, moved, moved]).notices).toEqual([{ kind: 'camera-moved' }]);
    expect(tell([moved, { type: 'calibration:requested' }, moved]).notices).toHaveLength(2);
    expect(tell([moved, { type: 'calibration:saved' }, moved]).notices).toHaveLength(2);
  });

  it('says nothing for a report that does not suggest recalibrating', () => {
    const upright: AppEvent = {
      type: 'posture',
      report: { timeMs: 0, state: 'upright', reasons: [], slouchScore: 0 },
    };
    expect(tell([upright, upright])).toEqual({ memory: initialNoticeMemory, notices: [] });
  });

  it('says the default camera is used once per stretch; a pause is the same stretch', () => {
    expect(tell([fallback, paused, fallback]).notices).toEqual([{ kind: 'camera-fallback' }]);
    // The chosen camera came back, then went missing again: a new stretch.
    expect(tell([fallback, chosenCamera, fallback]).notices).toHaveLength(2);
    expect(tell([chosenCamera, paused, chosenCamera]).notices).toEqual([]);
  });

  it('says a history write failed once per failure streak, with the first error', () => {
    const streak = tell([notSaved('ENOSPC'), notSaved('EIO'), notSaved('EROFS')]);
    expect(streak.notices).toEqual([{ kind: 'history-not-saved', error: 'ENOSPC' }]);
    expect(streak.memory.historyFailureTold).toBe(true);
    const recovered = tell([{ type: 'history:saved' }, notSaved('EIO')], streak.memory);
    expect(recovered.notices).toEqual([{ kind: 'history-not-saved', error: 'EIO' }]);
  });

  it('keeps each memory to its own notice', () => {
    const { memory } = tell([moved, fallback, notSaved('ENOSPC'), { type: 'history:saved' }]);
    expect(memory).toEqual({
      cameraMovedTold: true,
      cameraFallbackTold: true,
      historyFailureTold: false,
    });
    expect(tell([{ type: 'calibration:saved' }], memory).memory).toEqual({
      ...memory,
      cameraMovedTold: false,
    });
  });
});

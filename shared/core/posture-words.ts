import { core as englishCore } from './i18n/en/core';
import type { Wording } from './i18n/wording';
import type { MonitorStatus } from './posture-status';

/**
 * The words a person reads about their posture and the camera, chosen at display time from ids
 * (a reason's metric, a monitor problem), so they follow the language even for a verdict or a
 * problem that came before the language changed. Pure.
 */
export type ReasonId = keyof typeof englishCore.reason;

export const isReasonId = (metric: string): metric is ReasonId =>
  Object.prototype.hasOwnProperty.call(englishCore.reason, metric);

/** A reason in words by its metric id; null for an id Poise has no words for. */
export function reasonWords(metric: string | null, wording: Wording): string | null {
  if (metric === null || !isReasonId(metric)) return null;
  return wording.t(`core:reason.${metric}`);
}

type MonitorProblem = Extract<MonitorStatus, { kind: 'error' }>['problem'];

const PROBLEM_KEYS = {
  'no-camera': 'noCamera',
  'permission-denied': 'permissionDenied',
  'camera-busy': 'cameraBusy',
  'camera-lost': 'cameraLost',
  'model-missing': 'modelMissing',
  'model-corrupt': 'modelCorrupt',
  'no-backend': 'noBackend',
} as const satisfies Record<MonitorProblem, keyof typeof englishCore.monitorProblem>;

/** What went wrong with the camera or the pose engine, in the person's words. */
export function monitorProblemWords(problem: MonitorProblem, wording: Wording): string {
  return wording.t(`core:monitorProblem.${PROBLEM_KEYS[problem]}`);
}

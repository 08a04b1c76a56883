/**
 * Failures of the pose pipeline that the tray and dashboard must be able to name. Each maps
 * 1:1 onto a MonitorStatus problem, so the monitor never has to parse error strings. The message
 * is English, for logs and the lab pages; people read the problem in their language by its code
 * (shared/core/posture-words.ts).
 */
export type PoseProblem = 'model-missing' | 'model-corrupt' | 'no-backend';

export class PoseError extends Error {
  override readonly name = 'PoseError';
  constructor(
    readonly problem: PoseProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const MISSING_PATTERNS = [
  /status code 404/i,
  /not found/i,
  /ENOENT/,
  /failed to fetch/i,
  /no such file/i,
];

/**
 * Turn whatever loadGraphModel threw into a PoseError. tfjs reports an absent file as an
 * HTTP status or a fetch failure, and a damaged one as a JSON or weight-shape error; anything
 * we cannot recognise is treated as corrupt, because the files were there but unusable.
 */
export function classifyModelLoadError(error: unknown, modelLabel: string): PoseError {
  if (error instanceof PoseError) return error;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (MISSING_PATTERNS.some((pattern) => pattern.test(text))) {
    return new PoseError(
      'model-missing',
      `The pose model files (${modelLabel}) are missing. Reinstall Poise to restore them.`,
      { cause: error },
    );
  }
  return new PoseError(
    'model-corrupt',
    `The pose model files (${modelLabel}) are damaged and could not be loaded. Reinstall Poise to restore them.`,
    { cause: error },
  );
}

/**
 * Backoff for reopening the camera after it failed (busy, unplugged, missing). Pure. A
 * `devicechange` event retries at once regardless; this only paces the blind retries.
 */
export const RETRY_BASE_MS = 1000;
export const RETRY_MAX_MS = 30_000;

/** Delay before retry number `attempt` (0-based): 1 s, 2 s, 4 s ... capped at 30 s. */
export function retryDelayMs(attempt: number): number {
  if (!Number.isInteger(attempt) || attempt < 0)
    throw new RangeError(`attempt must be a non-negative integer, got ${attempt}.`);
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.min(attempt, 16));
}

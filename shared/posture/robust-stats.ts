/** Median of a non-empty list (the caller checks emptiness; returns NaN for an empty list). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/**
 * Median absolute deviation scaled by 1.4826, so it estimates the standard deviation of
 * normally distributed values while ignoring the odd wild frame (a sneeze, a hand in the face).
 */
export function robustSpread(values: readonly number[]): number {
  const centre = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - centre)));
}

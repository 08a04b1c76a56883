/**
 * Sensitivity 1 (relaxed) .. 10 (strict) scales every tolerance by a factor: 5, the default,
 * leaves the tolerances as designed; each 4 steps halves or doubles them. A geometric scale
 * keeps every step feeling like the same amount of change.
 */
export const DEFAULT_SENSITIVITY = 5;

export function toleranceFactor(sensitivity: number): number {
  const s = Number.isFinite(sensitivity)
    ? Math.min(10, Math.max(1, sensitivity))
    : DEFAULT_SENSITIVITY;
  return 2 ** ((DEFAULT_SENSITIVITY - s) / 4);
}

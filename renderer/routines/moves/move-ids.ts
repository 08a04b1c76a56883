/** Moves the camera can confirm. Content steps name one of these to become pose-checked. */
export const MOVE_IDS = ['chin-tuck', 'shoulder-squeeze', 'overhead-reach'] as const;

export type MoveId = (typeof MOVE_IDS)[number];

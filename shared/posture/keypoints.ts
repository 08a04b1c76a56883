/**
 * MoveNet / COCO keypoint order. The model emits 17 keypoints in exactly this order;
 * everything downstream indexes by name through this constant, never by magic number.
 */
export const KEYPOINT_NAMES = [
  'nose',
  'left_eye',
  'right_eye',
  'left_ear',
  'right_ear',
  'left_shoulder',
  'right_shoulder',
  'left_elbow',
  'right_elbow',
  'left_wrist',
  'right_wrist',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
] as const;

export type KeypointName = (typeof KEYPOINT_NAMES)[number];

/** The face and shoulders: what a desk camera sees of a seated person (the first seven names). */
export const HEAD_AND_SHOULDERS = [
  'nose',
  'left_eye',
  'right_eye',
  'left_ear',
  'right_ear',
  'left_shoulder',
  'right_shoulder',
] as const satisfies readonly KeypointName[];

/** A keypoint in normalised image coordinates: x and y in [0, 1], origin top-left, score in [0, 1]. */
export interface Keypoint {
  readonly name: KeypointName;
  readonly x: number;
  readonly y: number;
  readonly score: number;
}

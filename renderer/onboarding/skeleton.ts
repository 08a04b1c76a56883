import type { Keypoint, KeypointName } from '../../shared/posture/keypoints';

/** The bones drawn over the preview: the upper body, which is all Poise looks at. */
export const SKELETON_EDGES: readonly (readonly [KeypointName, KeypointName])[] = [
  ['left_ear', 'left_eye'],
  ['left_eye', 'nose'],
  ['nose', 'right_eye'],
  ['right_eye', 'right_ear'],
  ['left_shoulder', 'right_shoulder'],
  ['left_shoulder', 'left_elbow'],
  ['right_shoulder', 'right_elbow'],
  ['left_elbow', 'left_wrist'],
  ['right_elbow', 'right_wrist'],
  ['left_shoulder', 'left_hip'],
  ['right_shoulder', 'right_hip'],
];

export const SKELETON_MIN_SCORE = 0.1;

/** Draw keypoints and bones (normalised coordinates) onto a canvas of any size. */
export function drawSkeleton(
  ctx: CanvasRenderingContext2D,
  keypoints: readonly Keypoint[] | null,
  width: number,
  height: number,
): void {
  ctx.clearRect(0, 0, width, height);
  if (!keypoints) return;
  const byName = new Map(
    keypoints.filter((k) => k.score >= SKELETON_MIN_SCORE).map((k) => [k.name, k]),
  );
  ctx.lineWidth = Math.max(2, width / 160);
  ctx.strokeStyle = '#6cc79f';
  ctx.fillStyle = '#ffffff';
  for (const [a, b] of SKELETON_EDGES) {
    const p = byName.get(a);
    const q = byName.get(b);
    if (!p || !q) continue;
    ctx.beginPath();
    ctx.moveTo(p.x * width, p.y * height);
    ctx.lineTo(q.x * width, q.y * height);
    ctx.stroke();
  }
  for (const k of byName.values()) {
    ctx.beginPath();
    ctx.arc(k.x * width, k.y * height, Math.max(3, width / 120), 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
}

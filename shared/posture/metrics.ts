import {
  STRONG_KEYPOINT_SCORE,
  angleFromVertical,
  atLeast,
  centroid,
  distance,
  lineTilt,
  type ConfidentPoints,
  type ImagePoint,
} from './geometry';

/**
 * The posture metrics, each compared with the same person's calibrated upright value. Most are
 * ratios of lengths or angles, so they do not change when the person sits nearer or further.
 * The position metrics (earLine, eyeLine, shoulderLine) are heights in the picture: the camera
 * stays put between calibration and use, and sinking into the chair moves head and shoulders
 * down together, which no ratio between keypoints can see. They are measured in image
 * diagonals, so they do not change with the camera's resolution, and judged in the calibrated
 * eye distance, so a drop means the same physical distance at any camera distance.
 */
export const METRIC_IDS = [
  'earLine',
  'eyeLine',
  'shoulderLine',
  'neckHeight',
  'neckHeightByEyes',
  'headSize',
  'neckAngle',
  'torsoNeck',
  'shoulderWidth',
  'trunkLean',
  'headPitch',
  'headTilt',
  'shoulderTilt',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

/**
 * primary metrics can call a slouch on their own; secondary ones are too noisy in ordinary
 * movement (nodding, looking at a second screen) and only add detail to the reasons.
 */
export type MetricRole = 'primary' | 'secondary';

/** How far from baseline a metric must move before it counts, before sensitivity scaling. */
export type MetricFloor =
  | { readonly kind: 'relative'; readonly fraction: number }
  | { readonly kind: 'absolute'; readonly amount: number }
  /** In calibrated eye distances (about 6 cm on an adult): for heights in the picture. */
  | { readonly kind: 'eyeDistances'; readonly amount: number };

export interface MetricDefinition {
  readonly id: MetricId;
  readonly role: MetricRole;
  /** +1: larger is more slouched; -1: smaller is more slouched; 0: a change either way counts. */
  readonly direction: 1 | -1 | 0;
  readonly floor: MetricFloor;
  /**
   * Looking down (chin toward the chest) flexes the neck and lowers the ears without any change
   * in the back, so metrics marked here get a wider tolerance while the chin is down.
   */
  readonly confoundedByLookingDown?: boolean;
  /** Measured from the shoulder line's height, which one shoulder alone only approximates. */
  readonly fromShoulderLine?: boolean;
  /**
   * A rougher stand-in for another metric: calibrated like any other, but judged only while the
   * metric it stands in for cannot be measured (an ear hidden by hair or a turned head).
   */
  readonly standsInFor?: MetricId;
  /**
   * Plain-language description of the change, in English, for logs and the lab pages. The person
   * reads the reason in their language by the metric id (`core:reason.<id>`, shared/core/posture-words.ts).
   */
  readonly message: string;
  /** The metric's value, or null when the keypoints it needs are missing or too weak to trust. */
  readonly measure: (points: ConfidentPoints) => number | null;
}

/**
 * Ear-to-ear width, the head's own ruler. Only trusted when the face is roughly frontal: seen
 * from the side the ears overlap and any ratio over their distance explodes. Two checks, both
 * about the head's turn rather than its size: the nose must lie within the span between the
 * ears (in profile it lies outside it), and the ears must be clearly wider apart
 * than the eyes (frontal ears are about 2.4 eye distances apart).
 */
function headWidth(p: ConfidentPoints): number | null {
  if (!p.left_ear || !p.right_ear) return null;
  const width = distance(p.left_ear, p.right_ear);
  if (!(width > 0)) return null;
  if (p.nose) {
    const span = Math.abs(p.left_ear.x - p.right_ear.x);
    const middle = (p.left_ear.x + p.right_ear.x) / 2;
    if (Math.abs(p.nose.x - middle) > 0.5 * span) return null;
  }
  if (p.left_eye && p.right_eye && width < 1.2 * distance(p.left_eye, p.right_eye)) return null;
  return width;
}

function shoulderLine(p: ConfidentPoints): ImagePoint | undefined {
  return centroid([p.left_shoulder, p.right_shoulder]);
}

/** The midpoint of both ears; one ear alone is off by the head's roll. */
function bothEars(p: ConfidentPoints): ImagePoint | undefined {
  return p.left_ear && p.right_ear ? centroid([p.left_ear, p.right_ear]) : undefined;
}

function earLine(p: ConfidentPoints): ImagePoint | undefined {
  return centroid([p.left_ear, p.right_ear]);
}

function hipLine(p: ConfidentPoints): ImagePoint | undefined {
  return centroid([p.left_hip, p.right_hip]);
}

/** Shoulder-to-hip length: the body's ruler when the hips are in view. */
function torsoLength(p: ConfidentPoints): number | null {
  const shoulders = shoulderLine(p);
  const hips = hipLine(p);
  if (!shoulders || !hips) return null;
  const length = distance(shoulders, hips);
  return length > 0 ? length : null;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export const METRICS: readonly MetricDefinition[] = [
  {
    // Height of the ear line in the picture (image y grows downward). The ears sit close to the
    // axis the head nods about, so a glance at the keyboard hardly moves them, while sinking
    // into the chair or hunching lowers them a lot. The floor, half an eye distance (about
    // 3 cm), was chosen on frontal-webcam, whose upright frames (looking down included) stay
    // within 0.35 of it; checked on frontal-webcam-b s1 and s2, whose slouches drop the ears
    // 1.0 and 0.9 eye distances.
    id: 'earLine',
    role: 'primary',
    direction: 1,
    floor: { kind: 'eyeDistances', amount: 0.5 },
    message: 'Your head is lower than when you sat upright.',
    measure: (p) => {
      const ears = bothEars(p);
      return ears ? ears.y : null;
    },
  },
  {
    // The eye line: earLine's stand-in when an ear is hidden. Nodding moves the eyes, so it
    // needs a wider floor: chosen on frontal-webcam, where looking down while upright lowers
    // the eyes by up to 0.76 eye distances; checked on frontal-webcam-b (slouches lower them
    // 0.9 to 1.2).
    id: 'eyeLine',
    role: 'primary',
    direction: 1,
    standsInFor: 'earLine',
    confoundedByLookingDown: true,
    floor: { kind: 'eyeDistances', amount: 0.85 },
    message: 'Your head is lower than when you sat upright.',
    measure: (p) =>
      p.left_eye && p.right_eye ? (centroid([p.left_eye, p.right_eye]) as ImagePoint).y : null,
  },
  {
    // Height of the shoulder line in the picture. On its own a sunk shoulder line is weak
    // evidence (the camera may see the shoulders cut by the picture's edge), so it only adds to
    // the reasons, and it tells a whole picture that moved from a head that sank.
    id: 'shoulderLine',
    role: 'secondary',
    direction: 1,
    fromShoulderLine: true,
    floor: { kind: 'eyeDistances', amount: 0.3 },
    message: 'Your shoulders have sunk lower than when you sat upright.',
    measure: (p) => {
      const left = atLeast(p.left_shoulder, STRONG_KEYPOINT_SCORE);
      const right = atLeast(p.right_shoulder, STRONG_KEYPOINT_SCORE);
      return left && right ? (left.y + right.y) / 2 : null;
    },
  },
  {
    // Height of the ears above the shoulder line, in head widths. Falls when the head drops
    // toward the shoulders and also when the head comes closer (the head ruler grows).
    // One shoulder is enough for its height: slouched people often push one out of frame.
    id: 'neckHeight',
    fromShoulderLine: true,
    role: 'primary',
    direction: -1,
    confoundedByLookingDown: true,
    floor: { kind: 'relative', fraction: 0.25 },
    message: 'Your head has dropped toward your shoulders.',
    measure: (p) => {
      const head = headWidth(p);
      const shoulders = shoulderLine(p);
      const ears = earLine(p);
      if (head === null || !shoulders || !ears) return null;
      return finiteOrNull((shoulders.y - ears.y) / head);
    },
  },
  {
    // Eyes above the shoulder line in eye distances: neckHeight's stand-in when an ear is not
    // visible (hair, a turned head). Rougher, because the eyes move more than the ears when
    // the head nods, which is why it is judged only when neckHeight cannot be, and without the
    // ears there is no headPitch to say the chin is down. So its floor is wider: looking down
    // while upright lowered the eyes by up to 30% of this height on frontal-webcam with the
    // ears hidden (their scores halved), while the slouches of frontal-webcam-b lower it by
    // 35 to 55%, and those of frontal-webcam by about half.
    id: 'neckHeightByEyes',
    fromShoulderLine: true,
    role: 'primary',
    direction: -1,
    confoundedByLookingDown: true,
    standsInFor: 'neckHeight',
    floor: { kind: 'relative', fraction: 0.35 },
    message: 'Your head has dropped toward your shoulders.',
    measure: (p) => {
      const shoulders = shoulderLine(p);
      if (!shoulders || !p.left_eye || !p.right_eye) return null;
      const eyes = centroid([p.left_eye, p.right_eye]) as ImagePoint;
      // In profile the nose lies outside the span between the eyes: not a frontal face.
      const span = Math.abs(p.left_eye.x - p.right_eye.x);
      if (p.nose && Math.abs(p.nose.x - eyes.x) > 0.5 * span) return null;
      const eyeDistance = distance(p.left_eye, p.right_eye);
      return eyeDistance > 0 ? finiteOrNull((shoulders.y - eyes.y) / eyeDistance) : null;
    },
  },
  {
    // Head width over shoulder width. Grows when the head moves toward the camera and when the
    // shoulders roll forward (their apparent width shrinks).
    id: 'headSize',
    role: 'primary',
    direction: 1,
    floor: { kind: 'relative', fraction: 0.25 },
    message:
      'Your head is closer to the screen than your shoulders, or your shoulders are rounded.',
    measure: (p) => {
      const head = headWidth(p);
      const left = atLeast(p.left_shoulder, STRONG_KEYPOINT_SCORE);
      const right = atLeast(p.right_shoulder, STRONG_KEYPOINT_SCORE);
      if (head === null || !left || !right) return null;
      const shoulders = distance(left, right);
      return shoulders > 0 ? finiteOrNull(head / shoulders) : null;
    },
  },
  {
    // Angle of the shoulder-to-ear line from vertical: the classic forward-head angle, for a
    // camera at the side or at a steep angle. Measured only when the face is NOT frontal: from
    // the front this angle is a sideways lean of the neck, which people do all day while
    // upright (leaning to read, to reach the mouse), and neckHeight covers the slouch there.
    id: 'neckAngle',
    role: 'primary',
    direction: 0,
    floor: { kind: 'absolute', amount: 15 },
    message: 'Your head is pushed forward of your shoulders.',
    measure: (p) => {
      if (headWidth(p) !== null) return null;
      const shoulders = shoulderLine(p);
      const ears = earLine(p);
      if (!shoulders || !ears || distance(shoulders, ears) === 0) return null;
      return finiteOrNull(angleFromVertical(shoulders, ears));
    },
  },
  {
    // Ears above the shoulders in torso lengths, for cameras that see the hips.
    id: 'torsoNeck',
    role: 'primary',
    direction: -1,
    confoundedByLookingDown: true,
    floor: { kind: 'relative', fraction: 0.2 },
    message: 'Your head has sunk toward your chest.',
    measure: (p) => {
      const torso = torsoLength(p);
      const shoulders = shoulderLine(p);
      const ears = earLine(p);
      if (torso === null || !shoulders || !ears) return null;
      return finiteOrNull((shoulders.y - ears.y) / torso);
    },
  },
  {
    // Shoulder width in torso lengths: rounded shoulders look narrower from the front.
    id: 'shoulderWidth',
    role: 'primary',
    direction: -1,
    floor: { kind: 'relative', fraction: 0.2 },
    message: 'Your shoulders are rolled forward.',
    measure: (p) => {
      // From the side, shoulder width mostly measures how the body is turned: frontal only.
      if (headWidth(p) === null) return null;
      const torso = torsoLength(p);
      const left = atLeast(p.left_shoulder, STRONG_KEYPOINT_SCORE);
      const right = atLeast(p.right_shoulder, STRONG_KEYPOINT_SCORE);
      if (torso === null || !left || !right) return null;
      return finiteOrNull(distance(left, right) / torso);
    },
  },
  {
    // Angle of the hip-to-shoulder line from vertical, when the hips are visible.
    id: 'trunkLean',
    role: 'primary',
    direction: 0,
    floor: { kind: 'absolute', amount: 12 },
    message: 'Your upper body is leaning away from upright.',
    measure: (p) => {
      const shoulders = shoulderLine(p);
      const hips = hipLine(p);
      if (!shoulders || !hips || distance(shoulders, hips) === 0) return null;
      return finiteOrNull(angleFromVertical(hips, shoulders));
    },
  },
  {
    // Ears relative to eyes, in eye distances: when the chin drops the ears rise toward the eye
    // line. Also what a glance at the keyboard looks like, hence secondary.
    id: 'headPitch',
    role: 'secondary',
    direction: -1,
    floor: { kind: 'absolute', amount: 0.3 },
    message: 'Your chin is tucked down.',
    measure: (p) => {
      const ears = earLine(p);
      if (!ears || !p.left_eye || !p.right_eye || !p.left_ear || !p.right_ear) return null;
      const eyes = centroid([p.left_eye, p.right_eye]) as ImagePoint;
      const eyeDistance = distance(p.left_eye, p.right_eye);
      return eyeDistance > 0 ? finiteOrNull((ears.y - eyes.y) / eyeDistance) : null;
    },
  },
  {
    id: 'headTilt',
    role: 'secondary',
    direction: 0,
    floor: { kind: 'absolute', amount: 12 },
    message: 'Your head is tilted to one side.',
    measure: (p) =>
      p.left_eye && p.right_eye ? finiteOrNull(lineTilt(p.right_eye, p.left_eye)) : null,
  },
  {
    id: 'shoulderTilt',
    role: 'secondary',
    direction: 0,
    floor: { kind: 'absolute', amount: 6 },
    message: 'One shoulder is higher than the other.',
    measure: (p) =>
      p.left_shoulder && p.right_shoulder
        ? finiteOrNull(lineTilt(p.right_shoulder, p.left_shoulder))
        : null,
  },
];

export type MetricValues = Partial<Record<MetricId, number>>;

/** All metrics that can be measured on these points; weak or missing ones are simply absent. */
export function measureMetrics(points: ConfidentPoints): MetricValues {
  const values: MetricValues = {};
  for (const metric of METRICS) {
    const value = metric.measure(points);
    if (value !== null) values[metric.id] = value;
  }
  return values;
}

/** The values to judge a frame by: stand-ins are dropped when the metric they replace is there. */
export function withoutRedundantStandIns(values: MetricValues): MetricValues {
  const judged: MetricValues = {};
  for (const metric of METRICS) {
    const value = values[metric.id];
    if (value === undefined) continue;
    if (metric.standsInFor !== undefined && values[metric.standsInFor] !== undefined) continue;
    judged[metric.id] = value;
  }
  return judged;
}

export function metricDefinition(id: MetricId): MetricDefinition {
  return METRICS.find((m) => m.id === id) as MetricDefinition;
}

/**
 * Illustrations as data: a seated stick figure in a 100 x 100 box, a start pose and (for moves)
 * an end pose. One renderer draws them all, and the player eases between the two poses on its own
 * clock, so the drawing pauses with the routine and holds still under reduced motion.
 */
export type Point = readonly [number, number];

export interface FigurePose {
  readonly head: Point;
  readonly neck: Point;
  readonly shoulders: readonly [Point, Point];
  readonly elbows: readonly [Point, Point];
  readonly wrists: readonly [Point, Point];
  readonly hip: Point;
}

export type IllustrationProp =
  'chair' | 'doorway' | 'wall' | 'ball' | 'roller' | 'desk' | 'pack' | 'breath';

export interface FigureIllustration {
  readonly kind: 'figure';
  // What the drawing shows, read out by screen readers, is routines:illustrations.<id>.
  readonly pose: FigurePose;
  readonly movedPose?: FigurePose;
  readonly props: readonly IllustrationProp[];
  /** Highlighted spots (pressure points, areas to relax). */
  readonly marks?: readonly Point[];
  readonly eyesClosed?: boolean;
}

export interface HandIllustration {
  readonly kind: 'hand';
  readonly marks: readonly Point[];
}

export type IllustrationSpec = FigureIllustration | HandIllustration;

const seatedFront: FigurePose = {
  head: [50, 20],
  neck: [50, 30],
  shoulders: [
    [38, 34],
    [62, 34],
  ],
  elbows: [
    [34, 50],
    [66, 50],
  ],
  wrists: [
    [42, 62],
    [58, 62],
  ],
  hip: [50, 66],
};

const seatedSide: FigurePose = {
  head: [52, 20],
  neck: [50, 30],
  shoulders: [
    [50, 34],
    [50, 34],
  ],
  elbows: [
    [52, 50],
    [52, 50],
  ],
  wrists: [
    [64, 56],
    [64, 56],
  ],
  hip: [47, 66],
};

const with_ = (base: FigurePose, change: Partial<FigurePose>): FigurePose => ({
  ...base,
  ...change,
});

export const ILLUSTRATIONS = {
  'chin-tuck': {
    kind: 'figure',
    pose: with_(seatedSide, { head: [57, 21] }),
    movedPose: with_(seatedSide, { head: [51, 21] }),
    props: ['chair'],
  },
  'shoulder-squeeze': {
    kind: 'figure',
    pose: with_(seatedFront, {
      elbows: [
        [32, 48],
        [68, 48],
      ],
      wrists: [
        [34, 38],
        [66, 38],
      ],
    }),
    movedPose: with_(seatedFront, {
      shoulders: [
        [39, 36],
        [61, 36],
      ],
      elbows: [
        [27, 49],
        [73, 49],
      ],
      wrists: [
        [29, 39],
        [71, 39],
      ],
    }),
    props: ['chair'],
  },
  'thoracic-extension': {
    kind: 'figure',
    pose: with_(seatedSide, {
      elbows: [
        [62, 20],
        [62, 20],
      ],
      wrists: [
        [48, 16],
        [48, 16],
      ],
    }),
    movedPose: with_(seatedSide, {
      head: [45, 19],
      neck: [45, 29],
      shoulders: [
        [45, 33],
        [45, 33],
      ],
      elbows: [
        [56, 15],
        [56, 15],
      ],
      wrists: [
        [42, 14],
        [42, 14],
      ],
    }),
    props: ['chair'],
  },
  'chest-stretch': {
    kind: 'figure',
    pose: with_(seatedFront, {
      elbows: [
        [24, 34],
        [76, 34],
      ],
      wrists: [
        [24, 18],
        [76, 18],
      ],
    }),
    movedPose: with_(seatedFront, {
      neck: [50, 31],
      shoulders: [
        [39, 35],
        [61, 35],
      ],
      elbows: [
        [24, 34],
        [76, 34],
      ],
      wrists: [
        [24, 18],
        [76, 18],
      ],
    }),
    props: ['doorway'],
  },
  'upper-trap-stretch': {
    kind: 'figure',
    pose: seatedFront,
    movedPose: with_(seatedFront, { head: [43, 22] }),
    props: ['chair'],
  },
  'seated-rotation': {
    kind: 'figure',
    pose: seatedFront,
    movedPose: with_(seatedFront, {
      head: [46, 20],
      shoulders: [
        [41, 35],
        [60, 33],
      ],
      wrists: [
        [50, 60],
        [60, 62],
      ],
    }),
    props: ['chair'],
  },
  'overhead-reach': {
    kind: 'figure',
    pose: seatedFront,
    movedPose: with_(seatedFront, {
      elbows: [
        [40, 18],
        [60, 18],
      ],
      wrists: [
        [44, 4],
        [56, 4],
      ],
    }),
    props: ['chair'],
  },
  'wall-slide': {
    kind: 'figure',
    pose: with_(seatedFront, {
      elbows: [
        [28, 40],
        [72, 40],
      ],
      wrists: [
        [28, 26],
        [72, 26],
      ],
    }),
    movedPose: with_(seatedFront, {
      elbows: [
        [32, 22],
        [68, 22],
      ],
      wrists: [
        [28, 8],
        [72, 8],
      ],
    }),
    props: ['wall'],
  },
  'sitting-posture': {
    kind: 'figure',
    pose: seatedSide,
    props: ['chair', 'desk'],
  },
  'desk-setup': {
    kind: 'figure',
    pose: with_(seatedSide, {
      wrists: [
        [66, 50],
        [66, 50],
      ],
    }),
    props: ['chair', 'desk'],
  },
  breathing: {
    kind: 'figure',
    pose: with_(seatedFront, {
      wrists: [
        [48, 56],
        [58, 62],
      ],
    }),
    props: ['chair', 'breath'],
    eyesClosed: true,
  },
  relaxation: {
    kind: 'figure',
    pose: with_(seatedFront, {
      shoulders: [
        [38, 30],
        [62, 30],
      ],
    }),
    movedPose: seatedFront,
    props: ['chair'],
    eyesClosed: true,
  },
  'body-scan': {
    kind: 'figure',
    pose: seatedFront,
    props: ['chair'],
    marks: [
      [50, 14],
      [50, 32],
      [40, 35],
      [60, 35],
      [50, 48],
      [42, 62],
      [58, 62],
    ],
    eyesClosed: true,
  },
  'ball-massage': {
    kind: 'figure',
    pose: with_(seatedSide, { hip: [50, 66] }),
    movedPose: with_(seatedSide, { hip: [50, 62], neck: [50, 27], head: [52, 17] }),
    props: ['wall', 'ball'],
  },
  'foam-roller': {
    kind: 'figure',
    pose: with_(seatedSide, {
      elbows: [
        [62, 20],
        [62, 20],
      ],
      wrists: [
        [48, 16],
        [48, 16],
      ],
    }),
    props: ['wall', 'roller'],
  },
  'heat-cold': {
    kind: 'figure',
    pose: seatedFront,
    props: ['chair', 'pack'],
  },
  'point-gb21': {
    kind: 'figure',
    pose: seatedFront,
    props: ['chair'],
    marks: [
      [44, 32],
      [56, 32],
    ],
  },
  'point-gb10': {
    kind: 'figure',
    pose: seatedFront,
    props: ['chair'],
    marks: [
      [42, 24],
      [58, 24],
    ],
  },
  'point-k27': {
    kind: 'figure',
    pose: seatedFront,
    props: ['chair'],
    marks: [
      [46, 37],
      [54, 37],
    ],
  },
  'point-lu5': {
    kind: 'figure',
    pose: seatedFront,
    props: ['chair'],
    marks: [
      [34, 50],
      [66, 50],
    ],
  },
  'point-li4': {
    kind: 'hand',
    marks: [[35, 55]],
  },
  'point-hand-ring-little': {
    kind: 'hand',
    marks: [[67, 45]],
  },
} as const satisfies Record<string, IllustrationSpec>;

export type IllustrationId = keyof typeof ILLUSTRATIONS;

export const ILLUSTRATION_IDS = Object.keys(ILLUSTRATIONS) as [IllustrationId, ...IllustrationId[]];

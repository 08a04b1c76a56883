import { useT } from '../../i18n/use-wording';
import type {
  FigureIllustration,
  FigurePose,
  HandIllustration,
  IllustrationId,
  IllustrationProp,
  Point,
} from './figure-specs';
import { ILLUSTRATIONS } from './figure-specs';
import { lerpPose } from './pose-lerp';

export interface IllustrationProps {
  readonly id: IllustrationId;
  /**
   * 0..1 between the start and end pose. The player drives it from its own clock so the drawing
   * pauses with the routine; under reduced motion it passes a fixed value and nothing moves.
   */
  readonly motion?: number;
  readonly class?: string;
}

const Line = ({ a, b }: { a: Point; b: Point }) => <line x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />;

function Props({ props }: { props: readonly IllustrationProp[] }) {
  return (
    <g class="routine-illustration__props" aria-hidden="true">
      {props.includes('chair') && <path d="M30 70 H70 M34 70 V92 M66 70 V92 M36 66 V40" />}
      {props.includes('desk') && <path d="M62 60 H96 M90 60 V92 M80 24 H92 V44 H80 Z M86 44 V60" />}
      {props.includes('doorway') && <path d="M18 96 V6 H82 V96" />}
      {props.includes('wall') && <path d="M36 4 V96" />}
      {props.includes('ball') && <circle cx="42" cy="40" r="4" />}
      {props.includes('roller') && <circle cx="41" cy="38" r="5" />}
      {props.includes('pack') && <rect x="53" y="28" width="14" height="6" rx="2" />}
      {props.includes('breath') && (
        <circle class="routine-illustration__breath" cx="50" cy="52" r="6" />
      )}
    </g>
  );
}

/** Seated legs: seen from the side they go forward then down; from the front, apart and down. */
function Legs({ hip, side }: { hip: Point; side: boolean }) {
  const [x, y] = hip;
  const d = side
    ? `M${x} ${y} L${x + 18} ${y + 2} L${x + 18} 92`
    : `M${x} ${y} L${x - 7} ${y + 6} L${x - 7} 92 M${x} ${y} L${x + 7} ${y + 6} L${x + 7} 92`;
  return <path d={d} />;
}

function Face({ head, side, eyesClosed }: { head: Point; side: boolean; eyesClosed: boolean }) {
  const [hx, hy] = head;
  if (side) {
    return eyesClosed ? (
      <path class="routine-illustration__face" d={`M${hx + 2} ${hy - 1} h3`} />
    ) : (
      <circle class="routine-illustration__face" cx={hx + 3.5} cy={hy - 1} r="0.9" />
    );
  }
  return eyesClosed ? (
    <path
      class="routine-illustration__face"
      d={`M${hx - 4} ${hy - 1} h2.5 M${hx + 1.5} ${hy - 1} h2.5`}
    />
  ) : (
    <g class="routine-illustration__face">
      <circle cx={hx - 3} cy={hy - 1} r="0.9" />
      <circle cx={hx + 3} cy={hy - 1} r="0.9" />
    </g>
  );
}

function Figure({ spec, pose }: { spec: FigureIllustration; pose: FigurePose }) {
  const [ls, rs] = pose.shoulders;
  const [le, re] = pose.elbows;
  const [lw, rw] = pose.wrists;
  // Side views draw both shoulders at one point.
  const side = ls[0] === rs[0] && ls[1] === rs[1];
  return (
    <>
      <Props props={spec.props} />
      <g class="routine-illustration__figure">
        <Legs hip={pose.hip} side={side} />
        <Line a={pose.neck} b={pose.hip} />
        <Line a={ls} b={rs} />
        <Line a={ls} b={le} />
        <Line a={le} b={lw} />
        <Line a={rs} b={re} />
        <Line a={re} b={rw} />
        <Line a={pose.head} b={pose.neck} />
        <circle class="routine-illustration__head" cx={pose.head[0]} cy={pose.head[1]} r="7" />
        <Face head={pose.head} side={side} eyesClosed={spec.eyesClosed ?? false} />
      </g>
      {spec.marks?.map(([x, y], i) => (
        <circle key={i} class="routine-illustration__mark" cx={x} cy={y} r="2.4" />
      ))}
    </>
  );
}

function Hand({ spec }: { spec: HandIllustration }) {
  return (
    <>
      <g class="routine-illustration__figure">
        {/* Back of a left hand: palm, four fingers, thumb out to the left. */}
        <path d="M32 92 V50 Q32 42 40 42 H72 Q78 42 78 50 V92" />
        <path d="M40 42 V14 M50 42 V8 M60 42 V10 M70 42 V18" />
        <path d="M34 60 L20 40 Q16 34 22 32 L38 48" />
      </g>
      {spec.marks.map(([x, y], i) => (
        <circle key={i} class="routine-illustration__mark" cx={x} cy={y} r="3" />
      ))}
    </>
  );
}

/** One illustration, drawn from its spec: inline SVG, no external assets, labelled for screen readers. */
export function Illustration({ id, motion = 0, class: className }: IllustrationProps) {
  const t = useT();
  const spec = ILLUSTRATIONS[id];
  const titleId = `routine-illustration-${id}`;
  return (
    <svg
      class={`routine-illustration ${className ?? ''}`}
      viewBox="0 0 100 100"
      role="img"
      aria-labelledby={titleId}
      data-illustration={id}
    >
      <title id={titleId}>{t(`routines:illustrations.${id}`)}</title>
      {spec.kind === 'hand' ? (
        <Hand spec={spec} />
      ) : (
        <Figure
          spec={spec}
          pose={
            'movedPose' in spec && spec.movedPose
              ? lerpPose(spec.pose, spec.movedPose, motion)
              : spec.pose
          }
        />
      )}
    </svg>
  );
}

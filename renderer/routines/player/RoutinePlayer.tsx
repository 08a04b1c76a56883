import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useWording } from '../../i18n/use-wording';
import { BREATHING_PATTERNS } from '../content/breathing-patterns';
import { breathMomentAt, breathPhaseWords } from '../breathing/breath-phase';
import { Illustration } from '../illustrations/Illustration';
import { swing } from '../illustrations/pose-lerp';
import {
  moveFeedback,
  startMoveTracker,
  trackMove,
  type MoveTrackerState,
} from '../moves/move-tracker';
import { localizeResolvedRoutine, type ResolvedRoutine } from '../selection/resolve-routine';
import { BreathingPacer } from './BreathingPacer';
import { realClock, type PlayerClock } from './clock';
import { formatCountdown, spokenDuration } from './format-time';
import type { MoveChecker } from './move-checker';
import { MovePanel } from './MovePanel';
import { PlayerControls } from './PlayerControls';
import {
  flattenRoutine,
  startPlayer,
  stepPlayer,
  summarisePlayer,
  viewPlayer,
  type PlayerEvent,
  type PlayerState,
  type PlayerSummary,
} from './player-state';
import { useReducedMotion } from './reduced-motion';
import { partLabel, roundAt, roundLabel, stepLabel, stepPosition } from './routine-structure';
import { browserSpeaker, type Speaker } from './speaker';
import { usePlayerKeys } from './use-player-keys';
import '../routines.css';

export interface RoutinePlayerProps {
  readonly routine: ResolvedRoutine;
  /** Time source; defaults to the real clock. Tests pass a fast one. */
  readonly clock?: PlayerClock;
  /** Played to the end (skipped steps included). */
  readonly onFinish: (summary: PlayerSummary) => void;
  /** Stopped early with End or Esc. */
  readonly onEnd: (summary: PlayerSummary) => void;
  /** The player pauses first, then asks the host to show the "when to see a doctor" page. */
  readonly onOpenDoctorPage: () => void;
  readonly spokenCues: boolean;
  /** Pose frames for camera-checked moves; without it every step runs on its timer. */
  readonly moveChecker?: MoveChecker | undefined;
  /** Defaults to the Web Speech API when present; null turns speech off entirely. */
  readonly speaker?: Speaker | null;
  /** Overrides the system's prefers-reduced-motion (settings or tests). */
  readonly reducedMotion?: boolean;
}

const TICK_MS = 100;

interface Model {
  readonly player: PlayerState;
  readonly now: number;
}

export function RoutinePlayer(props: RoutinePlayerProps) {
  const { routine, spokenCues, moveChecker } = props;
  const wording = useWording();
  const { t } = wording;
  // The person reads the routine in their language; the player's state is built from the same
  // routine in any language (same ids, timings and parts), so a language change mid-way is safe.
  const shown = useMemo(
    () => localizeResolvedRoutine(routine, wording.language),
    [routine, wording.language],
  );
  const shownParts = useMemo(() => flattenRoutine(shown), [shown]);
  const clock = props.clock ?? realClock;
  const reducedMotion = useReducedMotion(props.reducedMotion);
  const speakerRef = useRef<Speaker | null>(
    props.speaker === undefined ? browserSpeaker() : props.speaker,
  );
  const callbacks = useRef(props);
  callbacks.current = props;

  const [model, setModel] = useState<Model>(() => {
    const now = clock.now();
    return { player: startPlayer(routine.id, flattenRoutine(routine), now), now };
  });
  const dispatch = useCallback(
    (event: PlayerEvent) =>
      setModel((current) => {
        const now = clock.now();
        return { player: stepPlayer(current.player, event, now), now };
      }),
    [clock],
  );

  const { player } = model;
  const over = player.status === 'finished' || player.status === 'ended';
  const view = viewPlayer(player, model.now);
  const step = view.step ? (shownParts[view.index] ?? view.step) : undefined;

  // The clock drives the timer; it stops once the routine is over.
  useEffect(
    () => (over ? undefined : clock.every(TICK_MS, () => dispatch({ type: 'tick' }))),
    [clock, dispatch, over],
  );

  // Report the outcome exactly once.
  const reported = useRef(false);
  useEffect(() => {
    if (!over || reported.current) return;
    reported.current = true;
    const summary = summarisePlayer(player);
    if (player.status === 'finished') callbacks.current.onFinish(summary);
    else callbacks.current.onEnd(summary);
  }, [over, player]);

  // Land keyboard and screen-reader users in the player.
  const rootRef = useRef<HTMLElement>(null);
  useEffect(() => rootRef.current?.focus(), []);
  usePlayerKeys(rootRef, dispatch);

  // Camera-checked moves: a fresh tracker per step, fed by the host's pose frames.
  const [tracker, setTracker] = useState<MoveTrackerState | null>(null);
  const moveId = over ? undefined : step?.move?.id;
  useEffect(() => {
    setTracker(null);
    if (!moveId || !moveChecker) return;
    const stepIndex = player.index;
    let state = startMoveTracker(moveId);
    setTracker(state);
    return moveChecker.subscribe((frame) => {
      const next = trackMove(state, frame);
      if (next.reps !== state.reps) dispatch({ type: 'reps', stepIndex, reps: next.reps });
      state = next;
      setTracker(next);
    });
    // player.index identifies the step; re-subscribe only when it changes.
  }, [player.index, moveId, moveChecker, dispatch]);

  // Spoken cues: the step's words when it starts, and the breathing phase words as they change.
  const breathing =
    step?.breathing && !over
      ? breathMomentAt(BREATHING_PATTERNS[step.breathing], view.stepElapsedMs)
      : undefined;
  const spokenStep = useRef(-1);
  const spokenPhase = useRef('');
  useEffect(() => {
    const speaker = speakerRef.current;
    if (!spokenCues || !speaker || over || player.status === 'paused' || !step) return;
    if (spokenStep.current !== player.index) {
      spokenStep.current = player.index;
      spokenPhase.current = breathing ? `${breathing.cycle}:${breathing.phase}` : '';
      speaker.speak(step.text, wording.locale);
      return;
    }
    if (breathing) {
      const key = `${breathing.cycle}:${breathing.phase}`;
      if (key !== spokenPhase.current) {
        spokenPhase.current = key;
        speaker.speak(breathPhaseWords(breathing.phase, t), wording.locale);
      }
    }
  });
  useEffect(() => () => speakerRef.current?.cancel(), []);

  const item = step ? shown.items.find((candidate) => candidate.id === step.itemId) : undefined;
  // Steps are the routine's exercises; their lines are parts, and repeats count rounds.
  const position = stepPosition(player.steps, view.index);
  const part = partLabel(position, t);
  const summary = summarisePlayer(player);
  // With the camera counting repetitions, its count is the one shown, not a paced one.
  const round = step && !(step.move && tracker) ? roundAt(step, view.stepElapsedMs) : null;
  const announcement = over
    ? player.status === 'finished'
      ? t('routines:player.announceFinished', { title: shown.title })
      : t('routines:player.announceEnded', { title: shown.title })
    : step
      ? part
        ? t('routines:player.announceStepPart', {
            position: stepLabel(position, t),
            part,
            title: step.itemTitle,
            text: step.text,
          })
        : t('routines:player.announceStep', {
            position: stepLabel(position, t),
            title: step.itemTitle,
            text: step.text,
          })
      : '';
  const motion = reducedMotion ? 1 : swing(view.stepElapsedMs);
  const ringLength = 2 * Math.PI * 45;

  const openDoctorPage = () => {
    dispatch({ type: 'pause' });
    callbacks.current.onOpenDoctorPage();
  };

  return (
    <section
      ref={rootRef}
      class={`routine-player${reducedMotion ? ' routine-player--still' : ''}`}
      aria-labelledby="routine-player-title"
      tabIndex={-1}
      data-status={player.status}
      data-step-index={view.index}
      data-routine-id={routine.id}
    >
      <header class="routine-player__header">
        <h2 id="routine-player-title">{shown.title}</h2>
        <p class="routine-player__position">
          {over ? t('routines:player.done') : stepLabel(position, t)}
        </p>
        <progress
          class="routine-player__progress"
          max={1000}
          value={Math.round(view.routineProgress * 1000)}
          aria-label={t('routines:player.progressLabel', {
            duration: spokenDuration(view.totalMs * (1 - view.routineProgress), t),
          })}
        />
      </header>

      {over ? (
        <div class="routine-player__done" role="status">
          <p class="routine-player__done-title">
            {player.status === 'finished'
              ? t('routines:player.finishedTitle')
              : t('routines:player.endedTitle')}
          </p>
          <p>
            {t('routines:player.stepsDone', {
              done: summary.completedSteps,
              count: summary.totalSteps,
            })}
          </p>
        </div>
      ) : (
        step && (
          <div class="routine-player__stage">
            <div class="routine-player__visual">
              {step.breathing ? (
                <BreathingPacer
                  pattern={step.breathing}
                  elapsedMs={view.stepElapsedMs}
                  reducedMotion={reducedMotion}
                />
              ) : (
                <Illustration id={step.illustration} motion={motion} />
              )}
            </div>
            <div class="routine-player__step">
              <p class="routine-player__item">
                {step.itemTitle}
                {part && <span class="routine-player__part"> · {part}</span>}
              </p>
              <p class="routine-player__text">{step.text}</p>
              {item?.location && (
                <p class="routine-player__location">
                  {t('routines:player.where', { location: item.location })}
                </p>
              )}
              <div class="routine-player__timer">
                <svg viewBox="0 0 100 100" aria-hidden="true" class="routine-player__ring">
                  <circle class="routine-player__ring-track" cx="50" cy="50" r="45" />
                  <circle
                    class="routine-player__ring-fill"
                    cx="50"
                    cy="50"
                    r="45"
                    stroke-dasharray={`${(ringLength * (1 - view.stepProgress)).toFixed(1)} ${ringLength.toFixed(1)}`}
                    transform="rotate(-90 50 50)"
                  />
                </svg>
                <span
                  role="timer"
                  aria-label={t(
                    position.parts > 1
                      ? 'routines:player.leftInPart'
                      : 'routines:player.leftInStep',
                    { duration: spokenDuration(view.stepRemainingMs, t) },
                  )}
                  class="routine-player__time"
                >
                  {formatCountdown(view.stepRemainingMs)}
                </span>
              </div>
              {round && <p class="routine-player__round">{roundLabel(round, t)}</p>}
              {step.move && tracker && (
                <MovePanel
                  feedback={moveFeedback(tracker, tracker.lastFrameMs ?? 0, t)}
                  targetReps={step.move.targetReps}
                />
              )}
              {player.status === 'paused' && (
                <p class="routine-player__paused">
                  {player.interrupted
                    ? t('routines:player.pausedAway')
                    : t('routines:player.paused')}
                </p>
              )}
            </div>
          </div>
        )
      )}

      <PlayerControls paused={player.status === 'paused'} over={over} dispatch={dispatch} />

      {item && item.cautions.length > 0 && !over && (
        <section class="routine-player__cautions" aria-labelledby="routine-cautions-title">
          <h3 id="routine-cautions-title">{t('routines:player.takeCare')}</h3>
          <ul>
            {item.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </section>
      )}

      <p class="routine-player__doctor">
        <button type="button" class="routine-link" onClick={openDoctorPage}>
          {t('routines:doctorLink')}
        </button>
      </p>

      <div
        class="routine-visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="routine-announcer"
      >
        {announcement}
        {player.status === 'paused' ? ` ${t('routines:player.paused')}` : ''}
      </div>
    </section>
  );
}

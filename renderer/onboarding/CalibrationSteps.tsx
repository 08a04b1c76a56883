import { useRef } from 'preact/hooks';
import type { CalibrationView } from './types';

/** The words of one recording's controls, so onboarding and recalibration can each speak for themselves. */
export interface RecordingWords {
  /** The button before the first recording. */
  readonly start: string;
  /** The button after a successful recording. */
  readonly again: string;
  /** What to do during the countdown. */
  readonly getReady: string;
  /** The progress bar's label while recording. */
  readonly holdStill: string;
  /** The confirmation. */
  readonly done: string;
}

export const UPRIGHT_WORDS: RecordingWords = {
  start: 'Start calibration',
  again: 'Calibrate again',
  getReady: 'Sit comfortably upright and look at the screen.',
  holdStill: 'Hold still…',
  done: 'Calibrated. Poise now knows your upright posture.',
};

const SLUMP_WORDS: RecordingWords = {
  start: 'Record my slump',
  again: 'Record it again',
  getReady: 'Now sit the way you slump when you are tired.',
  holdStill: 'Stay slumped and hold still…',
  done: 'Got it. Poise now knows how you slump, too.',
};

export interface CalibrationStepsProps {
  readonly upright: CalibrationView;
  readonly slump: CalibrationView;
  readonly onStartUpright: () => void;
  readonly onStartSlump: () => void;
  /** Words for the upright recording; onboarding's by default. */
  readonly uprightWords?: RecordingWords;
  /** The button that moves on without a slump ("Next", "Done"), named in the hint. */
  readonly skipWith: string;
}

/**
 * The calibration controls both onboarding and the guided recalibration show: the upright
 * recording, then, once it is done, the optional slump recording. Recording upright again hides
 * (and clears) the slump, since it was measured against the old upright posture.
 */
export function CalibrationSteps(props: CalibrationStepsProps) {
  return (
    <div class="ob-calibration">
      <Recording
        id="ob-upright"
        view={props.upright}
        words={props.uprightWords ?? UPRIGHT_WORDS}
        onStart={props.onStartUpright}
      />
      {props.upright.state === 'done' && (
        <section class="ob-slump" aria-labelledby="ob-slump-title">
          <h3 id="ob-slump-title">Optional: show Poise how you slump</h3>
          <p>
            Now sit the way you slump when you are tired, and let Poise watch for a few seconds. It
            then knows your own slouch as well as your upright posture. This is optional: choose{' '}
            {props.skipWith} to skip it.
          </p>
          <Recording
            id="ob-slump"
            view={props.slump}
            words={SLUMP_WORDS}
            onStart={props.onStartSlump}
          />
        </section>
      )}
    </div>
  );
}

/**
 * One recording: a button, then a countdown and a labelled progress bar while the person holds
 * still, then the outcome in a status message. Focus moves to the recording's own area when the
 * button goes away, so it is not lost, and the next Tab reaches the button that comes back.
 */
function Recording(props: {
  id: string;
  view: CalibrationView;
  words: RecordingWords;
  onStart: () => void;
}) {
  const { id, view, words } = props;
  const area = useRef<HTMLDivElement>(null);
  const start = (): void => {
    props.onStart();
    area.current?.focus();
  };
  const message =
    view.state === 'countdown'
      ? `${words.getReady} Starting in ${view.secondsLeft}…`
      : view.state === 'done'
        ? words.done
        : view.state === 'failed'
          ? view.message
          : '';

  return (
    <div class="ob-recording" ref={area} tabIndex={-1} data-recording={id} data-state={view.state}>
      {view.state === 'running' && (
        <div>
          <label for={`${id}-progress`}>{words.holdStill}</label>
          <progress id={`${id}-progress`} max={1} value={view.progress} />
        </div>
      )}
      {(view.state === 'idle' || view.state === 'done' || view.state === 'failed') && (
        <button type="button" class="ob-primary" onClick={start}>
          {view.state === 'idle' ? words.start : view.state === 'done' ? words.again : 'Try again'}
        </button>
      )}
      <p
        role="status"
        class={view.state === 'failed' ? 'ob-error' : view.state === 'done' ? 'ob-ok' : 'ob-muted'}
      >
        {message}
      </p>
    </div>
  );
}

import { useRef } from 'preact/hooks';
import type { Translate } from '../../shared/core/i18n/translator';
import { useWording } from '../i18n/use-wording';
import type { CalibrationProblem, CalibrationView } from './types';

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

/** Onboarding's words for the upright recording. */
export const uprightWords = (t: Translate): RecordingWords => ({
  start: t('onboarding:calibration.upright.start'),
  again: t('onboarding:calibration.upright.again'),
  getReady: t('onboarding:calibration.upright.getReady'),
  holdStill: t('onboarding:calibration.upright.holdStill'),
  done: t('onboarding:calibration.upright.done'),
});

const slumpWords = (t: Translate): RecordingWords => ({
  start: t('onboarding:calibration.slump.start'),
  again: t('onboarding:calibration.slump.again'),
  getReady: t('onboarding:calibration.slump.getReady'),
  holdStill: t('onboarding:calibration.slump.holdStill'),
  done: t('onboarding:calibration.slump.done'),
});

/** Why a recording failed, and what to do: the slump can always be skipped. */
export function failureWords(
  t: Translate,
  recording: 'upright' | 'slump',
  problem: CalibrationProblem,
): string {
  if (recording === 'slump') {
    return problem === 'no-slump-seen'
      ? t('onboarding:calibration.failed.slumpLikeUpright')
      : t('onboarding:calibration.failed.slumpNotSeen');
  }
  return problem === 'too-few-frames'
    ? t('onboarding:calibration.failed.uprightTooBrief')
    : t('onboarding:calibration.failed.uprightNotSeen');
}

export interface CalibrationStepsProps {
  readonly upright: CalibrationView;
  readonly slump: CalibrationView;
  readonly onStartUpright: () => void;
  readonly onStartSlump: () => void;
  /** Words for the upright recording, in the current language; onboarding's by default. */
  readonly uprightWords?: (t: Translate) => RecordingWords;
  /** The button that moves on without a slump ("Next", "Done"), named in the hint. */
  readonly skipWith: string;
}

/**
 * The calibration controls both onboarding and the guided recalibration show: the upright
 * recording, then, once it is done, the optional slump recording. Recording upright again hides
 * (and clears) the slump, since it was measured against the old upright posture.
 */
export function CalibrationSteps(props: CalibrationStepsProps) {
  const { t } = useWording();
  return (
    <div class="ob-calibration">
      <Recording
        id="ob-upright"
        recording="upright"
        view={props.upright}
        words={(props.uprightWords ?? uprightWords)(t)}
        onStart={props.onStartUpright}
      />
      {props.upright.state === 'done' && (
        <section class="ob-slump" aria-labelledby="ob-slump-title">
          <h3 id="ob-slump-title">{t('onboarding:calibration.slumpTitle')}</h3>
          <p>{t('onboarding:calibration.slumpIntro', { button: props.skipWith })}</p>
          <Recording
            id="ob-slump"
            recording="slump"
            view={props.slump}
            words={slumpWords(t)}
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
  recording: 'upright' | 'slump';
  view: CalibrationView;
  words: RecordingWords;
  onStart: () => void;
}) {
  const { id, view, words } = props;
  const { t, formatNumber } = useWording();
  const area = useRef<HTMLDivElement>(null);
  const start = (): void => {
    props.onStart();
    area.current?.focus();
  };
  const message =
    view.state === 'countdown'
      ? `${words.getReady} ${t('onboarding:calibration.startingIn', { seconds: formatNumber(view.secondsLeft) })}`
      : view.state === 'done'
        ? words.done
        : view.state === 'failed'
          ? failureWords(t, props.recording, view.problem)
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
          {view.state === 'idle'
            ? words.start
            : view.state === 'done'
              ? words.again
              : t('onboarding:calibration.tryAgain')}
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

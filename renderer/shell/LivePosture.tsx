import type { AppStatus } from '../../shared/core/app-status';
import { useWording } from '../i18n/use-wording';

/** Where the slouch line sits on the gauge: the classifier's score is 0.5 at the person's own line. */
const LINE = 0.5;

/**
 * How you sit now against your own line: a bar from your calibrated upright (left) with a mark
 * where Poise starts to call it a slouch, and the reason in words. So a person can see why Poise
 * says what it says, and how close they are to its line.
 */
export function LivePosture(props: { status: AppStatus }) {
  const { t, formatNumber } = useWording();
  const { slouchScore, posture, postureReason } = props.status;
  if (slouchScore === null || posture === null) return null;
  const judged = posture === 'upright' || posture === 'slouching';
  const percent = Math.round(slouchScore * 100);
  const words = !judged
    ? (postureReason ?? t('shell:livePosture.cannotJudge'))
    : posture === 'slouching'
      ? (postureReason ?? t('shell:livePosture.pastLine'))
      : slouchScore >= LINE * 0.7
        ? t('shell:livePosture.closeToLine')
        : t('shell:livePosture.upright');
  return (
    <section class="live-posture" aria-label={t('shell:livePosture.label')}>
      {judged && (
        <div
          class={`live-posture__gauge live-posture__gauge--${posture}`}
          role="meter"
          aria-label={t('shell:livePosture.gauge')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={t('shell:livePosture.gaugeValue', {
            value: formatNumber(percent),
            line: formatNumber(LINE * 100),
          })}
        >
          <span class="live-posture__fill" style={{ width: `${percent}%` }} />
          <span class="live-posture__line" style={{ left: `${LINE * 100}%` }} aria-hidden="true" />
        </div>
      )}
      <p class="live-posture__words" data-testid="posture-reason">
        {words}
      </p>
    </section>
  );
}

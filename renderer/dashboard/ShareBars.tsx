import type { ShareBucket } from '../../shared/core/history/slouch-pattern';
import { useWording } from '../i18n/use-wording';
import { formatPercent } from './format';

export interface ShareBarsProps {
  /** Names the chart and starts its words for screen readers, e.g. "Slouching by hour". */
  readonly label: string;
  /** The buckets in display order: a short name under the column ("15", "Thu"), a full one for words. */
  readonly buckets: readonly {
    readonly name: string;
    readonly fullName: string;
    readonly bucket: ShareBucket;
  }[];
  /** Whether the bucket at this index is part of the peak: drawn stronger, its value shown. */
  readonly isPeak: (idx: number) => boolean;
}

/**
 * A small column chart of slouching shares in plain HTML: light enough for a dozen columns, themed
 * by CSS, and the values are in its title tooltips and in words for screen readers.
 */
export function ShareBars({ label, buckets, isPeak }: ShareBarsProps) {
  const w = useWording();
  const shares = buckets.map(({ bucket }) => bucket.share ?? 0);
  // Scale to the highest share (rounded up to 10%) so differences show even when all are low.
  const top = Math.max(0.1, Math.ceil(Math.max(...shares) * 10) / 10);
  const valueText = (bucket: ShareBucket): string =>
    bucket.share === null
      ? w.t('dashboard:insight.tooLittleData')
      : w.t('dashboard:insight.share', { share: formatPercent(w, bucket.share) });
  // Past eight columns, every other name would crowd its neighbours; peaks are always named.
  const nameEvery = buckets.length > 8 ? 2 : 1;
  const words = buckets.map(({ fullName, bucket }) => `${fullName} ${valueText(bucket)}`);
  return (
    <figure class="dash-share">
      <figcaption class="dash-share__title">{label}</figcaption>
      <div class="dash-share__bars" aria-hidden="true">
        {buckets.map(({ name, fullName, bucket }, i) => (
          <div
            key={name}
            class={`dash-share__col${isPeak(i) ? ' dash-share__col--peak' : ''}`}
            title={`${fullName}: ${valueText(bucket)}`}
          >
            <span class="dash-share__value">{isPeak(i) ? formatPercent(w, bucket.share) : ''}</span>
            <span
              class="dash-share__bar"
              style={{ height: `${((bucket.share ?? 0) / top) * 100}%` }}
            />
            <span class="dash-share__name">{isPeak(i) || i % nameEvery === 0 ? name : ''}</span>
          </div>
        ))}
      </div>
      <p class="dash-sr-only">{`${label}: ${words.join(', ')}.`}</p>
    </figure>
  );
}

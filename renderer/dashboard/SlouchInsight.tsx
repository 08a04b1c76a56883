import type { SlouchPattern } from '../../shared/core/history/slouch-pattern';
import { useWording } from '../i18n/use-wording';
import { firstDayOfWeek, hourLabel, hourShortLabel, weekdayName, weekdayShortName } from './format';
import { insightText } from './insight-text';
import { ShareBars } from './ShareBars';

/** The hours that had any judged time, from the first to the last, so the chart fits the day. */
function hourRange(p: SlouchPattern): number[] {
  const used = p.byHour.flatMap((b, h) => (b.judgedS > 0 ? [h] : []));
  if (used.length === 0) return [];
  return Array.from({ length: used[used.length - 1]! - used[0]! + 1 }, (_, i) => used[0]! + i);
}

const inSpan = (hour: number, span: SlouchPattern['peakHours']): boolean =>
  span !== null && hour >= span.from && hour < span.to;

/** When the person slouches most, in a sentence each for the day and the week, with small charts. */
export function SlouchInsight({ pattern }: { pattern: SlouchPattern }) {
  const w = useWording();
  const { t } = w;
  const text = insightText(w, pattern);
  const hours = hourRange(pattern);
  const first = firstDayOfWeek(w);
  const weekdays = Array.from({ length: 7 }, (_, i) => (first + i) % 7);
  return (
    <section class="dash-card" aria-labelledby="dash-insight-title">
      <h3 id="dash-insight-title">{t('dashboard:insight.title')}</h3>
      <div class="dash-columns">
        <div data-insight="hour">
          <p class="dash-insight">{text.hour}</p>
          {pattern.enoughForHours && (
            <ShareBars
              label={t('dashboard:insight.byHour')}
              buckets={hours.map((h) => ({
                name: hourShortLabel(w, h),
                fullName: `${hourLabel(w, h)}–${hourLabel(w, h + 1)}`,
                bucket: pattern.byHour[h]!,
              }))}
              isPeak={(i) => inSpan(hours[i]!, pattern.peakHours)}
            />
          )}
        </div>
        <div data-insight="weekday">
          <p class="dash-insight">{text.weekday}</p>
          {pattern.enoughForWeekdays && (
            <ShareBars
              label={t('dashboard:insight.byWeekday')}
              buckets={weekdays.map((day) => ({
                name: weekdayShortName(w, day),
                fullName: weekdayName(w, day),
                bucket: pattern.byWeekday[day]!,
              }))}
              isPeak={(i) => weekdays[i] === pattern.peakWeekday}
            />
          )}
        </div>
      </div>
    </section>
  );
}

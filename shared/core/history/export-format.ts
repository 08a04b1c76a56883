import { utcDateString, utcIsoString } from './civil-date';
import type { MinuteAggregate } from './minute';

export type ExportFormat = 'csv' | 'json';

export interface ExportFile {
  readonly filename: string;
  readonly mimeType: string;
  readonly text: string;
}

export const CSV_COLUMNS = [
  'minute_start_utc',
  'upright_s',
  'slouching_s',
  'away_s',
  'uncertain_s',
  'nudges',
  'breaks_taken',
  'breaks_postponed',
  'breaks_skipped',
  'routines_done',
] as const;

/** RFC 4180 quoting: only when needed, doubling inner quotes. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One row per stored minute; routines joined with ";". Spreadsheet-friendly, CRLF line ends. */
export function historyToCsv(minutes: readonly MinuteAggregate[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const m of minutes) {
    rows.push(
      [
        utcIsoString(m.minuteStartMs),
        m.uprightS,
        m.slouchingS,
        m.awayS,
        m.uncertainS,
        m.nudges,
        m.breaksTaken,
        m.breaksPostponed,
        m.breaksSkipped,
        csvField(m.routinesDone.join(';')),
      ].join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

export interface HistoryJsonExport {
  readonly format: 'poise-history';
  readonly version: 1;
  readonly exportedAt: string;
  readonly minutes: readonly (Omit<MinuteAggregate, 'minuteStartMs'> & {
    minuteStart: string;
    minuteStartMs: number;
  })[];
}

/** Full field names (not the compact stored keys): an export is for people and other tools. */
export function historyToJson(minutes: readonly MinuteAggregate[], exportedAtMs: number): string {
  const doc: HistoryJsonExport = {
    format: 'poise-history',
    version: 1,
    exportedAt: utcIsoString(exportedAtMs),
    minutes: minutes.map((m) => ({ minuteStart: utcIsoString(m.minuteStartMs), ...m })),
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

export function exportHistory(
  minutes: readonly MinuteAggregate[],
  format: ExportFormat,
  nowMs: number,
): ExportFile {
  const stem = `poise-history-${utcDateString(nowMs)}`;
  return format === 'csv'
    ? { filename: `${stem}.csv`, mimeType: 'text/csv', text: historyToCsv(minutes) }
    : {
        filename: `${stem}.json`,
        mimeType: 'application/json',
        text: historyToJson(minutes, nowMs),
      };
}

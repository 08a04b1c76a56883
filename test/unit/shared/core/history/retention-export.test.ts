import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixedOffsetCalendar } from '../../../../../shared/core/history/calendar';
import {
  exportHistory,
  historyToCsv,
  historyToJson,
  type HistoryJsonExport,
} from '../../../../../shared/core/history/export-format';
import { emptyMinute, type MinuteAggregate } from '../../../../../shared/core/history/minute';
import {
  keepFrom,
  planMonthRetention,
  retentionCutoff,
  retentionCutoffMs,
} from '../../../../../shared/core/history/retention';

const utc = fixedOffsetCalendar(0);

describe('retention', () => {
  it('keeps today and the retentionDays - 1 days before it', () => {
    const now = Date.UTC(2026, 10, 21, 15, 0);
    expect(retentionCutoffMs(now, 7, utc)).toBe(Date.UTC(2026, 10, 15));
    expect(retentionCutoff(now, 7)).toBe(Date.UTC(2026, 10, 15));
    expect(retentionCutoffMs(now, 7, fixedOffsetCalendar(-300))).toBe(Date.UTC(2026, 10, 15, 5));
    const minutes = [Date.UTC(2026, 10, 14, 23, 59), Date.UTC(2026, 10, 15, 0, 0)].map(emptyMinute);
    expect(keepFrom(minutes, retentionCutoffMs(now, 7, utc))).toEqual([minutes[1]]);
  });

  it('removes whole month files before the cutoff and rewrites the month that contains it', () => {
    const plan = planMonthRetention(
      ['2025-10', '2025-11', '2025-12', '2026-01', 'junk'],
      Date.UTC(2025, 11, 10),
    );
    expect(plan).toEqual({ remove: ['2025-10', '2025-11'], rewrite: ['2025-12'] });
    expect(planMonthRetention(['2025-12'], Date.UTC(2025, 11, 1))).toEqual({
      remove: [],
      rewrite: [],
    });
  });
});

const sample: MinuteAggregate[] = [
  { ...emptyMinute(Date.UTC(2026, 10, 21, 9, 0)), uprightS: 40, slouchingS: 20, nudges: 1 },
  {
    ...emptyMinute(Date.UTC(2026, 10, 21, 9, 1)),
    awayS: 60,
    breaksTaken: 1,
    routinesDone: ['neck, "gentle"', 'x'],
  },
];

describe('export formats', () => {
  it('CSV parses back to the same numbers, with quoting where needed', () => {
    const rows = parse(historyToCsv(sample), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      minute_start_utc: '2026-11-21T09:00:00.000Z',
      upright_s: '40',
      slouching_s: '20',
      nudges: '1',
    });
    expect(rows[1]).toMatchObject({
      away_s: '60',
      breaks_taken: '1',
      routines_done: 'neck, "gentle";x',
    });
  });

  it('JSON carries every field of every minute', () => {
    const doc = JSON.parse(historyToJson(sample, Date.UTC(2026, 10, 21, 12))) as HistoryJsonExport;
    expect(doc.format).toBe('poise-history');
    expect(doc.exportedAt).toBe('2026-11-21T12:00:00.000Z');
    expect(doc.minutes.map(({ minuteStart: _, ...m }) => m)).toEqual(sample);
  });

  it('names the download by date and format', () => {
    const file = exportHistory(sample, 'csv', Date.UTC(2026, 10, 21, 12));
    expect(file.filename).toBe('poise-history-2026-11-21.csv');
    expect(file.mimeType).toBe('text/csv');
    expect(exportHistory([], 'json', 0).filename).toBe('poise-history-1970-01-01.json');
  });
});

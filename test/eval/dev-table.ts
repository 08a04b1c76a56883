import type { StateCounts } from './eval-scores';
import type { DevRow, ModeSummary } from './dev-results';

const f3 = (value: number): string => value.toFixed(3);

/** Verdict counts in a fixed order, so a column reads the same on every row. */
const counts = (c: StateCounts): string => `${c.upright}/${c.slouching}/${c.uncertain}/${c.away}`;

/** Pads every column to its widest cell; the last column is left ragged. */
function columns(table: readonly (readonly string[])[]): string[] {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]?.length ?? 0)));
  return table.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** A row per set per mode; counts are upright/slouching/uncertain/away of the scored images. */
export function formatRows(rows: readonly DevRow[]): string[] {
  const header = [
    'set',
    'mode',
    'bal.acc',
    'recall',
    'upright FA',
    'unc+away',
    'calib up+sl',
    'upright scored up/sl/unc/away',
    'slouched scored up/sl/unc/away',
  ];
  const body = rows.map((row) => {
    if (!row.ok) return [row.set, row.mode, `calibration failed: ${row.error}`];
    const r = row.result;
    return [
      row.set,
      row.mode,
      f3(r.balancedAccuracy),
      f3(r.slouchRecall),
      f3(r.uprightFalseAlarmRate),
      f3(r.uncertainOrAwayShare),
      `${r.calibrationFrames}+${r.slouchCalibration?.frames ?? 0}`,
      counts(r.upright),
      counts(r.slouched),
    ];
  });
  return columns([header, ...body]);
}

/** Per mode: the mean over sets, the worst set on each count, and the pooled false-alarm rate. */
export function formatSummaries(summaries: readonly ModeSummary[]): string[] {
  return summaries.flatMap((s) => {
    const failed = s.failedCalibrations > 0 ? `, ${s.failedCalibrations} failed to calibrate` : '';
    const head = `${s.mode} (${s.judged} sets${failed})`;
    if (!s.mean || !s.worst) return [`${head}: nothing judged`];
    const pooled = s.pooledUprightFalseAlarms;
    return [
      `${head} mean:  bal.acc ${f3(s.mean.balancedAccuracy)}, recall ${f3(s.mean.slouchRecall)}, ` +
        `upright FA ${f3(s.mean.uprightFalseAlarmRate)}, unc+away ${f3(s.mean.uncertainOrAwayShare)}`,
      `${head} worst: bal.acc ${f3(s.worst.balancedAccuracy)}, ` +
        `upright FA ${f3(s.worst.uprightFalseAlarmRate)}, unc+away ${f3(s.worst.uncertainOrAwayShare)}; ` +
        `pooled upright FA ${f3(pooled.rate)} (${pooled.slouching}/${pooled.scored})`,
    ];
  });
}

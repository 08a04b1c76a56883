import type { HistoryFact } from '../core/app-effects';
import { exportHistory, type ExportFile, type ExportFormat } from '../core/history/export-format';
import type { HistoryReadResult, HistoryStore } from '../core/history/history-store';
import type { MinuteAggregate } from '../core/history/minute';
import {
  closeCompletedMinutes,
  flushAll,
  initialRecorder,
  recordFact,
} from '../core/history/minute-recorder';
import { retentionCutoff } from '../core/history/retention';
import { RetryingHistoryWriter, type WriteReport } from './retrying-writer';

export interface HistoryPipelinePorts {
  readonly store: HistoryStore;
  /** Stored history changed (minutes written, everything deleted): the dashboard reads again. */
  readonly onChanged: () => void;
  /** Every write attempt's outcome; a failed one keeps its minutes for the next attempt. */
  readonly onWrite: (report: WriteReport) => void;
}

/** The live side of history: facts in, minutes out to the store, as each minute ends. */
export interface HistoryPipeline {
  record(fact: HistoryFact): void;
  /** Write the minutes that ended by `nowMs`; now and then drop what is past its retention. */
  tick(nowMs: number, retentionDays: number): void;
  /** At quit: write everything, the current minute included. Resolves once the write was tried. */
  flush(): Promise<void>;
  read(fromMs: number, toMs: number): Promise<HistoryReadResult>;
  export(format: ExportFormat, nowMs: number): Promise<ExportFile>;
  deleteAll(): Promise<void>;
}

/** Retention is in days: checking a few times a day keeps the store within a day of it. */
export const RETENTION_CHECK_MS = 6 * 60 * 60_000;

export function createHistoryPipeline(ports: HistoryPipelinePorts): HistoryPipeline {
  const { store } = ports;
  const writer = new RetryingHistoryWriter(store);
  let recorder = initialRecorder();
  let lastPruneMs = -Infinity;

  const save = async (minutes: readonly MinuteAggregate[]): Promise<void> => {
    const report = await writer.write(minutes);
    if (report.ok && report.written > 0) ports.onChanged();
    ports.onWrite(report);
  };

  return {
    record(fact) {
      recorder = recordFact(recorder, fact);
    },
    tick(nowMs, retentionDays) {
      const closed = closeCompletedMinutes(recorder, nowMs);
      recorder = closed.state;
      if (closed.completed.length > 0) void save(closed.completed);
      if (nowMs - lastPruneMs < RETENTION_CHECK_MS) return;
      lastPruneMs = nowMs;
      // A failed prune is retried at the next check; nothing is lost by waiting.
      void store.pruneBefore(retentionCutoff(nowMs, retentionDays)).catch(() => undefined);
    },
    flush() {
      const minutes = flushAll(recorder);
      recorder = initialRecorder();
      return save(minutes);
    },
    read: (fromMs, toMs) => store.readRange(fromMs, toMs),
    async export(format, nowMs) {
      const { minutes } = await store.readRange(0, Number.MAX_SAFE_INTEGER);
      return exportHistory(minutes, format, nowMs);
    },
    async deleteAll() {
      recorder = initialRecorder();
      await writer.discardPending();
      await store.deleteAll();
      ports.onChanged();
    },
  };
}

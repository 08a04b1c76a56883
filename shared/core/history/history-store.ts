import type { MinuteAggregate } from './minute';

export interface HistoryReadResult {
  /** Sorted by time, one record per minute (duplicates merged). */
  readonly minutes: MinuteAggregate[];
  /** Damaged records that were skipped: a torn last line, garbage in the middle. */
  readonly skipped: number;
  /** Files or chunks that could not be read at all (permissions, I/O errors), with the reason. */
  readonly unreadable: readonly string[];
}

/**
 * Minute history storage, implemented twice: Node files for Electron (main/history) and
 * IndexedDB for the browser host (renderer/history). Reads never throw; append rejects when the
 * minutes were not durably saved (the caller keeps them and retries: see RetryingHistoryWriter).
 */
export interface HistoryStore {
  append(minutes: readonly MinuteAggregate[]): Promise<void>;
  /** Minutes with fromMs <= minuteStartMs < toMs. */
  readRange(fromMs: number, toMs: number): Promise<HistoryReadResult>;
  /** Drop every minute before cutoffMs (retention). */
  pruneBefore(cutoffMs: number): Promise<void>;
  /** "Delete all my data". */
  deleteAll(): Promise<void>;
}

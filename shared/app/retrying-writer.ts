import type { HistoryStore } from '../core/history/history-store';
import { normaliseMinutes, type MinuteAggregate } from '../core/history/minute';

export type WriteReport =
  | { readonly ok: true; readonly written: number }
  | {
      readonly ok: false;
      /** Minutes kept in memory for the next attempt. */
      readonly pending: number;
      /** Minutes given up because the backlog grew past its cap (oldest first). */
      readonly dropped: number;
      readonly error: string;
    };

/** A week of minutes: beyond this a full disk is a lasting problem and memory must not grow forever. */
export const MAX_PENDING_MINUTES = 7 * 24 * 60;

/**
 * Puts a failing store (disk full, read-only, unplugged) behind a small in-memory backlog: minutes
 * that could not be written are kept and retried with the next write, and every outcome is
 * reported so the app can tell the person. Works over either HistoryStore.
 */
export class RetryingHistoryWriter {
  private pending: MinuteAggregate[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: HistoryStore,
    private readonly maxPending = MAX_PENDING_MINUTES,
  ) {}

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Write `minutes` (plus anything still pending). Never rejects. Calls are serialised. */
  write(minutes: readonly MinuteAggregate[]): Promise<WriteReport> {
    const run = this.queue.then(() => this.attempt(minutes));
    this.queue = run;
    return run;
  }

  /**
   * Forget the minutes still waiting for a retry, after the writes already queued: once the person
   * deleted their history, a write that failed before must not bring it back.
   */
  discardPending(): Promise<void> {
    const run = this.queue.then(() => {
      this.pending = [];
    });
    this.queue = run;
    return run;
  }

  private async attempt(minutes: readonly MinuteAggregate[]): Promise<WriteReport> {
    const batch = normaliseMinutes([...this.pending, ...minutes]);
    if (batch.length === 0) return { ok: true, written: 0 };
    try {
      await this.store.append(batch);
      this.pending = [];
      return { ok: true, written: batch.length };
    } catch (error) {
      const dropped = Math.max(0, batch.length - this.maxPending);
      this.pending = batch.slice(dropped);
      return {
        ok: false,
        pending: this.pending.length,
        dropped,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }
}

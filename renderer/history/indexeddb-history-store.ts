import { DAY_MS } from '../../shared/core/history/civil-date';
import type { HistoryReadResult, HistoryStore } from '../../shared/core/history/history-store';
import { normaliseMinutes, type MinuteAggregate } from '../../shared/core/history/minute';
import { keepFrom } from '../../shared/core/history/retention';
import {
  decodeMinute,
  encodeMinute,
  type StoredMinute,
} from '../../shared/core/history/minute-codec';

const STORE = 'days';

/**
 * The browser host's history: IndexedDB, one record per UTC day holding that day's minutes in the
 * same compact form as the file store. A year is ~365 records, so reading it is one getAll, and
 * each append touches one or two records inside a single transaction (atomic: all or nothing).
 */
export function createIndexedDbHistoryStore(
  dbName = 'poise-history',
  indexedDb: IDBFactory = indexedDB,
): HistoryStore {
  let dbPromise: Promise<IDBDatabase> | undefined;

  const db = (): Promise<IDBDatabase> =>
    (dbPromise ??= new Promise((resolve, reject) => {
      const request = indexedDb.open(dbName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    }));

  const done = (tx: IDBTransaction): Promise<void> =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });

  const result = <T>(request: IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });

  const dayOf = (ms: number): number => Math.floor(ms / DAY_MS);

  function decodeDay(value: unknown): { minutes: MinuteAggregate[]; skipped: number } {
    if (!Array.isArray(value)) return { minutes: [], skipped: 1 };
    const minutes: MinuteAggregate[] = [];
    let skipped = 0;
    for (const item of value) {
      const m = decodeMinute(item);
      if (m) minutes.push(m);
      else skipped += 1;
    }
    return { minutes, skipped };
  }

  /** Rewrite one day's record from its minutes (empty -> delete). */
  function putDay(store: IDBObjectStore, day: number, minutes: readonly MinuteAggregate[]): void {
    if (minutes.length === 0) store.delete(day);
    else store.put(normaliseMinutes(minutes).map(encodeMinute) satisfies StoredMinute[], day);
  }

  return {
    async append(minutes) {
      if (minutes.length === 0) return;
      const byDay = new Map<number, MinuteAggregate[]>();
      for (const m of minutes) {
        const day = dayOf(m.minuteStartMs);
        byDay.set(day, [...(byDay.get(day) ?? []), m]);
      }
      const tx = (await db()).transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const finished = done(tx);
      await Promise.all(
        [...byDay].map(async ([day, added]) => {
          const existing = decodeDay((await result(store.get(day))) ?? []).minutes;
          putDay(store, day, [...existing, ...added]);
        }),
      );
      await finished;
    },

    async readRange(fromMs, toMs): Promise<HistoryReadResult> {
      try {
        const lower = Math.max(0, dayOf(Math.max(0, fromMs)));
        const upper = dayOf(Math.min(toMs, 8.64e15));
        const tx = (await db()).transaction(STORE, 'readonly');
        const values = await result(tx.objectStore(STORE).getAll(IDBKeyRange.bound(lower, upper)));
        const all: MinuteAggregate[] = [];
        let skipped = 0;
        for (const value of values) {
          const day = decodeDay(value);
          skipped += day.skipped;
          for (const m of day.minutes)
            if (m.minuteStartMs >= fromMs && m.minuteStartMs < toMs) all.push(m);
        }
        return { minutes: normaliseMinutes(all), skipped, unreadable: [] };
      } catch (error) {
        return {
          minutes: [],
          skipped: 0,
          unreadable: [error instanceof Error ? error.message : String(error)],
        };
      }
    },

    async pruneBefore(cutoffMs) {
      const cutoffDay = dayOf(cutoffMs);
      const tx = (await db()).transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const finished = done(tx);
      if (cutoffDay > 0) store.delete(IDBKeyRange.upperBound(cutoffDay, true));
      const boundary = decodeDay((await result(store.get(cutoffDay))) ?? []).minutes;
      putDay(store, cutoffDay, keepFrom(boundary, cutoffMs));
      await finished;
    },

    async deleteAll() {
      const tx = (await db()).transaction(STORE, 'readwrite');
      const finished = done(tx);
      tx.objectStore(STORE).clear();
      await finished;
    },
  };
}

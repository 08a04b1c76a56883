import { mkdir, open, readdir, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { utcMonthKey, utcMonthRange } from '../../shared/core/history/civil-date';
import type { HistoryReadResult, HistoryStore } from '../../shared/core/history/history-store';
import { normaliseMinutes, type MinuteAggregate } from '../../shared/core/history/minute';
import { decodeMinuteLines, encodeMinuteLine } from '../../shared/core/history/minute-codec';
import { keepFrom, planMonthRetention } from '../../shared/core/history/retention';

/** The one write call, injectable so tests can make the disk "full" at any point. */
export type WriteFn = (handle: FileHandle, data: Buffer) => Promise<void>;

const writeAll: WriteFn = async (handle, data) => {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
};

export interface FileHistoryStoreOptions {
  /** Folder of month files, e.g. `${app.getPath('userData')}/history`. Created on first write. */
  readonly dir: string;
  readonly write?: WriteFn;
}

const MONTH_FILE = /^(\d{4}-\d{2})\.jsonl$/;

/**
 * History as append-only JSON lines, one file per UTC month (`history/2026-11.jsonl`).
 *
 * Crash safety:
 * - each append is written and fsync'd before it resolves, so an acknowledged minute survives a
 *   crash or power cut; only the minute still open in memory can be lost;
 * - a write that fails (disk full) is cut back to the file's previous length, and the minutes stay
 *   with the caller (RetryingHistoryWriter) for the next attempt;
 * - if a crash tore the last line, the next append starts on a fresh line, so the torn fragment
 *   stays an isolated bad line that the reader skips, and never swallows a good record;
 * - retention rewrites go to a temp file, fsync, then rename over the original.
 */
export function createFileHistoryStore(options: FileHistoryStoreOptions): HistoryStore & {
  readonly dir: string;
  monthFiles(): Promise<string[]>;
} {
  const { dir } = options;
  const write = options.write ?? writeAll;
  const fileOf = (monthKey: string): string => join(dir, `${monthKey}.jsonl`);

  async function monthKeys(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return [];
    }
    return names
      .map((name) => MONTH_FILE.exec(name)?.[1])
      .filter((key): key is string => key !== undefined)
      .sort();
  }

  async function appendDurably(path: string, text: string): Promise<void> {
    const handle = await open(path, 'a+');
    let sizeBefore = -1;
    try {
      sizeBefore = (await handle.stat()).size;
      let prefix = '';
      if (sizeBefore > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, sizeBefore - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      await write(handle, Buffer.from(prefix + text, 'utf8'));
      await handle.sync();
    } catch (error) {
      // Leave the file as it was: a half-written batch would otherwise be retried and duplicated.
      if (sizeBefore >= 0)
        await handle
          .truncate(sizeBefore)
          .then(() => handle.sync())
          .catch(() => undefined);
      throw error;
    } finally {
      await handle.close();
    }
  }

  async function syncDir(): Promise<void> {
    // fsync on a directory makes a rename durable on Linux; Windows cannot open directories.
    const handle = await open(dir, 'r').catch(() => undefined);
    await handle?.sync().catch(() => undefined);
    await handle?.close();
  }

  async function readMonth(key: string): Promise<{ minutes: MinuteAggregate[]; skipped: number }> {
    return decodeMinuteLines(await readFile(fileOf(key), 'utf8'));
  }

  return {
    dir,
    monthFiles: async () => (await monthKeys()).map(fileOf),

    async append(minutes) {
      if (minutes.length === 0) return;
      const byMonth = new Map<string, string[]>();
      for (const m of normaliseMinutes(minutes)) {
        const key = utcMonthKey(m.minuteStartMs);
        const lines = byMonth.get(key) ?? [];
        lines.push(encodeMinuteLine(m));
        byMonth.set(key, lines);
      }
      await mkdir(dir, { recursive: true });
      for (const [key, lines] of byMonth) await appendDurably(fileOf(key), lines.join(''));
    },

    async readRange(fromMs, toMs): Promise<HistoryReadResult> {
      const all: MinuteAggregate[] = [];
      let skipped = 0;
      const unreadable: string[] = [];
      for (const key of await monthKeys()) {
        const range = utcMonthRange(key);
        if (!range || range.endMs <= fromMs || range.startMs >= toMs) continue;
        try {
          const month = await readMonth(key);
          skipped += month.skipped;
          for (const m of month.minutes)
            if (m.minuteStartMs >= fromMs && m.minuteStartMs < toMs) all.push(m);
        } catch (error) {
          unreadable.push(
            `${fileOf(key)}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      return { minutes: normaliseMinutes(all), skipped, unreadable };
    },

    async pruneBefore(cutoffMs) {
      const plan = planMonthRetention(await monthKeys(), cutoffMs);
      for (const key of plan.remove) await rm(fileOf(key), { force: true });
      let rewritten = 0;
      for (const key of plan.rewrite) {
        const month = await readMonth(key);
        const kept = keepFrom(month.minutes, cutoffMs);
        // Runs every few hours: leave a month alone when nothing in it is old enough to go.
        if (kept.length === month.minutes.length && month.skipped === 0) continue;
        rewritten += 1;
        const temp = `${fileOf(key)}.tmp`;
        const handle = await open(temp, 'w');
        try {
          await write(
            handle,
            Buffer.from(normaliseMinutes(kept).map(encodeMinuteLine).join(''), 'utf8'),
          );
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, fileOf(key));
      }
      if (plan.remove.length + rewritten > 0) await syncDir();
    },

    async deleteAll() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return;
      }
      for (const name of names) {
        if (MONTH_FILE.test(name) || name.endsWith('.jsonl.tmp'))
          await rm(join(dir, name), { force: true });
      }
      await syncDir();
    },
  };
}

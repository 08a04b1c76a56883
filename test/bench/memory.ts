/**
 * Memory of a Chromium process tree from /proc (Linux), summed and by process type. PSS
 * (proportional set size, /proc/PID/smaps_rollup) splits each shared page between the processes
 * that map it, so the sums of two browsers can be compared fairly; RSS counts shared pages in
 * every process that maps them and is reported beside it, as most tools show it.
 */
import { readFileSync } from 'node:fs';
import { descendants } from './process-tree';

export const PROCESS_TYPES = ['browser', 'renderer', 'gpu', 'utility', 'other'] as const;
export type ProcessType = (typeof PROCESS_TYPES)[number];

export interface MemoryFigures {
  readonly pssMb: number;
  readonly rssMb: number;
}

export interface TreeMemory {
  readonly total: MemoryFigures;
  readonly byType: Readonly<Record<ProcessType, MemoryFigures>>;
}

const KIB_PER_MB = 1024;

/**
 * Chromium tells each child its role with --type=…; the browser process has none. Chromium
 * rewrites its own command line into one space-separated string, so this reads the whole text.
 */
export function processTypeOf(commandLine: string): ProcessType {
  const type = /(?:^|\s)--type=([\w-]+)/.exec(commandLine)?.[1];
  if (type === undefined) return 'browser';
  if (type === 'renderer') return 'renderer';
  if (type === 'gpu-process') return 'gpu';
  if (type === 'utility') return 'utility';
  return 'other'; // zygote, crashpad-handler, broker…
}

const commandLineOf = (pid: number): string =>
  readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');

/** The Pss and Rss lines of a smaps_rollup file, in kB. */
export function parseSmapsRollup(text: string): { pssKb: number; rssKb: number } | null {
  const field = (name: string): number | null => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
    return match ? Number(match[1]) : null;
  };
  const pssKb = field('Pss');
  const rssKb = field('Rss');
  return pssKb === null || rssKb === null ? null : { pssKb, rssKb };
}

function readProcessMemory(
  pid: number,
): { type: ProcessType; pssKb: number; rssKb: number } | null {
  try {
    const commandLine = commandLineOf(pid);
    const memory = parseSmapsRollup(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return memory && { type: processTypeOf(commandLine), ...memory };
  } catch {
    return null; // exited between listing and reading
  }
}

/** Memory of every process below `rootPid` (Playwright's browser: the root is its launcher). */
export function treeMemory(rootPid: number): TreeMemory {
  const sums = new Map<ProcessType, { pssKb: number; rssKb: number }>(
    PROCESS_TYPES.map((type) => [type, { pssKb: 0, rssKb: 0 }]),
  );
  const ids = [rootPid, ...descendants(rootPid).map((p) => p.pid)];
  for (const pid of ids) {
    const memory = readProcessMemory(pid);
    if (!memory) continue;
    const sum = sums.get(memory.type)!;
    sum.pssKb += memory.pssKb;
    sum.rssKb += memory.rssKb;
  }
  const mb = (kb: number): number => Math.round((kb / KIB_PER_MB) * 10) / 10;
  const byType = Object.fromEntries(
    [...sums].map(([type, sum]) => [type, { pssMb: mb(sum.pssKb), rssMb: mb(sum.rssKb) }]),
  ) as Record<ProcessType, MemoryFigures>;
  const all = [...sums.values()];
  return {
    total: {
      pssMb: mb(all.reduce((s, v) => s + v.pssKb, 0)),
      rssMb: mb(all.reduce((s, v) => s + v.rssKb, 0)),
    },
    byType,
  };
}

/** Chromium browser processes (no --type) below `rootPid`. */
function browserPids(rootPid: number): Set<number> {
  const pids = new Set<number>();
  for (const { pid } of descendants(rootPid)) {
    try {
      const commandLine = commandLineOf(pid);
      const isChromium = /chrom/i.test(commandLine.split(' ')[0] ?? '');
      if (isChromium && processTypeOf(commandLine) === 'browser') pids.add(pid);
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

/**
 * Run `launch` and return what it launched with the pid of the Chromium browser process it
 * started, so two browsers running side by side (the soak's monitor and control) are measured
 * apart. Playwright's `Browser` does not expose its process.
 */
export async function launchWithPid<T>(
  launch: () => Promise<T>,
): Promise<{ value: T; pid: number }> {
  const before = browserPids(process.pid);
  const value = await launch();
  const started = [...browserPids(process.pid)].filter((pid) => !before.has(pid));
  if (started.length !== 1) {
    throw new Error(`Expected one new Chromium browser process, found ${started.length}.`);
  }
  return { value, pid: started[0]! };
}

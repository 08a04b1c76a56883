/**
 * CPU time and memory of a process tree from /proc (Linux): the browser under test is every
 * descendant of this Node process (Chromium's browser, GPU, renderer and utility processes).
 */
import { readFileSync, readdirSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux
const PAGE_BYTES = 4096;

interface ProcInfo {
  readonly pid: number;
  readonly ppid: number;
  /** user + system CPU time, in seconds */
  readonly cpuSeconds: number;
  readonly rssBytes: number;
}

function readProc(pid: number): ProcInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: parse after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    const rssPages = Number(fields[21]);
    return {
      pid,
      ppid,
      cpuSeconds: (utime + stime) / CLOCK_TICKS_PER_SECOND,
      rssBytes: rssPages * PAGE_BYTES,
    };
  } catch {
    return null; // exited between listing and reading
  }
}

export function descendants(rootPid: number): ProcInfo[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProc(Number(name)))
    .filter((p): p is ProcInfo => p !== null);
  const children = new Map<number, ProcInfo[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: ProcInfo[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child);
      queue.push(child.pid);
    }
  }
  return out;
}

export interface TreeSnapshot {
  readonly atMs: number;
  readonly cpuSeconds: number;
  readonly rssBytes: number;
  readonly processes: number;
}

/**
 * Snapshot of the tree below `rootPid`. CPU of processes that exit mid-phase is lost, which
 * only under-counts short-lived helpers; Chromium's long-lived processes dominate.
 */
export function snapshot(rootPid: number = process.pid): TreeSnapshot {
  const tree = descendants(rootPid);
  return {
    atMs: performance.now(),
    cpuSeconds: tree.reduce((sum, p) => sum + p.cpuSeconds, 0),
    rssBytes: tree.reduce((sum, p) => sum + p.rssBytes, 0),
    processes: tree.length,
  };
}

/** CPU used between two snapshots as a percentage of one core. */
export function cpuPercentOfOneCore(before: TreeSnapshot, after: TreeSnapshot): number {
  const wallSeconds = (after.atMs - before.atMs) / 1000;
  return wallSeconds > 0 ? ((after.cpuSeconds - before.cpuSeconds) / wallSeconds) * 100 : 0;
}

/** Sample RSS every `everyMs` until stopped; returns the peak seen. */
export function watchPeakRss(rootPid: number = process.pid, everyMs = 500): { stop(): number } {
  let peak = snapshot(rootPid).rssBytes;
  const timer = setInterval(() => {
    peak = Math.max(peak, snapshot(rootPid).rssBytes);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, snapshot(rootPid).rssBytes);
    },
  };
}

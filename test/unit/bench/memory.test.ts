import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseSmapsRollup, processTypeOf, treeMemory } from '../../bench/memory';
import { growthMb } from '../../bench/memory-phases';

describe('benchmark memory readings', () => {
  it('reads Pss and Rss from smaps_rollup text, and refuses text without them', () => {
    const text = [
      '55d0c0a00000-7ffd7e5f0000 ---p 00000000 00:00 0     [rollup]',
      'Rss:              204800 kB',
      'Pss:               81234 kB',
      'Pss_Anon:          60000 kB',
    ].join('\n');
    expect(parseSmapsRollup(text)).toEqual({ pssKb: 81234, rssKb: 204800 });
    expect(parseSmapsRollup('Rss: 12 kB')).toBeNull();
  });

  it("sorts Chromium's processes by the --type in their rewritten command line", () => {
    expect(processTypeOf('/usr/lib/chromium/chromium --headless --no-sandbox')).toBe('browser');
    expect(processTypeOf('/usr/lib/chromium/chromium --type=renderer --lang=en-US')).toBe(
      'renderer',
    );
    expect(processTypeOf('/usr/lib/chromium/chromium --type=gpu-process --no-sandbox')).toBe('gpu');
    expect(processTypeOf('chromium --type=utility --utility-sub-type=audio')).toBe('utility');
    expect(processTypeOf('chromium --type=zygote')).toBe('other');
    // A flag whose value merely mentions a type is not a type.
    expect(processTypeOf('chromium --js-flags=--type=renderer')).toBe('browser');
  });

  it('measures a real process tree from /proc: a child that holds memory adds to it', async () => {
    const before = treeMemory(process.pid).total.pssMb;
    const child = spawn(process.execPath, [
      '-e',
      "const b = Buffer.alloc(64 * 2 ** 20, 1); process.stdout.write('ready'); setInterval(() => b[0]++, 1000);",
    ]);
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve));
      const after = treeMemory(process.pid);
      expect(after.total.pssMb - before).toBeGreaterThan(60);
      expect(after.total.rssMb).toBeGreaterThanOrEqual(after.total.pssMb);
    } finally {
      child.kill();
    }
  });

  it('takes growth from the settled start to the end, robust to one outlier sample', () => {
    expect(growthMb([100, 101, 100, 130, 110, 111, 112])).toBe(11);
    expect(growthMb([200, 200, 200, 200])).toBe(0);
    expect(growthMb([50])).toBe(0);
  });
});

import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../main/platform/atomic-write';
import { runDiskChild } from '../../../support/run-disk-child';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'poise-atomic-'));
const OLD = '{"kept":true}\n';

describe('atomic writes', () => {
  it('replaces the file and leaves nothing beside it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.json'), OLD);
    writeFileAtomically(join(dir, 'data.json'), '{"new":1}');
    expect(readFileSync(join(dir, 'data.json'), 'utf8')).toBe('{"new":1}');
    expect(readdirSync(dir)).toEqual(['data.json']);
    expect(statSync(join(dir, 'data.json')).mode & 0o777).toBe(0o600);
  });

  it('a crash after writing, before the rename, leaves the old file whole', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.json'), OLD);
    expect(runDiskChild('crash-before-rename', dir).signal).toBe('SIGKILL');
    expect(readFileSync(join(dir, 'data.json'), 'utf8')).toBe(OLD);
    // The new content was all there, only not yet in place.
    expect(JSON.parse(readFileSync(join(dir, 'data.json.tmp'), 'utf8'))).toEqual({
      text: 'x'.repeat(8000),
    });
  });

  it('a disk that fills mid-write (a short write, then EFBIG) keeps the old file and says why', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.json'), OLD);
    const run = runDiskChild('write-big', dir, { fileSizeLimitKiB: 1 });
    expect(run.outcome).toEqual({
      error: expect.stringMatching(new RegExp(`^Could not save ${join(dir, 'data.json')}: EFBIG`)),
    });
    expect(readFileSync(join(dir, 'data.json'), 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['data.json']);
  });

  it('a save that cannot write keeps the old file and says why', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.json'), OLD);
    // Something that is not ours already holds the temporary name: opening it fails.
    mkdirSync(join(dir, 'data.json.tmp'));
    expect(() => writeFileAtomically(join(dir, 'data.json'), '{"new":1}')).toThrow(/EISDIR/);
    expect(readFileSync(join(dir, 'data.json'), 'utf8')).toBe(OLD);
    expect(statSync(join(dir, 'data.json.tmp')).isDirectory()).toBe(true);
  });

  it('a save after a crash overwrites the temporary file the crash left', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.json.tmp'), '{"half');
    writeFileAtomically(join(dir, 'data.json'), '{"new":1}');
    expect(readdirSync(dir)).toEqual(['data.json']);
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PUBLIC_FILE, writeFileAtomic } from './write-atomic';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-write-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('writeFileAtomic: who may read what it writes', () => {
  it('writes the delegate\'s work readable by its owner alone', async () => {
    const path = join(dir, 'briefing.md');
    await writeFileAtomic(path, '# Line to take\n');
    expect(mode(path)).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('# Line to take\n');
  });

  it('replaces a file others could read with one they cannot, leaving no temporary file', async () => {
    const path = join(dir, 'pack.json');
    writeFileSync(path, 'old', { mode: 0o644 });
    await writeFileAtomic(path, '{}');
    expect(mode(path)).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['pack.json']);
  });

  it('writes a file meant for publishing readable by all', async () => {
    const path = join(dir, 'feed.json.sig');
    await writeFileAtomic(path, 'c2lnbmF0dXJl\n', PUBLIC_FILE);
    expect(mode(path)).toBe(0o644);
  });
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFolders } from './make-folders';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-make-folders-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errorCode = (work: () => void): string | undefined => {
  try {
    work();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
  return undefined;
};

describe('makeFolders', () => {
  it('makes every missing level with the mode given, and leaves the folders already there as they are', () => {
    mkdirSync(join(dir, 'kept'), { mode: 0o755 });
    makeFolders(join(dir, 'kept', 'Delegate Desk', 'backups'), 0o700);
    expect(statSync(join(dir, 'kept', 'Delegate Desk', 'backups')).isDirectory()).toBe(true);
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, 'kept', 'Delegate Desk')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'kept')).mode & 0o777).toBe(0o755);
    }
  });

  it('does nothing for a folder that exists', () => {
    makeFolders(dir);
    makeFolders(join(dir, '.', 'a', '..'));
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });

  it('fails at once where a file stands in the way, or a link points nowhere', () => {
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect(errorCode(() => makeFolders(join(dir, 'notes.txt', 'sub')))).toBe('ENOTDIR');
    expect(errorCode(() => makeFolders(join(dir, 'notes.txt')))).toBe('EEXIST');
    if (process.platform === 'win32') return;
    symlinkSync(join(dir, 'unplugged-drive'), join(dir, 'link'));
    expect(errorCode(() => makeFolders(join(dir, 'link', 'Delegate Desk')))).toBe('ENOENT');
  });

  it('is how every file of the app and the command line makes folders (Node\'s recursive mkdir can hang)', () => {
    const src = join(import.meta.dirname, '..');
    const recursiveMkdir = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('make-folders.ts'))
      .filter((f) => /mkdir(Sync)?\(.*recursive/.test(readFileSync(join(src, f), 'utf8')));
    expect(recursiveMkdir).toEqual([]);
  });
});

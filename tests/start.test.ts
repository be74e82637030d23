// `npm start` where the Electron runtime is missing (as on this machine, installed with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1), or where its download fails: a short message in plain words
// and exit code 1, not a crash.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
// An empty folder as Electron's dist: "no binary" even on a machine that has downloaded one.
const emptyDist = mkdtempSync(join(tmpdir(), 'delegate-desk-no-electron-'));
const emptyCache = mkdtempSync(join(tmpdir(), 'delegate-desk-electron-cache-'));
afterAll(() => {
  rmSync(emptyDist, { recursive: true, force: true });
  rmSync(emptyCache, { recursive: true, force: true });
});

function start(script: string, extra: NodeJS.ProcessEnv) {
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist, ...extra };
  delete env.ELECTRON_EXEC_PATH;
  for (const [key, value] of Object.entries(extra)) if (value === undefined) delete env[key];
  return spawnSync(process.execPath, [script], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
}

const skipped = start('scripts/start.mjs', { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
// Nothing listens on port 9 of this machine: the download is refused at once, as offline.
const unreachable = { ELECTRON_SKIP_BINARY_DOWNLOAD: undefined, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: emptyCache };
const failedDownload = start('scripts/start.mjs', unreachable);

describe('npm start without the Electron binary', () => {
  for (const [name, result] of [['where downloads are switched off', skipped], ['where the download fails', failedDownload]] as const) {
    describe(name, () => {
      it('exits with code 1', () => {
        expect(result.status, result.stderr).toBe(1);
      });

      it('says why, and what works instead', () => {
        expect(result.stderr).toMatch(/Electron/);
        expect(result.stderr).toContain('npx delegate-desk');
        expect(result.stderr).toContain('npm run web');
        expect(result.stderr).toContain('`npm start` downloads Electron the first time');
      });

      it('shows no stack trace', () => {
        expect(result.stderr).not.toMatch(/^\s*at /m);
        expect(result.stderr).not.toContain('Error:');
      });

      it('stays short, and leaves stdout alone', () => {
        expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(17);
        expect(result.stdout).toBe('');
      });
    });
  }

  it('does not try to download where downloads are switched off, and says that is why', () => {
    expect(skipped.stderr).not.toContain('Downloading');
    expect(skipped.stderr).toContain('(ELECTRON_SKIP_BINARY_DOWNLOAD is set)');
  });

  it('otherwise tries to download it first, and names what went wrong in words', () => {
    expect(failedDownload.stderr).toContain('Downloading the Electron runtime');
    expect(failedDownload.stderr).toContain("(Electron's download server could not be reached)");
  });
});

describe('npm install (its postinstall step) without the Electron binary', () => {
  it('never fails the install: it says what happened and what works meanwhile', () => {
    const skippedInstall = start('scripts/install-electron.mjs', { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(skippedInstall.status).toBe(0);
    expect(skippedInstall.stdout).toContain('not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set)');

    const failedInstall = start('scripts/install-electron.mjs', unreachable);
    expect(failedInstall.status).toBe(0);
    expect(failedInstall.stderr).toContain("could not download the Electron runtime (Electron's download server could not be reached)");
    expect(failedInstall.stderr).toContain('npm run web');
    expect(failedInstall.stderr).not.toMatch(/^\s*at /m);
  });
});

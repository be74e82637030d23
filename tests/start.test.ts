// `npm start` where the Electron runtime is missing (as on this machine, installed with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1): a short message in plain words and exit code 1, not a crash.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
// An empty folder as Electron's dist: "no binary" even on a machine that has downloaded one.
const emptyDist = mkdtempSync(join(tmpdir(), 'delegate-desk-no-electron-'));
afterAll(() => rmSync(emptyDist, { recursive: true, force: true }));

function startWithoutElectron() {
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist };
  delete env.ELECTRON_EXEC_PATH;
  return spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: root, env, encoding: 'utf8', timeout: 20_000 });
}

describe('npm start without the Electron binary', () => {
  const result = startWithoutElectron();

  it('exits with code 1', () => {
    expect(result.status).toBe(1);
  });

  it('says why, and what works instead', () => {
    expect(result.stderr).toMatch(/Electron/);
    expect(result.stderr).toContain('npx delegate-desk');
    expect(result.stderr).toContain('npm run web');
    expect(result.stderr).toContain('npm install');
  });

  it('shows no stack trace', () => {
    expect(result.stderr).not.toMatch(/^\s*at /m);
    expect(result.stderr).not.toContain('Error:');
  });

  it('stays short, and leaves stdout alone', () => {
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(15);
    expect(result.stdout).toBe('');
  });
});

// The real desktop app, end to end: build it, launch it with Playwright's Electron driver, look at
// its window. Needs the Electron binary, which machines installed with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 do not have; there the test is skipped, saying so.
import type { ElectronApplication } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary as findElectronBinary } from '../scripts/electron-runtime.mjs';

const root = join(import.meta.dirname, '..');

// Where the Electron executable is (npm start looks in the same place), or null.
const electronBinary = findElectronBinary();
const hasElectronBinary = electronBinary !== null;
const ELECTRON_MISSING = 'Electron binary not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD)';

describe(hasElectronBinary ? 'the desktop app' : `the desktop app: skipped, ${ELECTRON_MISSING}`, () => {
  let app: ElectronApplication | undefined;
  let dataHome: string | undefined;

  beforeAll(async () => {
    if (!electronBinary) return;
    // The app shares its store folder with the CLI; a test run must not touch the real one.
    dataHome = mkdtempSync(join(tmpdir(), 'delegate-desk-e2e-'));
    // better-sqlite3 for Electron's ABI, as `npm start` builds it (src/main/native-binding.ts).
    execFileSync(process.execPath, [join(root, 'scripts/electron-native.mjs')], { cwd: root, stdio: 'pipe' });
    execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: root,
      stdio: 'pipe', // a failed build throws with its output
    });
    const { _electron } = await import('@playwright/test');
    const inherited = Object.entries(process.env).filter(
      // Not ELECTRON_RENDERER_URL: the app must show the built page, not a dev server.
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
    );
    const env = { ...Object.fromEntries(inherited), XDG_CONFIG_HOME: dataHome, APPDATA: dataHome, HOME: dataHome };
    app = await _electron.launch({ executablePath: electronBinary, args: [root], cwd: root, env });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (dataHome) rmSync(dataHome, { recursive: true, force: true });
  });

  it.skipIf(!hasElectronBinary)('opens one window titled Delegate Desk', async () => {
    if (!app) throw new Error('the app did not launch');
    const window = await app.firstWindow();
    // The heading is drawn by React: once it shows, the page, its script and its CSP all worked.
    await window.getByRole('heading', { name: 'Delegate Desk' }).waitFor({ state: 'visible' });
    expect(await window.title()).toBe('Delegate Desk');
    expect(app.windows()).toHaveLength(1);
  });

  it.skipIf(!hasElectronBinary)('shows the sample feed, loaded into the new store through IPC', async () => {
    if (!app) throw new Error('the app did not launch');
    const window = await app.firstWindow();
    await window.getByRole('heading', { level: 2, name: 'Dashboard' }).waitFor({ state: 'visible' });
    await window.getByRole('link', { name: /Sample: NIS Cooperation Group plenary meeting/ }).first().waitFor({ state: 'visible' });
    expect(window.url()).toMatch(/^app:\/\/desk\//);
  });

  it.skipIf(!hasElectronBinary)('gives the page no Node, only the frozen bridge', async () => {
    if (!app) throw new Error('the app did not launch');
    const window = await app.firstWindow();
    const seen = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      frozen: Object.isFrozen((globalThis as { delegateDesk?: object }).delegateDesk),
    }));
    expect(seen).toEqual({ require: 'undefined', process: 'undefined', frozen: true });
  });
});

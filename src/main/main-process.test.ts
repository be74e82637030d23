// The main process's wiring, checked with a stand-in for the `electron` module, so the shell is
// verified on machines without the Electron binary (ours): userData, sandbox, the app:// scheme,
// the single-instance lock, permissions, IPC, the window, and a clean close of the store.
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALL_NAMES, channelOf } from '../api/contract';

const fake = vi.hoisted(() => {
  const listeners = new Map<string, (() => void)[]>();
  const state = {
    lock: true,
    calls: [] as string[],
    userData: '',
    schemes: [] as unknown[],
    handled: new Set<string>(),
    protocols: new Set<string>(),
    windows: [] as { options: Record<string, unknown>; url: string }[],
    errorBoxes: [] as [string, string][],
    menu: null as unknown,
    permissionRequest: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
    ready: null as null | (() => void),
    listeners,
  };
  class FakeWindow {
    webContents = { setWindowOpenHandler: () => undefined, on: () => undefined };
    constructor(readonly options: Record<string, unknown>) {}
    once() {}
    on() {}
    maximize() {}
    loadURL(url: string) {
      state.windows.push({ options: this.options, url });
      return Promise.resolve();
    }
  }
  return { state, FakeWindow };
});

vi.mock('electron', () => {
  const { state, FakeWindow } = fake;
  let resolveReady: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  state.ready = () => resolveReady();
  return {
    app: {
      setPath: (name: string, value: string) => name === 'userData' && (state.userData = value),
      enableSandbox: () => state.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => state.lock,
      quit: () => state.calls.push('quit'),
      exit: (code: number) => state.calls.push(`exit ${code}`),
      isReady: () => true,
      whenReady: () => ready,
      getVersion: () => '9.9.9',
      isPackaged: false,
      on: (event: string, fn: () => void) => state.listeners.set(event, [...(state.listeners.get(event) ?? []), fn]),
    },
    BrowserWindow: Object.assign(FakeWindow, { getAllWindows: () => [] }),
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (scheme: string) => state.protocols.add(scheme),
    },
    ipcMain: { handle: (channel: string) => state.handled.add(channel), removeHandler: () => undefined },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof state.permissionRequest) => (state.permissionRequest = fn),
        setPermissionCheckHandler: () => undefined,
      },
    },
    shell: { openExternal: () => Promise.resolve() },
    dialog: { showErrorBox: (title: string, content: string) => state.errorBoxes.push([title, content]) },
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: (menu: unknown) => (state.menu = menu) },
  };
});

let config: string;

beforeEach(() => {
  config = mkdtempSync(join(tmpdir(), 'dd-main-'));
  vi.stubEnv('XDG_CONFIG_HOME', config);
  vi.stubEnv('APPDATA', config);
  vi.resetModules();
  fake.state.listeners.clear();
  fake.state.windows.length = 0;
  fake.state.handled.clear();
  fake.state.protocols.clear();
  fake.state.schemes.length = 0;
  fake.state.errorBoxes.length = 0;
  fake.state.calls.length = 0;
});

afterEach(() => vi.unstubAllEnvs());

async function started() {
  await import('./index');
  fake.state.ready!();
  // Let whenReady's chain (store, IPC, window) run.
  for (let i = 0; i < 50 && fake.state.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
}

describe('the main process', () => {
  it('shares the CLI store folder, sandboxes every renderer and serves the page on app://', async () => {
    await started();
    expect(fake.state.userData).toMatch(/Delegate Desk$/);
    expect(fake.state.userData.startsWith(config) || process.platform === 'darwin').toBe(true);
    expect(fake.state.calls).toContain('enableSandbox');
    expect(fake.state.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.state.protocols).toEqual(new Set(['app']));
  });

  it('registers exactly the contract on ipcMain, denies permissions, opens one hardened window', async () => {
    await started();
    expect([...fake.state.handled].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
    let granted: boolean | undefined;
    fake.state.permissionRequest!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    fake.state.permissionRequest!(null, 'clipboard-sanitized-write', (ok) => (granted = ok));
    expect(granted).toBe(true);
    const window = fake.state.windows.at(-1)!;
    expect(window.url).toBe('app://desk/index.html');
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    // Its own menu, not Electron's default one (app-menu.ts).
    const { appMenuTemplate } = await import('./app-menu');
    expect(fake.state.menu).toEqual({ template: appMenuTemplate({ platform: process.platform, packaged: false }) });
    // The store exists in the shared folder, with the sample loaded into it.
    expect(existsSync(join(fake.state.userData, 'delegate-desk.db'))).toBe(true);
  });

  it('closes the store cleanly on quit: the write-ahead log folded back', async () => {
    await started();
    const db = join(fake.state.userData, 'delegate-desk.db');
    for (const quit of fake.state.listeners.get('will-quit') ?? []) quit();
    expect(existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0).toBe(0);
  });

  it("backs up the delegate's work as it quits", async () => {
    await started();
    const db = join(fake.state.userData, 'delegate-desk.db');
    const { openStore } = await import('../store/open');
    const { writeRecord } = await import('../local-records/tables');
    const other = openStore(db);
    const at = new Date().toISOString();
    writeRecord(other, 'note', { id: 'n-quit', subjectType: 'meeting', subjectId: 'mtg-2027-02-plenary', body: 'Call the capital.', createdAt: at, updatedAt: at, deletedAt: null });
    other.close();
    for (const quit of fake.state.listeners.get('will-quit') ?? []) quit();
    const { listBackups, readBackup } = await import('../backups/work-backups');
    const [backup] = listBackups(join(fake.state.userData, 'delegate-desk-backups'));
    expect(readBackup(join(fake.state.userData, 'delegate-desk-backups'), backup!.fileName)).toContain('Call the capital.');
  });

  it('says in a window why it cannot start, and where the work is backed up, when the data file is not one', async () => {
    const folder = join(config, 'Delegate Desk');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'delegate-desk.db'), 'this is not a database, nor ever was one; '.repeat(200));
    // The log line it also writes, kept out of the test's output.
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => log.mockRestore());
    await import('./index');
    fake.state.ready!();
    for (let i = 0; i < 50 && fake.state.errorBoxes.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(fake.state.errorBoxes).toEqual([
      [
        'Delegate Desk could not start',
        expect.stringMatching(/^Could not open the data file .*delegate-desk\.db: the file is not a Delegate Desk data file\n\nIf the data file is damaged, move .* aside/),
      ],
    ]);
    expect(fake.state.calls).toContain('exit 1');
    expect(fake.state.windows).toEqual([]);
  });

  it('leaves at once when another copy holds the lock, before opening the store', async () => {
    fake.state.lock = false;
    fake.state.calls.length = 0;
    fake.state.windows.length = 0;
    await import('./index');
    expect(fake.state.calls).toContain('quit');
    expect(fake.state.listeners.get('second-instance')).toBeUndefined();
    fake.state.lock = true;
  });
});

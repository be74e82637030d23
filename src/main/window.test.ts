// The window's security settings and guards, checked without Electron: a stand-in for the
// `electron` module records what the window factory asks for and which handlers it installs.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, windowOptions } from './window';

type OpenHandler = (details: { url: string }) => { action: string };
type NavigateListener = (event: { url: string; preventDefault: () => void }) => void;

const electron = vi.hoisted(() => {
  const state = {
    windows: [] as FakeWindow[],
    openExternal: vi.fn((_url: string) => Promise.resolve()),
    /** The button the delegate picks in the next message box. */
    showMessageBoxSync: vi.fn((_window: unknown, _options: { buttons: string[]; cancelId: number; detail?: string }) => 1),
  };
  class FakeWebContents {
    openHandler: OpenHandler | null = null;
    listeners = new Map<string, NavigateListener>();
    setWindowOpenHandler(handler: OpenHandler) {
      this.openHandler = handler;
    }
    on(event: string, listener: NavigateListener) {
      this.listeners.set(event, listener);
      return this;
    }
  }
  class FakeWindow {
    webContents = new FakeWebContents();
    loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    once() {
      return this;
    }
    show() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  return { state, FakeWindow };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeWindow,
  shell: { openExternal: electron.state.openExternal },
  dialog: { showMessageBoxSync: electron.state.showMessageBoxSync },
}));

const ENTRY = 'file:///opt/Delegate%20Desk/resources/app.asar/out/renderer/index.html';

function openWindow() {
  createMainWindow(ENTRY);
  const window = electron.state.windows.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

function navigate(url: string): boolean {
  const listener = openWindow().webContents.listeners.get('will-navigate');
  if (!listener) throw new Error('no will-navigate guard');
  let prevented = false;
  listener({ url, preventDefault: () => (prevented = true) });
  return prevented;
}

beforeEach(() => {
  electron.state.windows.length = 0;
  electron.state.openExternal.mockClear();
});

describe('window options', () => {
  it('keeps the page isolated, sandboxed and without Node', () => {
    const prefs = windowOptions('/app/out/preload/index.cjs').webPreferences ?? {};
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).not.toBe(true);
    expect(prefs.experimentalFeatures).not.toBe(true);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.webviewTag).not.toBe(true);
  });

  it('is what the real window is built with, and loads the given page', () => {
    const window = openWindow();
    expect(window.options).toEqual(windowOptions());
    expect(window.loaded).toEqual([ENTRY]);
  });

  it('points the preload at the CommonJS bundle electron-vite writes', () => {
    expect(windowOptions().webPreferences?.preload).toMatch(/preload[\\/]index\.cjs$/);
  });
});

describe('new windows', () => {
  function open(url: string) {
    const handler = openWindow().webContents.openHandler;
    if (!handler) throw new Error('no window-open handler');
    return handler({ url });
  }

  it.each(['https://ec.europa.eu/nis', 'http://example.org/', 'mailto:delegate@example.eu'])(
    'never opens one, and hands %s to the system',
    (url) => {
      expect(open(url)).toEqual({ action: 'deny' });
      expect(electron.state.openExternal).toHaveBeenCalledWith(url);
    },
  );

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'not a url'])(
    'never opens one, and does nothing with %s',
    (url) => {
      expect(open(url)).toEqual({ action: 'deny' });
      expect(electron.state.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('navigation', () => {
  it('stays on the app page, with any hash or query', () => {
    expect(navigate(ENTRY)).toBe(false);
    expect(navigate(`${ENTRY}#/papers`)).toBe(false);
    expect(navigate(`${ENTRY}?tab=meetings`)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///opt/Delegate%20Desk/resources/app.asar/out/renderer/other.html',
    'file:///home/delegate/Downloads/paper.html',
    'javascript:alert(1)',
  ])('is prevented to %s', (url) => {
    expect(navigate(url)).toBe(true);
  });

  it('allows the dev server, and only it, during development', () => {
    createMainWindow('http://localhost:5173/');
    const listener = electron.state.windows.at(-1)?.webContents.listeners.get('will-navigate');
    let prevented = 0;
    listener?.({ url: 'http://localhost:5173/#/papers', preventDefault: () => prevented++ });
    expect(prevented).toBe(0);
    listener?.({ url: 'http://localhost:8080/', preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
  });
});

describe('closing over unsaved work', () => {
  // The page's beforeunload held the window open (src/renderer/shell/unsaved-work.ts).
  function closeOverUnsavedWork(button: string) {
    const window = openWindow();
    const listener = window.webContents.listeners.get('will-prevent-unload');
    if (!listener) throw new Error('no will-prevent-unload handler');
    electron.state.showMessageBoxSync.mockImplementationOnce((_w, options) => options.buttons.indexOf(button));
    let closes = false;
    listener({ url: '', preventDefault: () => (closes = true) });
    const [shownOver, options] = electron.state.showMessageBoxSync.mock.calls.at(-1)!;
    return { closes, shownOver, options, window };
  }

  it('asks in words, over the window, with going back to the work as the default and on Escape', () => {
    const { shownOver, options, window } = closeOverUnsavedWork('Go back to it');
    expect(shownOver).toBe(window);
    expect(options).toMatchObject({ message: 'Some of your work is not saved yet.', buttons: ['Close and keep it for later', 'Go back to it'] });
    // What closing does with the work: kept, and said so.
    expect(options.detail).toContain('offered back when Delegate Desk next opens');
    expect(options.buttons[options.cancelId]).toBe('Go back to it');
  });

  it('keeps the window open unless the delegate chooses to close', () => {
    expect(closeOverUnsavedWork('Go back to it').closes).toBe(false);
    expect(closeOverUnsavedWork('Close and keep it for later').closes).toBe(true);
  });
});

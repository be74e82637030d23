// The one window of the app, and the web preferences that keep its page powerless: no Node, an
// isolated and sandboxed preload, the browser's own security left on.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { fileURLToPath } from 'node:url';
import { PRODUCT_NAME } from '../store/data-folder';
import { rendererEntryUrl } from './renderer-entry';
import { guardWebContents } from './web-guards';

/** The built preload, next to this bundle (out/main/index.js -> out/preload/index.cjs). */
export function preloadPath(): string {
  return fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
}

export function windowOptions(preload: string = preloadPath()): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    // Shown once the first paint is ready, so the delegate never sees an empty white frame.
    show: false,
    webPreferences: {
      preload,
      // The page and the preload run in separate JavaScript worlds: the page sees only what
      // contextBridge hands over, never Electron or Node objects.
      contextIsolation: true,
      // The renderer process runs in Chromium's OS sandbox; the preload gets no Node either.
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Dropping a file on the window would otherwise navigate to it.
      navigateOnDragDrop: false,
    },
  };
}

export function createMainWindow(entryUrl: string = rendererEntryUrl()): BrowserWindow {
  const window = new BrowserWindow(windowOptions());
  // Guards first: the page must never run a line of script before they are in place.
  guardWebContents(window.webContents, entryUrl);
  window.once('ready-to-show', () => window.show());
  window.loadURL(entryUrl).catch((error: unknown) => {
    console.error(`Delegate Desk could not load its page (${entryUrl}):`, error);
  });
  return window;
}

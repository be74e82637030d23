// The main process: one running copy per user, the same store as the CLI, a single window whose
// page can do nothing but call the contract's API, and a clean close of the store.
/// <reference types="electron-vite/node" />
import { app, BrowserWindow, dialog, Menu, protocol, screen, session } from 'electron';
import { join } from 'node:path';
import { Desk } from '../desk/desk';
import { createHandlers } from '../api/handlers';
import { DeskError } from '../desk-error';
import { restoreAdvice } from '../backups/restore-advice';
import { defaultDataFolder, STORE_FILE } from '../store/data-folder';
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './app-protocol';
import { appMenuTemplate } from './app-menu';
import { registerIpc } from './ipc';
import { electronNativeBinding } from './native-binding';
import { rendererDir, rendererEntryUrl } from './renderer-entry';
import { denyPermissions } from './web-guards';
// The PDF text worker, built by electron-vite as its own module beside the main bundle.
import pdfWorkerEntry from '../pdf/extract-worker?modulePath';
import { createMainWindow } from './window';
import { loadWindowState, saveWindowState } from './window-state';

// First of all: the single-instance lock below lives in userData, and the store does too.
// Pointing userData at the CLI's folder means `npx delegate-desk` and the app share one store.
const dataFolder = defaultDataFolder();
app.setPath('userData', dataFolder);

// Every renderer sandboxed, including any a future dependency might create on its own.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // Another copy is running: it gets focus (see 'second-instance'), and this one leaves before
  // it could open the same SQLite store from a second process.
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let desk: Desk | null = null;
  const entryUrl = rendererEntryUrl();

  const showMainWindow = (): void => {
    if (!app.isReady()) return; // a second launch this early finds the window about to open
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      return;
    }
    const state = loadWindowState(dataFolder, screen.getAllDisplays().map((d) => d.workArea));
    const window = createMainWindow(entryUrl, state);
    mainWindow = window;
    window.on('close', () => {
      void saveWindowState(dataFolder, { ...window.getNormalBounds(), maximized: window.isMaximized() }).catch(() => undefined);
    });
    window.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('second-instance', showMainWindow);

  // On macOS an app stays open without windows until the delegate quits it from the dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // The store is closed once, cleanly: the WAL folded back and statistics refreshed.
  app.on('will-quit', () => {
    desk?.close();
    desk = null;
  });

  app
    .whenReady()
    .then(async () => {
      denyPermissions(session.defaultSession);
      Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ platform: process.platform, packaged: app.isPackaged })));
      // Files are looked up on the desk once it is open; before that, none is served.
      serveRenderer(protocol, rendererDir(), (sha256) => desk?.storedFiles(sha256) ?? Promise.resolve(null));
      desk = await Desk.open({
        storePath: join(dataFolder, STORE_FILE),
        mode: 'desktop',
        version: app.getVersion(),
        resourcesDir: app.isPackaged ? process.resourcesPath : undefined,
        nativeBinding: electronNativeBinding(app.isPackaged, process.resourcesPath),
        seedSample: true,
        schedule: true,
        backUp: true,
        pdfWorkerEntry,
      });
      registerIpc(createHandlers(desk), entryUrl);
      showMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) showMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Delegate Desk could not start:', error);
      // Said in a window, not only in a log nobody sees: an app that vanishes reads as work lost.
      const message = error instanceof DeskError ? error.message : 'Something went wrong while starting.';
      dialog.showErrorBox('Delegate Desk could not start', `${message}\n\n${restoreAdvice(join(dataFolder, STORE_FILE))}`);
      app.exit(1);
    });
}


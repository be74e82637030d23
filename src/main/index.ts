// The main process: one running copy per user, the same store folder as the CLI, and a single
// window whose page can do nothing but what the preload offers.
import { app, BrowserWindow, session } from 'electron';
import { defaultDataFolder } from '../store/data-folder';
import { denyPermissions } from './web-guards';
import { createMainWindow } from './window';

// First of all: the single-instance lock below lives in userData, and the store will too.
// Pointing userData at the CLI's folder means `npx delegate-desk` and the app share one store.
app.setPath('userData', defaultDataFolder());

// Every renderer sandboxed, including any a future dependency might create on its own.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another copy is running: it gets focus (see 'second-instance'), and this one leaves before
  // it could open the same SQLite store from a second process.
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  const showMainWindow = (): void => {
    if (!app.isReady()) return; // a second launch this early finds the window about to open
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      return;
    }
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('second-instance', showMainWindow);

  // On macOS an app stays open without windows until the delegate quits it from the dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      denyPermissions(session.defaultSession);
      showMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) showMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Delegate Desk could not start:', error);
      app.exit(1);
    });
}

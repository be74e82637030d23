// better-sqlite3 is a native addon, and Electron's Node has its own ABI: the build in
// node_modules serves the CLI and the tests (plain Node), while the desktop app loads a second
// build made for Electron (scripts/electron-native.mjs), passed to better-sqlite3 through its
// `nativeBinding` option. Packaged, that build ships in the app's resources.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ELECTRON_NATIVE_FILE = 'better_sqlite3.node';

export function electronNativeBinding(isPackaged: boolean, resourcesPath: string): string | undefined {
  const path = isPackaged
    ? join(resourcesPath, 'native', ELECTRON_NATIVE_FILE)
    : fileURLToPath(new URL(`../../build/electron-native/${ELECTRON_NATIVE_FILE}`, import.meta.url));
  // Without the Electron build, better-sqlite3 falls back to node_modules and says clearly
  // that it was compiled for another Node version; `npm start` builds it first to avoid that.
  return existsSync(path) ? path : undefined;
}

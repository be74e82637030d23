// Where the store lives by default: the same per-user folder the desktop app uses (Electron's
// `userData` for the product name "Delegate Desk"), so the CLI and the app share one store.
// The Electron shell sets its userData to this very folder, so the two cannot drift apart.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Delegate Desk';
export const STORE_FILE = 'delegate-desk.db';

export function defaultDataFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}

/** `--db PATH`, else DELEGATE_DESK_DB, else the per-user data folder. */
export function resolveStorePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.DELEGATE_DESK_DB || join(defaultDataFolder(process.platform, env), STORE_FILE);
}

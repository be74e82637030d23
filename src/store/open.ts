// Opens (or creates) a store: the one SQLite file that holds everything.
import Database from 'better-sqlite3';
import { closeSync, openSync } from 'node:fs';
import { makeFolders } from '../files/make-folders';
import { dirname } from 'node:path';
import { asDeskError } from '../desk-error';
import { migrate } from './migrate';

export type Store = Database.Database;

export interface OpenOptions {
  /** Where better-sqlite3's native addon lives; the Electron shell passes its own build. */
  nativeBinding?: string;
  /** Stop migrating at this version (the migration tests use it to build old schemas). */
  migrateUpTo?: number;
  /**
   * How long a write waits for another program's write to finish before it gives up. The app's
   * default is short: its process waits without doing anything else, window calls included. A
   * command line has no window to freeze, and a scheduled sync or backup would rather wait for the
   * app's sync than fail (cli/context.ts).
   */
  busyTimeoutMs?: number;
}

const APP_WAIT_MS = 5000;

/**
 * The most the WAL file keeps on disk once its changes are back in the main file. A large sync is
 * one transaction, so the WAL grows to the size of everything it wrote (611 MB for the benchmark's
 * 20,000 papers), and SQLite reuses that file rather than shrinking it: without a limit, a laptop
 * kept that space taken until the app was closed. With it, the next write after the checkpoint
 * cuts the file back. 16 MB is four times what a normal checkpoint (1,000 pages) leaves.
 */
export const WAL_KEPT_BYTES = 16 * 1024 * 1024;

export function openStore(path: string, options: OpenOptions = {}): Store {
  let db: Store | undefined;
  try {
    if (path !== ':memory:') createPrivately(path);
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    // WAL lets the UI read while a sync writes; FULL makes a committed transaction survive a
    // power cut, which matters more here than write speed: the delegate's notes live here.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`journal_size_limit = ${WAL_KEPT_BYTES}`);
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? APP_WAIT_MS))}`);
    migrate(db, undefined, options.migrateUpTo);
    return db;
  } catch (error) {
    db?.close();
    throw asDeskError(error, `Could not open the data file ${path}`);
  }
}

/**
 * A new data file, and the folders made for it, are the delegate's alone (owner-only, as the
 * backups beside it are): the file holds national positions, and on a shared machine a folder
 * such as ~/.config is often readable by every user. SQLite gives the WAL and its index the data
 * file's permissions, so they follow. An existing file and existing folders are left as they are:
 * the delegate or their administrator may have set them so on purpose. (Windows ignores the modes;
 * the per-user AppData folder is private there already.)
 */
function createPrivately(path: string): void {
  makeFolders(dirname(path), 0o700);
  try {
    closeSync(openSync(path, 'wx', 0o600)); // SQLite takes an empty file as a new database
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Leaves the file tidy: WAL folded back into the main file, statistics refreshed. Tidying is a
 * courtesy: when another program is using the store at that moment (a second command line, the
 * app), it is left for later rather than turning work already done into a reported failure.
 */
export function closeStore(db: Store): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    if (!String((error as { code?: string }).code ?? '').startsWith('SQLITE_BUSY')) throw error;
  } finally {
    db.close();
  }
}

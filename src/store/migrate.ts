// Brings a store up to the newest schema, one migration at a time, each in its own transaction,
// recording progress in PRAGMA user_version. A store written by a newer app is refused rather
// than guessed at.
import type { Database } from 'better-sqlite3';
import { DeskError } from '../desk-error';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { inWriteTransaction } from './transactions';

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, upTo = Infinity): number {
  const current = schemaVersion(db);
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new DeskError(
      'failed',
      `this data file was written by a newer version of Delegate Desk (schema ${current}; this app knows up to ${newest}). Update the app to open it.`,
    );
  }
  for (const m of migrations) {
    if (m.version <= current || m.version > upTo) continue;
    // Two programs can open a new store at the same moment (the app and a command line, or two
    // command lines): both read an old version above, and the second would run a step the first
    // has just taken ("duplicate column"). So each step takes the write lock first (IMMEDIATE)
    // and reads the version again under it. A store that is up to date never gets here, so
    // opening it never waits for another program's write.
    inWriteTransaction(db, () => {
      if (schemaVersion(db) >= m.version) return;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    });
  }
  return schemaVersion(db);
}

function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

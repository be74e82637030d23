// Brings a store up to the newest schema, one migration at a time, each in its own transaction,
// recording progress in PRAGMA user_version. A store written by a newer app is refused rather
// than guessed at.
import type { Database } from 'better-sqlite3';
import { DeskError } from '../desk-error';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, upTo = Infinity): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new DeskError(
      'failed',
      `this data file was written by a newer version of Delegate Desk (schema ${current}; this app knows up to ${newest}). Update the app to open it.`,
    );
  }
  for (const m of migrations) {
    if (m.version <= current || m.version > upTo) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

// The two ways the core begins a transaction. A test checks that no other file of the core calls
// db.transaction itself. Nested calls become savepoints of the outer transaction.

import type { Store } from './open';

/**
 * For work that may write: takes the write lock as it begins (BEGIN IMMEDIATE).
 *
 * Why: in WAL mode a transaction begun the default way (DEFERRED) first reads, and only asks for
 * the write lock at its first write. If another program (the app, a second command line, a sync)
 * holds that lock at that moment, SQLite cannot wait for it, because this transaction already
 * reads an older state of the file: it fails at once with SQLITE_BUSY, and the delegate's save or
 * export fails with "in use by another program". A transaction that asks for the lock first
 * waits for it (busy_timeout, set in open.ts) and then goes ahead.
 */
export function inWriteTransaction<T>(db: Store, work: () => T): T {
  return db.transaction(work).immediate();
}

/**
 * For reads that must agree with each other (a pack: the records and their histories): every
 * statement sees the store as it was at the first, whatever another program writes meanwhile.
 * WAL lets that program write without waiting. `work` must only read: a write in here would be
 * the deferred case above.
 */
export function inOneSnapshot<T>(db: Store, work: () => T): T {
  return db.transaction(work).deferred();
}

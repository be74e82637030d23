// Every transaction that may write takes the write lock as it begins (BEGIN IMMEDIATE).
//
// Why: in WAL mode a transaction begun the default way (DEFERRED) first reads, and only asks for
// the write lock at its first write. If another program (the app, a second command line, a sync)
// holds that lock at that moment, SQLite cannot wait for it, because this transaction already
// reads an older state of the file: it fails at once with SQLITE_BUSY, and the delegate's save or
// export fails with "the data file is in use by another program". A transaction that asks for the
// lock first waits for it (busy_timeout, set in open.ts) and then goes ahead.
//
// So transactions are begun here only; a test checks that no other file of the core calls
// db.transaction itself. Nested calls become savepoints of the outer transaction, as before.
import type { Store } from './open';

export function inWriteTransaction<T>(db: Store, work: () => T): T {
  return db.transaction(work).immediate();
}

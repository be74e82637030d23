// Prepared statements kept per store and SQL text. Preparing costs more than running a small
// statement, and the local-record paths (a pack import writes tens of thousands of records) run
// the same few statements over and over.
import type { Statement } from 'better-sqlite3';
import type { Store } from './open';

const cache = new WeakMap<Store, Map<string, Statement>>();

export function prepared(db: Store, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

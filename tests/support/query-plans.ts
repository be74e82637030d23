// How SQLite plans the statements a function runs, on a store whose statistics say it is large.
// Closing a store runs PRAGMA optimize, which writes such statistics (sqlite_stat1); with them the
// planner may pick another plan than on a store never closed, and a lookup by an index can turn
// into a scan of a whole table. The figures are those closing left on the benchmark's store:
// 20,000 papers, 2,000 meetings, 30,000 agenda items, 5,000 contacts, one feed of 57 pages.
import type { Statement } from 'better-sqlite3';
import type { Store } from '../../src/store/open';

const LARGE_STORE: [table: string, index: string, stat: string][] = [
  ['agenda_item_documents', 'agenda_item_documents_by_document', '45255 3'],
  ['agenda_item_documents', 'sqlite_autoindex_agenda_item_documents_1', '45255 3 1'],
  ['agenda_items', 'agenda_items_by_meeting', '30000 15 1'],
  ['agenda_items', 'sqlite_autoindex_agenda_items_1', '30000 1'],
  ['attachments', 'sqlite_autoindex_attachments_1', '5982 1 1'],
  ['contacts', 'sqlite_autoindex_contacts_1', '5000 1'],
  ['document_revisions', 'sqlite_autoindex_document_revisions_1', '20000 1 1'],
  ['documents', 'documents_by_date', '20000 6'],
  ['documents', 'sqlite_autoindex_documents_1', '20000 1'],
  ['feed_pages', 'sqlite_autoindex_feed_pages_1', '57 57 1'],
  ['meetings', 'meetings_by_start', '2000 2'],
  ['meetings', 'sqlite_autoindex_meetings_1', '2000 1'],
];

/** Gives the store the statistics of a large one, as if closing it had analysed it. */
export function withStatisticsOfALargeStore(db: Store): void {
  db.exec('ANALYZE'); // makes sqlite_stat1
  db.exec('DELETE FROM sqlite_stat1');
  const insert = db.prepare('INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)');
  for (const row of LARGE_STORE) insert.run(...row);
  db.exec('ANALYZE sqlite_schema'); // loads them into the planner
}

/** The plan of every statement `run` executes on the store it is handed (one line per step). */
export function plansOf(db: Store, run: (db: Store) => unknown): { sql: string; plan: string[] }[] {
  const executed: { sql: string; args: unknown[] }[] = [];
  const watch = (statement: Statement, sql: string): Statement =>
    new Proxy(statement, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (typeof value !== 'function') return value;
        if (key === 'all' || key === 'get' || key === 'run' || key === 'iterate') {
          return (...args: unknown[]) => {
            executed.push({ sql, args });
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        // pluck(), raw(), expand()... hand back the statement itself: keep watching it.
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result === target ? watch(target, sql) : result;
        };
      },
    });
  const watched = new Proxy(db, {
    get(target, key) {
      if (key === 'prepare') return (sql: string) => watch(target.prepare(sql), sql);
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  run(watched);
  return executed.map(({ sql, args }) => ({
    sql,
    plan: (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((row) => row.detail),
  }));
}

/** The steps that read a whole table (or a whole index of it) of those named, by alias or name. */
export function scansOf(plans: { plan: string[] }[], tables: readonly string[]): string[] {
  return plans.flatMap((p) => p.plan).filter((step) => tables.some((t) => new RegExp(`^SCAN ${t}\\b`).test(step)));
}

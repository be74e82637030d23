import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import type { Store } from '../open';
import { MIGRATIONS } from './index';
import { dumpTables, filledStoreAt } from './migration-fixtures';

let db: Store;

beforeEach(() => {
  db = filledStoreAt(9);
});

afterEach(() => {
  db.close();
});

describe('migration 010: archived records', () => {
  it('keeps every row and finds the archived records of each kind through an index of them alone', () => {
    const before = dumpTables(db);
    expect(migrate(db, MIGRATIONS, 10)).toBe(10);
    expect(dumpTables(db)).toEqual(before);
    for (const table of ['documents', 'meetings', 'agenda_items', 'contacts']) {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT key FROM ${table} WHERE archived_at IS NOT NULL`)
        .all()
        .map((row) => (row as { detail: string }).detail)
        .join('\n');
      expect(plan).toMatch(new RegExp(`USING (COVERING )?INDEX ${table}_archived`));
    }
  });
});

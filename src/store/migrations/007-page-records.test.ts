import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { openStore, type Store } from '../open';
import { MIGRATIONS } from './index';
import { dumpTables, fillSchema1, fillSchema2, schemaObjects } from './migration-fixtures';

let db: Store;

beforeEach(() => {
  // Schema 6 as a delegate leaves it: records from schema 2 carried through migrations 5 and 6.
  db = openStore(':memory:', { migrateUpTo: 4 });
  fillSchema1(db);
  fillSchema2(db);
  migrate(db, MIGRATIONS, 6);
});

afterEach(() => {
  db.close();
});

describe('migration 007: page records', () => {
  it('keeps every row of every table; cached pages only gain an empty records column', () => {
    const before = dumpTables(db);
    const schema = schemaObjects(db).filter((o) => o.tbl_name !== 'feed_pages');
    expect(migrate(db, MIGRATIONS, 7)).toBe(7);
    const after = dumpTables(db);
    expect(before.feed_pages!.length).toBeGreaterThan(0);
    for (const [table, rows] of Object.entries(before)) {
      expect(after[table], table).toEqual(table === 'feed_pages' ? rows.map((r) => ({ ...r, records: null })) : rows);
    }
    for (const object of schema) expect(schemaObjects(db)).toContainEqual(object);
  });
});

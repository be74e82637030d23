import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import type { Store } from '../open';
import { MIGRATIONS } from './index';
import { dumpTables, filledStoreAt } from './migration-fixtures';

let db: Store;

beforeEach(() => {
  db = filledStoreAt(7);
});

afterEach(() => {
  db.close();
});

const setting = (key: string) => db.prepare('SELECT v FROM search_index_config WHERE k = ?').pluck().get(key);
const found = (q: string) => db.prepare('SELECT ref FROM search_index WHERE search_index MATCH ? ORDER BY rowid').pluck().all(q);

describe('migration 008: search index merging', () => {
  it('turns automatic merging off and keeps every row and every search result', () => {
    const before = { rows: dumpTables(db), incident: found('incident'), all: db.prepare('SELECT count(*) FROM search_index').pluck().get() };
    expect(setting('automerge')).toBeUndefined();
    expect(migrate(db, MIGRATIONS, 8)).toBe(8);
    expect(setting('automerge')).toBe(0);
    const { search_index_config: _c1, ...rows } = dumpTables(db);
    const { search_index_config: _c2, ...rowsBefore } = before.rows;
    expect(rows).toEqual(rowsBefore);
    expect(found('incident')).toEqual(before.incident);
    expect(db.prepare('SELECT count(*) FROM search_index').pluck().get()).toBe(before.all);
  });
});

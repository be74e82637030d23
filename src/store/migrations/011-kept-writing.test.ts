import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import type { Store } from '../open';
import { MIGRATIONS } from './index';
import { dumpTables, filledStoreAt } from './migration-fixtures';

let db: Store;

beforeEach(() => {
  db = filledStoreAt(10);
});

afterEach(() => {
  db.close();
});

describe('migration 011: kept writing', () => {
  it('adds an empty table for unsaved text and keeps every earlier row', () => {
    const before = dumpTables(db);
    expect(migrate(db, MIGRATIONS, 11)).toBe(11);
    const { kept_writing: kept, ...after } = dumpTables(db);
    expect(after).toEqual(before);
    expect(kept).toEqual([]);
    db.prepare("INSERT INTO kept_writing (place, session, body, updated_at) VALUES ('note:n1', 's1', 'text', '2026-12-06T00:00:00Z')").run();
    expect(db.prepare('SELECT count(*) FROM kept_writing').pluck().get()).toBe(1);
  });
});

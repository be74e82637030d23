import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import type { Store } from '../open';
import { MIGRATIONS } from './index';
import { dumpTables, filledStoreAt } from './migration-fixtures';

let db: Store;

beforeEach(() => {
  db = filledStoreAt(8);
});

afterEach(() => {
  db.close();
});

describe('migration 009: position drafts', () => {
  it('adds an empty table for drafts and keeps every earlier row', () => {
    const before = dumpTables(db);
    expect(migrate(db, MIGRATIONS, 9)).toBe(9);
    const { position_drafts: drafts, ...after } = dumpTables(db);
    expect(after).toEqual(before);
    expect(drafts).toEqual([]);
    db.prepare("INSERT INTO position_drafts (agenda_item_id, fields, base_updated_at, updated_at) VALUES ('a1', '{}', NULL, '2026-12-06T00:00:00Z')").run();
    expect(db.prepare('SELECT count(*) FROM position_drafts').pluck().get()).toBe(1);
  });
});

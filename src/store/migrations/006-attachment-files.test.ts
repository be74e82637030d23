import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { openStore, type Store } from '../open';
import { MIGRATIONS } from './index';
import { dumpTables, fillSchema1, fillSchema2, insert, schemaObjects } from './migration-fixtures';

let db: Store;

beforeEach(() => {
  // Schema 5 as a delegate leaves it: records from schema 2 carried through migration 5.
  db = openStore(':memory:', { migrateUpTo: 4 });
  fillSchema1(db);
  fillSchema2(db);
  migrate(db, MIGRATIONS, 5);
});

afterEach(() => {
  db.close();
});

const SHA = 'a'.repeat(64);

describe('migration 006: attachment files', () => {
  it('keeps every row of every table; subscriptions, annotations and anchors only gain columns', () => {
    const before = dumpTables(db);
    const schema = schemaObjects(db).filter((o) => !['feed_subscriptions', 'annotations', 'annotation_anchors'].includes(o.tbl_name as string));
    expect(migrate(db, MIGRATIONS, 6)).toBe(6);
    const after = dumpTables(db);
    for (const [table, rows] of Object.entries(before)) {
      if (table === 'feed_subscriptions') {
        expect(after[table]).toEqual(rows.map((r) => ({ ...r, attachment_policy: 'upcoming', attachment_budget_bytes: 524_288_000 })));
      } else if (table === 'annotations') {
        expect(after[table]).toEqual(rows.map((r) => ({ ...r, file: null })));
      } else if (table === 'annotation_anchors') {
        expect(after[table]).toEqual(rows.map((r) => ({ ...r, sha256: null, page: null })));
      } else {
        expect(after[table], table).toEqual(rows);
      }
    }
    expect(before.annotations!.length).toBeGreaterThan(0);
    expect(before.annotation_anchors!.length).toBeGreaterThan(0);
    const afterSchema = schemaObjects(db);
    for (const object of schema) expect(afterSchema).toContainEqual(object);
  });

  it('indexes the pages of a PDF for search, and forgets them with the text', () => {
    migrate(db, MIGRATIONS, 6);
    insert(db, 'file_texts', { sha256: SHA, status: 'extracted', page_count: 2, updated_at: '2027-01-01T00:00:00Z' });
    insert(db, 'pdf_pages', { sha256: SHA, page: 1, start: 0, text: 'Incident notification thresholds' });
    insert(db, 'pdf_pages', { sha256: SHA, page: 2, start: 34, text: 'Χρονοδιάγραμμα κοινοποίησης' });
    const find = (q: string) =>
      db.prepare(`SELECT ref FROM search_index WHERE search_index MATCH ? AND kind = 'pdf_page'`).pluck().all(q);
    expect(find('thresholds')).toEqual([`${SHA}#1`]);
    expect(find('κοινοποίησης')).toEqual([`${SHA}#2`]);
    db.prepare(`UPDATE pdf_pages SET text = 'replaced words' WHERE page = 1`).run();
    expect(find('thresholds')).toEqual([]);
    expect(find('replaced')).toEqual([`${SHA}#1`]);
    db.prepare('DELETE FROM file_texts').run();
    expect(db.prepare('SELECT count(*) FROM pdf_pages').pluck().get()).toBe(0);
    expect(find('replaced OR κοινοποίησης')).toEqual([]);
  });

  it('names a stored file by its sha256 only, and a stored copy always says which file', () => {
    migrate(db, MIGRATIONS, 6);
    expect(() => insert(db, 'stored_files', { sha256: '../../etc/passwd', size_in_bytes: 1, mime_type: 'application/pdf', stored_at: 'x' })).toThrow(/CHECK/);
    expect(() => insert(db, 'stored_files', { sha256: 'A'.repeat(64), size_in_bytes: 1, mime_type: 'application/pdf', stored_at: 'x' })).toThrow(/CHECK/);
    expect(() => insert(db, 'attachment_copies', { document_id: 'd', url: 'u', state: 'stored', updated_at: 'x' })).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE feed_subscriptions SET attachment_policy = 'sometimes'`).run()).toThrow(/CHECK/);
  });
});

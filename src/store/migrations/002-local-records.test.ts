import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { openStore, type Store } from '../open';
import { MIGRATIONS } from './index';
import { T0, T1, dumpTables, fillSchema1, insert, schemaObjects } from './migration-fixtures';



let db: Store;

beforeEach(() => {
  db = openStore(':memory:', { migrateUpTo: 1 });
  fillSchema1(db);
});

afterEach(() => {
  db.close();
});

describe('migration 002: local records', () => {
  it('starts from schema 1 with every table filled', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const before = dumpTables(db);
    expect(Object.keys(before)).toHaveLength(11);
    for (const [table, rows] of Object.entries(before)) expect(rows.length, table).toBeGreaterThan(0);
  });

  it('keeps every row of every feed table, and their schema, unchanged', () => {
    const rows = dumpTables(db);
    const schema = schemaObjects(db);
    expect(migrate(db, MIGRATIONS, 2)).toBe(2);
    const after = dumpTables(db);
    for (const [table, before] of Object.entries(rows)) expect(after[table], table).toEqual(before);
    const afterSchema = schemaObjects(db);
    for (const object of schema) expect(afterSchema).toContainEqual(object);
  });

  it('sets user_version to 2 and adds the four local tables, empty', () => {
    const before = Object.keys(dumpTables(db));
    migrate(db, MIGRATIONS, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const after = dumpTables(db);
    expect(Object.keys(after).filter((t) => !before.includes(t)).sort()).toEqual(['annotations', 'notes', 'positions', 'read_state']);
    for (const t of ['annotations', 'notes', 'positions', 'read_state']) expect(after[t], t).toEqual([]);
  });

  describe('the local tables', () => {
    beforeEach(() => {
      migrate(db, MIGRATIONS, 2);
    });

    it('fill their defaults: an anchored yellow annotation with no note, a position with status none', () => {
      insert(db, 'annotations', {
        id: 'ann-1', document_id: 'cg-2026-01', revision: 2, exact: 'notification thresholds', created_at: T1, updated_at: T1,
      });
      expect(db.prepare(`SELECT prefix, suffix, note, color, tags, status, start, end FROM annotations`).get()).toEqual({
        prefix: '', suffix: '', note: '', color: 'yellow', tags: '[]', status: 'anchored', start: null, end: null,
      });
      insert(db, 'positions', { id: 'pos-1', agenda_item_id: 'plenary-41-3b', created_at: T1, updated_at: T1 });
      expect(db.prepare(`SELECT status, line_to_take, red_lines, owner, due_date FROM positions`).get()).toEqual({
        status: 'none', line_to_take: '', red_lines: '', owner: '', due_date: null,
      });
    });

    it('accept only the allowed annotation statuses', () => {
      const annotation = (id: string, status: string) => ({
        id, document_id: 'cg-2026-01', revision: 2, exact: 'Scope', status, created_at: T1, updated_at: T1,
      });
      insert(db, 'annotations', annotation('a-anchored', 'anchored'));
      insert(db, 'annotations', annotation('a-orphaned', 'orphaned'));
      expect(() => insert(db, 'annotations', annotation('a-lost', 'lost'))).toThrow(/CHECK constraint failed/);
    });

    it('accept only the allowed position statuses, and one position per agenda item', () => {
      ['none', 'draft', 'in_coordination', 'approved'].forEach((status, i) =>
        insert(db, 'positions', { id: `p-${i}`, agenda_item_id: `item-${i}`, status, created_at: T1, updated_at: T1 }),
      );
      expect(() =>
        insert(db, 'positions', { id: 'p-x', agenda_item_id: 'item-x', status: 'final', created_at: T1, updated_at: T1 }),
      ).toThrow(/CHECK constraint failed/);
      expect(() =>
        insert(db, 'positions', { id: 'p-y', agenda_item_id: 'item-0', created_at: T1, updated_at: T1 }),
      ).toThrow(/UNIQUE constraint failed: positions.agenda_item_id/);
    });

    it('accept notes only on meetings, agenda items, documents and contacts', () => {
      ['meeting', 'agenda_item', 'document', 'contact'].forEach((subject_type, i) =>
        insert(db, 'notes', { id: `n-${i}`, subject_type, subject_id: 'x', body: 'Call the SPOC first.', created_at: T1, updated_at: T1 }),
      );
      expect(() =>
        insert(db, 'notes', { id: 'n-x', subject_type: 'work_stream', subject_id: 'ws-5g', created_at: T1, updated_at: T1 }),
      ).toThrow(/CHECK constraint failed/);
    });

    it('keep one read state per document', () => {
      insert(db, 'read_state', { document_id: 'cg-2026-01', revision: 1, read_at: T0 });
      expect(() => insert(db, 'read_state', { document_id: 'cg-2026-01', revision: 2, read_at: T1 })).toThrow(/UNIQUE constraint failed/);
    });

    it('point at feed records by id only, so they outlive the records they describe', () => {
      insert(db, 'annotations', { id: 'ann-1', document_id: 'cg-2026-01', revision: 2, exact: 'Scope', created_at: T1, updated_at: T1 });
      insert(db, 'positions', { id: 'pos-1', agenda_item_id: 'plenary-41-3b', created_at: T1, updated_at: T1 });
      insert(db, 'notes', { id: 'note-1', subject_type: 'meeting', subject_id: 'plenary-41', body: 'Bring the toolbox.', created_at: T1, updated_at: T1 });
      insert(db, 'read_state', { document_id: 'cg-2026-01', revision: 2, read_at: T1 });
      insert(db, 'annotations', { id: 'ann-2', document_id: 'never-published', revision: 1, exact: 'x', created_at: T1, updated_at: T1 });

      db.prepare(`DELETE FROM documents WHERE id = 'cg-2026-01'`).run();
      db.prepare(`DELETE FROM meetings WHERE id = 'plenary-41'`).run();

      for (const t of ['annotations', 'positions', 'notes', 'read_state']) {
        expect(db.pragma(`foreign_key_list(${t})`), t).toEqual([]);
      }
      expect(db.prepare(`SELECT id FROM annotations ORDER BY id`).pluck().all()).toEqual(['ann-1', 'ann-2']);
      expect(db.prepare(`SELECT count(*) FROM positions`).pluck().get()).toBe(1);
      expect(db.prepare(`SELECT count(*) FROM notes`).pluck().get()).toBe(1);
      expect(db.prepare(`SELECT count(*) FROM read_state`).pluck().get()).toBe(1);
    });
  });
});

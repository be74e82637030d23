import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { openStore, type Store } from '../open';
import { MIGRATIONS } from './index';
import { T1, dumpTables, fillSchema1, fillSchema2, insert, schemaObjects } from './migration-fixtures';

let db: Store;

beforeEach(() => {
  db = openStore(':memory:', { migrateUpTo: 4 });
  fillSchema1(db);
  fillSchema2(db);
  insert(db, 'settings', { key: 'delegationCountry', value: '"FR"' });
});

afterEach(() => {
  db.close();
});

function indexed(kind: string, query: string): string[] {
  return db
    .prepare(`SELECT ref FROM search_index WHERE search_index MATCH ? AND kind = ? ORDER BY ref`)
    .pluck()
    .all(query, kind) as string[];
}

describe('migration 005: delegate work', () => {
  it('starts from schema 4 with every table filled', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    for (const [table, rows] of Object.entries(dumpTables(db))) expect(rows.length, table).toBeGreaterThan(0);
  });

  it('keeps every row of every table; the local tables gain their new columns and annotations lose only status', () => {
    const before = dumpTables(db);
    const schema = schemaObjects(db).filter((o) => !['annotations', 'positions', 'notes'].includes(o.tbl_name as string));
    expect(migrate(db, MIGRATIONS, 5)).toBe(5);
    const after = dumpTables(db);
    for (const [table, rows] of Object.entries(before)) {
      if (table === 'annotations') {
        expect(after[table]).toEqual(rows.map(({ status, ...rest }) => ({ ...rest, deleted_at: null })));
      } else if (table === 'positions') {
        expect(after[table]).toEqual(rows.map((r) => ({ ...r, deleted_at: null, speaking_points_text: r.speaking_points })));
      } else if (table === 'notes') {
        expect(after[table]).toEqual(rows.map((r) => ({ ...r, deleted_at: null })));
      } else {
        expect(after[table], table).toEqual(rows);
      }
    }
    const afterSchema = schemaObjects(db);
    for (const object of schema) expect(afterSchema).toContainEqual(object);
    expect(Object.keys(after).filter((t) => !(t in before)).sort()).toEqual(['annotation_anchors', 'local_versions', 'statements']);
  });

  it('places every existing annotation as it was: anchored ones where they were, orphaned ones orphaned', () => {
    migrate(db, MIGRATIONS, 5);
    expect(db.prepare(`SELECT annotation_id, revision, start, end, status, method FROM annotation_anchors ORDER BY annotation_id`).all()).toEqual([
      { annotation_id: 'ann-orphan', revision: 1, start: null, end: null, status: 'orphaned', method: null },
      { annotation_id: 'ann-thresholds', revision: 2, start: 15, end: 38, status: 'anchored', method: 'position' },
    ]);
  });

  describe('after migrating', () => {
    beforeEach(() => {
      migrate(db, MIGRATIONS, 5);
    });

    it('keeps the search index as it was, positions read through their speaking points text', () => {
      expect(indexed('annotation', 'transposition')).toEqual(['ann-thresholds']);
      expect(indexed('position', 'sectoral')).toEqual(['pos-3b']);
      expect(indexed('note', 'Berlaymont')).toEqual(['note-plenary']);
    });

    it('indexes the text of rich speaking points, not their markup', () => {
      db.prepare(`UPDATE positions SET speaking_points = '<ul><li><strong>Insist</strong></li></ul>', speaking_points_text = 'Insist'`).run();
      expect(indexed('position', 'insist')).toEqual(['pos-3b']);
      expect(indexed('position', 'strong')).toEqual([]);
      expect(indexed('position', 'sectoral')).toEqual([]);
    });

    it('leaves deleted records out of the index, and brings them back when restored', () => {
      for (const [table, kind, query, id] of [
        ['annotations', 'annotation', 'transposition', 'ann-thresholds'],
        ['positions', 'position', 'sectoral', 'pos-3b'],
        ['notes', 'note', 'Berlaymont', 'note-plenary'],
      ] as const) {
        db.prepare(`UPDATE ${table} SET deleted_at = ? WHERE id = ?`).run(T1, id);
        expect(indexed(kind, query), table).toEqual([]);
        db.prepare(`UPDATE ${table} SET deleted_at = NULL WHERE id = ?`).run(id);
        expect(indexed(kind, query), table).toEqual([id]);
      }
      insert(db, 'notes', { id: 'note-gone', subject_type: 'meeting', subject_id: 'plenary-41', body: 'Shredded', created_at: T1, updated_at: T1, deleted_at: T1 });
      expect(indexed('note', 'Shredded')).toEqual([]);
    });

    it('keeps one statement per speaker per agenda item, with the five stances only', () => {
      const statement = (id: string, speaker: string, stance: string) => ({
        id, agenda_item_id: 'plenary-41-3b', speaker, stance, created_at: T1, updated_at: T1,
      });
      ['support', 'against', 'reservation', 'scrutiny_reservation', 'no_view'].forEach((stance, i) =>
        insert(db, 'statements', statement(`s-${i}`, ['DE', 'NL', 'COM', 'ENISA', 'EEAS'][i]!, stance)),
      );
      expect(() => insert(db, 'statements', statement('s-x', 'IT', 'abstain'))).toThrow(/CHECK constraint failed/);
      expect(() => insert(db, 'statements', statement('s-y', 'DE', 'against'))).toThrow(/UNIQUE constraint failed/);
    });

    it('keeps a version once per record and content, so the same import twice adds nothing', () => {
      const version = { record_type: 'position', record_id: 'pos-3b', body: '{}', body_hash: 'h1', saved_at: T1, origin: 'saved' };
      insert(db, 'local_versions', version);
      expect(() => insert(db, 'local_versions', { ...version, origin: 'imported' })).toThrow(/UNIQUE constraint failed/);
      expect(() => insert(db, 'local_versions', { ...version, body_hash: 'h2', record_type: 'contact' })).toThrow(/CHECK constraint failed/);
    });

    it('drops an anchor with its annotation, and refuses an anchored one without a place', () => {
      expect(() =>
        insert(db, 'annotation_anchors', { annotation_id: 'ann-orphan', revision: 2, status: 'anchored', placed_at: T1 }),
      ).toThrow(/constraint failed/);
      db.prepare(`DELETE FROM annotations WHERE id = 'ann-thresholds'`).run();
      expect(db.prepare(`SELECT annotation_id FROM annotation_anchors`).pluck().all()).toEqual(['ann-orphan']);
    });
  });
});

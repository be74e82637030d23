import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { openStore, type Store } from '../open';
import { MIGRATIONS } from './index';
import { T0, T1, dumpTables, fillSchema1, fillSchema2, insert, schemaObjects, type Row } from './migration-fixtures';


const T2 = '2026-11-20T16:45:00Z';

/** The ids of the records of one kind whose index entry matches an FTS5 query. */
function find(db: Store, kind: string, query: string): string[] {
  return db
    .prepare(`SELECT ref FROM search_index WHERE search_index MATCH ? AND kind = ? ORDER BY ref`)
    .pluck()
    .all(query, kind) as string[];
}

/** How many index rows one record has (it must never have two). */
function entries(db: Store, kind: string, ref: string): number {
  return db.prepare(`SELECT count(*) FROM search_index WHERE kind = ? AND ref = ?`).pluck().get(kind, ref) as number;
}

let db: Store;

beforeEach(() => {
  db = openStore(':memory:', { migrateUpTo: 2 });
  fillSchema1(db);
  fillSchema2(db);
});

afterEach(() => {
  db.close();
});

describe('migration 003: search index', () => {
  it('starts from schema 2 with every table filled', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const before = dumpTables(db);
    expect(Object.keys(before)).toHaveLength(15);
    for (const [table, rows] of Object.entries(before)) expect(rows.length, table).toBeGreaterThan(0);
  });

  it('keeps every row of every table, and their schema, unchanged', () => {
    const rows = dumpTables(db);
    const schema = schemaObjects(db);
    expect(migrate(db, MIGRATIONS, 3)).toBe(3);
    const after = dumpTables(db);
    for (const [table, before] of Object.entries(rows)) expect(after[table], table).toEqual(before);
    expect(Object.keys(after).filter((t) => !(t in rows))).toEqual(['search_index']);
    const afterSchema = schemaObjects(db);
    for (const object of schema) expect(afterSchema).toContainEqual(object);
  });

  it('sets user_version to 3 and adds the index with an insert, update and delete trigger per indexed table', () => {
    migrate(db, MIGRATIONS, 3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const sql = db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'search_index'`).pluck().get() as string;
    expect(sql).toMatch(/USING fts5/);
    expect(sql).toMatch(/remove_diacritics 2/);
    const triggers = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).pluck().all();
    const tables = ['agenda_items', 'annotations', 'contacts', 'documents', 'meetings', 'notes', 'positions'];
    expect(triggers).toEqual(tables.flatMap((t) => [`${t}_index_delete`, `${t}_index_insert`, `${t}_index_update`]));
  });

  describe('back-fills the index', () => {
    beforeEach(() => {
      migrate(db, MIGRATIONS, 3);
    });

    it('with one entry per existing record, addressed as key * 8 + kind code', () => {
      const rows = db.prepare(`SELECT rowid, kind, ref FROM search_index ORDER BY rowid`).all() as { rowid: number; kind: string; ref: string }[];
      const expected = (
        [
          ['documents', 'document', 1],
          ['meetings', 'meeting', 2],
          ['agenda_items', 'agenda_item', 3],
          ['contacts', 'contact', 4],
          ['annotations', 'annotation', 5],
          ['positions', 'position', 6],
          ['notes', 'note', 7],
        ] as const
      ).flatMap(([table, kind, code]) =>
        (db.prepare(`SELECT key, id FROM ${table}`).all() as { key: number; id: string }[]).map((r) => ({
          rowid: r.key * 8 + code,
          kind,
          ref: r.id,
        })),
      );
      expect(rows).toEqual(expected.sort((a, b) => a.rowid - b.rowid));
      expect(rows).toHaveLength(2 + 2 + 2 + 2 + 2 + 1 + 2);
    });

    it('finds an old document by its title, its reference, its summary and the text of its current revision only', () => {
      expect(find(db, 'document', 'guidelines')).toEqual(['cg-2026-01']);
      expect(find(db, 'document', '"CG Publication 01"')).toEqual(['cg-2026-01']);
      expect(find(db, 'document', 'thresholds')).toEqual(['cg-2026-01']);
      expect(find(db, 'document', 'scope')).toEqual(['cg-2026-01']);
      // "first draft" was only in revision 1, which is no longer current.
      expect(find(db, 'document', 'draft')).toEqual([]);
    });

    it('finds old meetings, agenda items and contacts by their words', () => {
      expect(find(db, 'meeting', 'brussels')).toEqual(['plenary-41']);
      expect(find(db, 'meeting', 'presidency')).toEqual(['plenary-41']);
      expect(find(db, 'agenda_item', '"3 b"')).toEqual(['plenary-41-3b']);
      expect(find(db, 'agenda_item', 'enisa')).toEqual(['plenary-41-3b']);
      expect(find(db, 'contact', 'anssi')).toEqual(['cert-fr']);
      expect(find(db, 'contact', 'spoc')).toEqual(['cert-fr']);
      expect(find(db, 'contact', 'Министерство')).toEqual(['bg-nca']);
    });

    it("finds the delegate's old annotations, positions and notes", () => {
      expect(find(db, 'annotation', 'transposition')).toEqual(['ann-thresholds']);
      expect(find(db, 'annotation', 'decree')).toEqual(['ann-thresholds']);
      expect(find(db, 'annotation', 'orphaned')).toEqual(['ann-orphan']);
      expect(find(db, 'position', 'hour')).toEqual(['pos-3b']);
      expect(find(db, 'position', 'interior')).toEqual(['pos-3b']);
      expect(find(db, 'note', 'berlaymont')).toEqual(['note-plenary']);
      expect(find(db, 'note', 'clock')).toEqual(['note-cert']);
    });

    it('ignores accents: "reseau" finds "réseau", and prefixes work', () => {
      expect(find(db, 'document', 'reseau')).toEqual(['news-17']);
      expect(find(db, 'document', 'réseau')).toEqual(['news-17']);
      expect(find(db, 'document', 'notif*')).toEqual(['cg-2026-01']);
    });
  });

  describe('keeps the index current after the migration', () => {
    beforeEach(() => {
      migrate(db, MIGRATIONS, 3);
    });

    it('for documents: a new paper, a new revision, a new title, a deleted paper', () => {
      db.transaction(() => {
        insert(db, 'document_revisions', {
          document_id: 'cg-2026-05', seq: 1, content_text: 'Post-quantum migration roadmap.', content_hash: 'q1', received_at: T2,
        });
        insert(db, 'documents', {
          id: 'cg-2026-05', type: 'report', title: 'Cryptography report', current_revision: 1, record_hash: 'q',
          first_seen_at: T2, changed_at: T2,
        });
      })();
      expect(find(db, 'document', 'roadmap')).toEqual(['cg-2026-05']);

      db.transaction(() => {
        insert(db, 'document_revisions', {
          document_id: 'cg-2026-05', seq: 2, content_text: 'Cryptographic agility plan.', content_hash: 'q2', received_at: T2,
        });
        db.prepare(`UPDATE documents SET current_revision = 2 WHERE id = 'cg-2026-05'`).run();
      })();
      expect(find(db, 'document', 'agility')).toEqual(['cg-2026-05']);
      expect(find(db, 'document', 'roadmap')).toEqual([]);

      db.prepare(`UPDATE documents SET title = 'Telecom resilience report' WHERE id = 'cg-2026-05'`).run();
      expect(find(db, 'document', 'telecom')).toEqual(['cg-2026-05']);
      expect(find(db, 'document', 'cryptography')).toEqual([]);
      expect(entries(db, 'document', 'cg-2026-05')).toBe(1);

      db.prepare(`DELETE FROM documents WHERE id = 'cg-2026-05'`).run();
      expect(find(db, 'document', 'telecom')).toEqual([]);
      expect(entries(db, 'document', 'cg-2026-05')).toBe(0);
    });

    it('for an old document: a new revision replaces its text', () => {
      db.transaction(() => {
        insert(db, 'document_revisions', {
          document_id: 'cg-2026-01', seq: 3, content_text: 'Early warning within 24 hours.', content_hash: 'h-4', received_at: T2,
        });
        db.prepare(`UPDATE documents SET current_revision = 3 WHERE id = 'cg-2026-01'`).run();
      })();
      expect(find(db, 'document', 'warning')).toEqual(['cg-2026-01']);
      expect(find(db, 'document', 'thresholds AND scope')).toEqual([]);
      expect(entries(db, 'document', 'cg-2026-01')).toBe(1);
    });

    const cases: {
      table: string;
      kind: string;
      id: string;
      row: Row;
      word: string;
      update: string;
      newWord: string;
    }[] = [
      {
        table: 'meetings', kind: 'meeting', id: 'ws-ransom-1',
        row: {
          id: 'ws-ransom-1', title: 'Ransomware work stream', kind: 'work_stream', starts_at: '2027-03-02T10:00:00+02:00',
          location: 'Tallinn', updated_at: T2, record_hash: 'm', first_seen_at: T2, changed_at: T2,
        },
        word: 'tallinn', update: `location = 'Vilnius'`, newWord: 'vilnius',
      },
      {
        table: 'agenda_items', kind: 'agenda_item', id: 'plenary-41-5',
        row: {
          id: 'plenary-41-5', meeting_id: 'plenary-41', number: '5', ord: 6, title: 'Cyber exercise', purpose: 'information',
          description: 'Blueprint exercise results.', updated_at: T2, record_hash: 'a', first_seen_at: T2, changed_at: T2,
        },
        word: 'blueprint', update: `description = 'Tabletop scenario.'`, newWord: 'tabletop',
      },
      {
        table: 'contacts', kind: 'contact', id: 'fi-ncsc',
        row: {
          id: 'fi-ncsc', name: 'Kyberturvallisuuskeskus', roles: '["csirt"]', country: 'FI', email: 'cert@kyber.example',
          updated_at: T2, record_hash: 'c', first_seen_at: T2, changed_at: T2,
        },
        word: 'kyber', update: `email = 'ncsc@traficom.example'`, newWord: 'traficom',
      },
      {
        table: 'annotations', kind: 'annotation', id: 'ann-dora',
        row: {
          id: 'ann-dora', document_id: 'cg-2026-01', revision: 2, exact: 'Scope', note: 'Check overlap with DORA.',
          created_at: T2, updated_at: T2,
        },
        word: 'dora', update: `note = 'Lex specialis applies.'`, newWord: 'specialis',
      },
      {
        table: 'positions', kind: 'position', id: 'pos-1',
        row: {
          id: 'pos-1', agenda_item_id: 'plenary-41-1', line_to_take: 'Abstain on the deadline.', created_at: T2, updated_at: T2,
        },
        word: 'abstain', update: `line_to_take = 'Welcome harmonisation.'`, newWord: 'harmonisation',
      },
      {
        table: 'notes', kind: 'note', id: 'note-sandbox',
        row: {
          id: 'note-sandbox', subject_type: 'document', subject_id: 'cg-2026-01', body: 'Ask Estonia about the sandbox.',
          created_at: T2, updated_at: T2,
        },
        word: 'sandbox', update: `body = 'Hackathon in spring.'`, newWord: 'hackathon',
      },
    ];

    it.each(cases)('for $table: insert, update and delete', ({ table, kind, id, row, word, update, newWord }) => {
      insert(db, table, row);
      expect(find(db, kind, word)).toEqual([id]);

      db.prepare(`UPDATE ${table} SET ${update} WHERE id = ?`).run(id);
      expect(find(db, kind, newWord)).toEqual([id]);
      expect(find(db, kind, word)).toEqual([]);
      expect(entries(db, kind, id)).toBe(1);

      // A change to a column the index does not read leaves the entry alone.
      db.prepare(`UPDATE ${table} SET updated_at = ? WHERE id = ?`).run('2027-01-01T00:00:00Z', id);
      expect(find(db, kind, newWord)).toEqual([id]);
      expect(entries(db, kind, id)).toBe(1);

      db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
      expect(find(db, kind, newWord)).toEqual([]);
      expect(entries(db, kind, id)).toBe(0);
    });

    it('re-indexes an old record that is updated, and forgets an old record that is deleted', () => {
      db.prepare(`UPDATE contacts SET organisation = 'Agence nationale' WHERE id = 'cert-fr'`).run();
      expect(find(db, 'contact', 'anssi')).toEqual([]);
      expect(find(db, 'contact', 'agence')).toEqual(['cert-fr']);
      db.prepare(`DELETE FROM notes WHERE id = 'note-plenary'`).run();
      expect(find(db, 'note', 'berlaymont')).toEqual([]);
      // Deleting a meeting cascades to its agenda items, whose triggers clean their entries too.
      db.prepare(`DELETE FROM meetings WHERE id = 'plenary-41'`).run();
      expect(find(db, 'agenda_item', 'enisa')).toEqual([]);
      expect(entries(db, 'agenda_item', 'plenary-41-3b')).toBe(0);
    });
  });
});

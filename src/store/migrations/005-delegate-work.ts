// The delegate's preparation work (issue 4): deletions kept as tombstones, a version of every
// save, the tour de table, rich speaking points, and where each annotation sits in the current
// revision of its paper.
//
// - `deleted_at` on annotations, positions and notes: a delete is a change like any other, so undo
//   can restore it and a pack imported later cannot bring back what the delegate deleted.
// - `local_versions`: every saved state of a local record, as the record itself (the pack form,
//   JSON). Position history, restore, and the losing side of a pack merge all live here.
// - `statements`: the tour de table, one per speaker per agenda item.
// - `annotation_anchors`: where an annotation is placed in its paper's current revision. It is
//   worked out from the annotation's selectors, never typed by the delegate, so a sync may
//   rewrite it; the annotation row itself (quote, context, note) stays as the delegate made it.
//   This replaces the `status` column of migration 2.
// - The search index reads positions' speaking points as text (they are now HTML) and leaves
//   deleted records out.
import type { Migration } from './migration';

interface IndexedLocalKind {
  table: string;
  kind: string;
  code: number;
  body: string;
  watch: string[];
}

/** The local kinds as the search index reads them from now on (codes as in migration 3). */
const LOCAL_KINDS: IndexedLocalKind[] = [
  {
    table: 'annotations',
    kind: 'annotation',
    code: 5,
    body: "concat_ws(char(10), $.exact, $.note, replace(replace(replace($.tags, '[', ''), ']', ''), '\"', ''))",
    watch: ['exact', 'note', 'tags', 'deleted_at'],
  },
  {
    table: 'positions',
    kind: 'position',
    code: 6,
    body: 'concat_ws(char(10), $.line_to_take, $.speaking_points_text, $.red_lines, $.fallback, $.background)',
    watch: ['line_to_take', 'speaking_points_text', 'red_lines', 'fallback', 'background', 'deleted_at'],
  },
  {
    table: 'notes',
    kind: 'note',
    code: 7,
    body: '$.body',
    watch: ['body', 'deleted_at'],
  },
];

function over(expression: string, row: string): string {
  return expression.replaceAll('$.', `${row}.`);
}

function indexRow(k: IndexedLocalKind, row: string): string {
  return `INSERT INTO search_index(rowid, kind, ref, title, body)
    SELECT ${row}.key * 8 + ${k.code}, '${k.kind}', ${row}.id, '', ${over(k.body, row)} WHERE ${row}.deleted_at IS NULL;`;
}

function triggers(k: IndexedLocalKind): string {
  const changed = k.watch.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
  return `
    DROP TRIGGER ${k.table}_index_insert;
    DROP TRIGGER ${k.table}_index_update;
    CREATE TRIGGER ${k.table}_index_insert AFTER INSERT ON ${k.table} BEGIN
      ${indexRow(k, 'NEW')}
    END;
    CREATE TRIGGER ${k.table}_index_update AFTER UPDATE ON ${k.table} WHEN ${changed} BEGIN
      DELETE FROM search_index WHERE rowid = OLD.key * 8 + ${k.code};
      ${indexRow(k, 'NEW')}
    END;`;
}

export const delegateWork: Migration = {
  version: 5,
  name: 'delegate work',
  up: (db) => {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN deleted_at TEXT;
      ALTER TABLE positions ADD COLUMN deleted_at TEXT;
      ALTER TABLE notes ADD COLUMN deleted_at TEXT;

      -- Speaking points are rich text (cleaned HTML); their text is what search and exports read.
      ALTER TABLE positions ADD COLUMN speaking_points_text TEXT NOT NULL DEFAULT '';
      UPDATE positions SET speaking_points_text = speaking_points;

      CREATE TABLE annotation_anchors (
        annotation_id TEXT PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        start INTEGER,
        end INTEGER,
        status TEXT NOT NULL CHECK (status IN ('anchored', 'orphaned')),
        -- How it was placed: its recorded position still holds, the quote found as is, or found
        -- with a bounded number of differences.
        method TEXT CHECK (method IN ('position', 'exact', 'fuzzy')),
        placed_at TEXT NOT NULL,
        CHECK ((status = 'anchored') = (start IS NOT NULL AND end IS NOT NULL))
      );
      INSERT INTO annotation_anchors (annotation_id, revision, start, end, status, method, placed_at)
        SELECT id, revision,
               CASE WHEN status = 'anchored' THEN start END,
               CASE WHEN status = 'anchored' THEN end END,
               CASE WHEN status = 'anchored' AND start IS NOT NULL AND end IS NOT NULL THEN 'anchored' ELSE 'orphaned' END,
               CASE WHEN status = 'anchored' AND start IS NOT NULL AND end IS NOT NULL THEN 'position' END,
               updated_at
        FROM annotations;
      ALTER TABLE annotations DROP COLUMN status;

      CREATE TABLE statements (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        agenda_item_id TEXT NOT NULL,
        -- A Member State's two-letter code, 'COM' (the Commission), 'ENISA', 'EEAS', or an
        -- observer's name.
        speaker TEXT NOT NULL,
        stance TEXT NOT NULL CHECK (stance IN ('support', 'against', 'reservation', 'scrutiny_reservation', 'no_view')),
        comment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        UNIQUE (agenda_item_id, speaker)
      );

      CREATE TABLE local_versions (
        key INTEGER PRIMARY KEY,
        record_type TEXT NOT NULL CHECK (record_type IN ('annotation', 'position', 'note', 'statement')),
        record_id TEXT NOT NULL,
        -- The record as it was saved, in its pack form (JSON), updated_at included: so two saves
        -- never share a hash, and importing the same pack twice adds nothing the second time.
        body TEXT NOT NULL,
        body_hash TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('saved', 'imported', 'kept_from_import')),
        UNIQUE (record_type, record_id, body_hash)
      );
      CREATE INDEX local_versions_by_record ON local_versions(record_type, record_id, saved_at);
    `);
    db.exec(LOCAL_KINDS.map(triggers).join('\n'));
    // Deleted records had no way to exist before this migration; the index is right as it is,
    // but the positions' entries must read the new text column (equal to the old one here).
  },
};

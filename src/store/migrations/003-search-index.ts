// One FTS5 index over every kind of record, kept current by triggers, so that no code path that
// writes a record (sync, CLI, UI, pack import) can forget to index it.
//
// The index row of a record is addressed as key * 8 + kind code: one integer space for all kinds,
// which lets a trigger replace exactly one row without a lookup. `unicode61 remove_diacritics 2`
// makes "reseau" find "réseau"; the prefix indexes make as-you-type queries cheap.
//
// A migration is history: this file keeps its own copy of what it indexes, and a later change to
// the index is a new migration, not an edit here.
import type { Migration } from './migration';

interface IndexedKind {
  kind: string;
  code: number;
  table: string;
  /** SQL expressions over `$` (the row): NEW in a trigger, the table in the backfill. */
  title: string;
  body: string;
  /** Columns whose change re-indexes the row. */
  watch: string[];
}

const KINDS: IndexedKind[] = [
  {
    kind: 'document',
    code: 1,
    table: 'documents',
    title: "$.title || coalesce(' ' || $.reference, '')",
    body:
      "coalesce($.summary, '') || char(10) || coalesce((SELECT v.content_text FROM document_revisions v WHERE v.document_id = $.id AND v.seq = $.current_revision), '')",
    watch: ['title', 'reference', 'summary', 'current_revision'],
  },
  {
    kind: 'meeting',
    code: 2,
    table: 'meetings',
    title: '$.title',
    body: "concat_ws(' ', $.description, $.location, $.chair)",
    watch: ['title', 'description', 'location', 'chair'],
  },
  {
    kind: 'agenda_item',
    code: 3,
    table: 'agenda_items',
    title: "$.number || ' ' || $.title",
    body: "concat_ws(' ', $.description, $.lead)",
    watch: ['number', 'title', 'description', 'lead'],
  },
  {
    kind: 'contact',
    code: 4,
    table: 'contacts',
    title: '$.name',
    body: "concat_ws(' ', $.organisation, $.country, $.email, replace(replace(replace($.roles, '[', ''), ']', ''), '\"', ''))",
    watch: ['name', 'organisation', 'country', 'email', 'roles'],
  },
  {
    kind: 'annotation',
    code: 5,
    table: 'annotations',
    title: "''",
    body: "concat_ws(char(10), $.exact, $.note, replace(replace(replace($.tags, '[', ''), ']', ''), '\"', ''))",
    watch: ['exact', 'note', 'tags'],
  },
  {
    kind: 'position',
    code: 6,
    table: 'positions',
    title: "''",
    body: "concat_ws(char(10), $.line_to_take, $.speaking_points, $.red_lines, $.fallback, $.background)",
    watch: ['line_to_take', 'speaking_points', 'red_lines', 'fallback', 'background'],
  },
  {
    kind: 'note',
    code: 7,
    table: 'notes',
    title: "''",
    body: '$.body',
    watch: ['body'],
  },
];

function over(expression: string, row: string): string {
  return expression.replaceAll('$.', `${row}.`);
}

function indexRow(k: IndexedKind, row: string): string {
  return `INSERT INTO search_index(rowid, kind, ref, title, body)
    VALUES (${row}.key * 8 + ${k.code}, '${k.kind}', ${row}.id, ${over(k.title, row)}, ${over(k.body, row)});`;
}

function triggers(k: IndexedKind): string {
  const changed = k.watch.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
  return `
    CREATE TRIGGER ${k.table}_index_insert AFTER INSERT ON ${k.table} BEGIN
      ${indexRow(k, 'NEW')}
    END;
    CREATE TRIGGER ${k.table}_index_update AFTER UPDATE ON ${k.table} WHEN ${changed} BEGIN
      DELETE FROM search_index WHERE rowid = OLD.key * 8 + ${k.code};
      ${indexRow(k, 'NEW')}
    END;
    CREATE TRIGGER ${k.table}_index_delete AFTER DELETE ON ${k.table} BEGIN
      DELETE FROM search_index WHERE rowid = OLD.key * 8 + ${k.code};
    END;`;
}

function backfill(k: IndexedKind): string {
  return `INSERT INTO search_index(rowid, kind, ref, title, body)
    SELECT r.key * 8 + ${k.code}, '${k.kind}', r.id, ${over(k.title, 'r')}, ${over(k.body, 'r')} FROM ${k.table} r;`;
}

export const searchIndex: Migration = {
  version: 3,
  name: 'search index',
  up: (db) => {
    db.exec(`
      CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED,
        ref UNINDEXED,
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
      );
    `);
    for (const k of KINDS) db.exec(backfill(k) + triggers(k));
  },
};

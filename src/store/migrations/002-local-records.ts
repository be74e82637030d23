// The delegate's own records. No sync ever writes, changes or deletes a row here: they point at
// feed records by id only (no foreign key), so they outlive the records they describe.
import type { Migration } from './migration';

export const localRecords: Migration = {
  version: 2,
  name: 'local records',
  up: (db) => {
    db.exec(`
      -- Described by W3C Web Annotation selectors: a TextQuoteSelector (exact, prefix, suffix)
      -- and a TextPositionSelector (start, end) over the plain text of the revision made on.
      CREATE TABLE annotations (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        document_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        start INTEGER,
        end INTEGER,
        note TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL DEFAULT 'yellow',
        tags TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX annotations_by_document ON annotations(document_id);

      CREATE TABLE positions (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        agenda_item_id TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL DEFAULT 'none' CHECK (status IN ('none', 'draft', 'in_coordination', 'approved')),
        line_to_take TEXT NOT NULL DEFAULT '',
        speaking_points TEXT NOT NULL DEFAULT '',
        red_lines TEXT NOT NULL DEFAULT '',
        fallback TEXT NOT NULL DEFAULT '',
        background TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE notes (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        subject_type TEXT NOT NULL CHECK (subject_type IN ('meeting', 'agenda_item', 'document', 'contact')),
        subject_id TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX notes_by_subject ON notes(subject_type, subject_id);

      CREATE TABLE read_state (
        document_id TEXT PRIMARY KEY,
        revision INTEGER NOT NULL,
        read_at TEXT NOT NULL
      );
    `);
  },
};

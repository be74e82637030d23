// Text the delegate is writing and has not saved yet, outside a position (which keeps its own
// draft, migration 009): a note not yet added, a note, a highlight's note or a tour de table
// comment being written. Kept a moment after each change, with the window session that wrote it,
// so that after a crash, a killed process or a power cut the next session can offer it back
// (src/recovery/kept-writing.ts). One row per place the text is written in. Local only: no sync,
// pack or search reads it.
import type { Migration } from './migration';

export const keptWriting: Migration = {
  version: 11,
  name: 'kept writing',
  up: (db) => {
    db.exec(`
      CREATE TABLE kept_writing (
        place TEXT PRIMARY KEY,
        session TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};

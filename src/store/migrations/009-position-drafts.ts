// What the delegate is writing in a position and has not saved yet, kept as they type, so that a
// crash, a killed process or a power cut loses at most the last second of it. One row per agenda
// item; a save or a discard removes it. Local only, like the positions: no sync, pack or search
// reads it.
import type { Migration } from './migration';

export const positionDrafts: Migration = {
  version: 9,
  name: 'position drafts',
  up: (db) => {
    db.exec(`
      CREATE TABLE position_drafts (
        agenda_item_id TEXT PRIMARY KEY,
        fields TEXT NOT NULL,
        base_updated_at TEXT,
        updated_at TEXT NOT NULL
      );
    `);
  },
};

// The few feed records kept archived (the publisher deleted them; the delegate's work on them
// holds them back), found without reading every record: search counts its matches per kind
// leaving these out (src/search/search-counts.ts), and reading the 50,000 records of a large
// store to find none took 12 ms of each count. Partial indexes: they hold only archived rows, so a
// sync, which archives almost nothing, pays nothing for them.
import type { Migration } from './migration';

export const archivedRecords: Migration = {
  version: 10,
  name: 'archived records',
  up: (db) => {
    for (const table of ['documents', 'meetings', 'agenda_items', 'contacts']) {
      db.exec(`CREATE INDEX ${table}_archived ON ${table}(key) WHERE archived_at IS NOT NULL`);
    }
  },
};

// What each page of a feed held when it was last read: its records, where on the page, and the
// digest of each record's bytes exactly as published (src/feed/page-slices.ts).
//
// With it a resync recognises, on a changed page, the records it already holds byte for byte and
// leaves them unread, and a page that did not change still lends its ids to the checks across
// pages (no id twice, no record both published and deleted). One JSON array per page, written with
// the page cache: [kind, id, path, fingerprint, record hash, meeting id], the fingerprint '' when
// the page had to be read whole. NULL for pages cached before this migration: nothing known.
import type { Migration } from './migration';

export const pageRecords: Migration = {
  version: 7,
  name: 'page-records',
  up: (db) => {
    db.exec('ALTER TABLE feed_pages ADD COLUMN records TEXT');
  },
};

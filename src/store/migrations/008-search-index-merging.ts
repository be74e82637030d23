// How the search index tidies itself. FTS5 writes each transaction's words as a new segment and,
// by default ('automerge' 4), merges segments a little after every write, inside that write: a
// sync that changed 570 records spent about a third of its writing time merging index segments
// it had not touched, and a first sync about 5 % of its whole time. With automerge off, segments
// are merged only when one level holds 16 of them ('crisismerge', FTS5's default), which keeps
// their number bounded; searching a store so kept was measured as fast as one merged into a
// single segment (within 3 %, 50 queries over a 20,000-paper store).
import type { Migration } from './migration';

export const searchIndexMerging: Migration = {
  version: 8,
  name: 'search-index-merging',
  up: (db) => {
    db.prepare(`INSERT INTO search_index(search_index, rank) VALUES ('automerge', 0)`).run();
  },
};

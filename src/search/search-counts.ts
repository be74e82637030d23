// How many records of each kind a search finds, all of them, not only the best ranked: the Search
// page's kind facets. The best hundred of a search may all be of one kind (short agenda items
// with the words in their titles outrank 20,000 papers that use them), and facets counted from
// them hid the papers as if none matched.
//
// The same matches search() ranks (search.ts): archived records left out unless asked for, and a
// PDF's page counted only when a paper the store holds attaches it, with the archived state of the
// paper search() would show it in. Counting reads no stored column (the kind is in the row id), so
// it costs a few milliseconds where ranking the same matches costs tens.
import type { Store } from '../store/open';
import type { SearchCounts } from '../api/types';
import { toMatchExpression } from './match-expression';
import { KIND_CODES, SEARCH_KINDS } from './search';

export type { SearchCounts };

export const COUNTS_SQL = `
  WITH archived(rid) AS MATERIALIZED (
    SELECT key * 8 + ${KIND_CODES.document} FROM documents WHERE archived_at IS NOT NULL
    UNION ALL SELECT key * 8 + ${KIND_CODES.meeting} FROM meetings WHERE archived_at IS NOT NULL
    UNION ALL SELECT key * 8 + ${KIND_CODES.agenda_item} FROM agenda_items WHERE archived_at IS NOT NULL
    UNION ALL SELECT key * 8 + ${KIND_CODES.contact} FROM contacts WHERE archived_at IS NOT NULL
  )
  SELECT rowid % 8 AS code, count(*) AS n
  FROM search_index
  WHERE search_index MATCH :match
    AND (:archived OR rowid NOT IN (SELECT rid FROM archived))
    AND (search_index.rowid % 8 <> ${KIND_CODES.pdf_page} OR (
      SELECT CASE WHEN :archived THEN 1 ELSE x.archived_at IS NULL END
      FROM pdf_pages p JOIN attachment_copies c ON c.sha256 = p.sha256 JOIN documents x ON x.id = c.document_id
      WHERE p.key = search_index.rowid / 8
      ORDER BY c.document_id, c.url LIMIT 1) = 1)
  GROUP BY code`;

const KIND_OF_CODE = new Map(SEARCH_KINDS.map((kind) => [KIND_CODES[kind], kind]));

/** The number of matches of each kind; kinds with none are left out. */
export function countMatches(db: Store, query: string, options: { includeArchived?: boolean } = {}): SearchCounts {
  const match = toMatchExpression(query);
  if (match === null) return {};
  const counts: SearchCounts = {};
  const rows = db.prepare(COUNTS_SQL).all({ match, archived: options.includeArchived ? 1 : 0 }) as { code: number; n: number }[];
  for (const { code, n } of rows) {
    const kind = KIND_OF_CODE.get(code);
    if (kind) counts[kind] = n;
  }
  return counts;
}

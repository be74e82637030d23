// One ranked search over every kind of record: papers, meetings, agenda items, contacts and the
// delegate's own annotations, positions and notes.
import type { Store } from '../store/open';
import { toMatchExpression } from './match-expression';
import { MOST_RESULTS } from './result-limit';
import type { SearchHit, SearchOrder } from '../api/types';

export type { SearchHit, SearchOrder };

export const SEARCH_KINDS = ['document', 'meeting', 'agenda_item', 'contact', 'annotation', 'position', 'note', 'pdf_page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchOptions {
  types?: readonly SearchKind[];
  /** The best match first (the default), or the most recent first. */
  order?: SearchOrder;
  limit?: number;
  includeArchived?: boolean;
}

const OPEN = '\u0002';
const CLOSE = '\u0003';

// Two statements, because FTS5 must score every match but need not do anything else for them.
// The first ranks (bm25, title weighted above body; or by date, the newest first), filtering by
// kind through the row id alone (its low three bits, see migration 003), and then reads the title,
// archived state and place of the few best rows from the records themselves (local records borrow
// the title of what they are about), without going back to the index. Archived records are
// dropped after ranking, so it ranks a margin of extra rows. A PDF's page is shown as a hit in its
// paper (the first by id, if several papers attach the same file), with the attachment's url and
// the page, so a click opens it there. Pages of a PDF that belongs to no paper the store holds
// (its copies removed, its paper gone) are left out while ranking already, so that however many
// there are, they never crowd out a page of results; the check costs a few index lookups, for PDF
// pages only. The second statement makes the snippets of the rows shown, and of those only: a
// snippet tokenizes the whole text of its row, and the margin rows are more than the rows shown
// (the Search page shows 100 of 220 ranked; snippets for all of them made it a fifth slower).
export const KIND_CODES: Record<SearchKind, number> = {
  document: 1, meeting: 2, agenda_item: 3, contact: 4, annotation: 5, position: 6, note: 7, pdf_page: 0,
};

const KIND_OF_ROW = `CASE top.rid % 8 ${SEARCH_KINDS.map((k) => `WHEN ${KIND_CODES[k]} THEN '${k}'`).join(' ')} END`;

/**
 * The date a row is placed in time by, shown beside it and sorted by for "newest first": a paper's
 * publication (or last change), a meeting's start, the start of an agenda item's or a position's
 * meeting, a PDF page's paper's, when the delegate last wrote an annotation or a note; a contact
 * has none. Lookups by key from the row id alone, so it costs a few index reads a row: sorting the
 * 35,000 matches of a common word in the benchmark's store takes 20-30 ms, as ranking them does.
 */
const DATE_OF_ROW = (rid: string) => `CASE ${rid} % 8
    WHEN ${KIND_CODES.document} THEN (SELECT coalesce(date_published, date_modified) FROM documents WHERE key = ${rid} / 8)
    WHEN ${KIND_CODES.meeting} THEN (SELECT starts_at FROM meetings WHERE key = ${rid} / 8)
    WHEN ${KIND_CODES.agenda_item} THEN (SELECT x.starts_at FROM agenda_items i JOIN meetings x ON x.id = i.meeting_id WHERE i.key = ${rid} / 8)
    WHEN ${KIND_CODES.annotation} THEN (SELECT updated_at FROM annotations WHERE key = ${rid} / 8)
    WHEN ${KIND_CODES.position} THEN (SELECT x.starts_at FROM positions p JOIN agenda_items i ON i.id = p.agenda_item_id
      JOIN meetings x ON x.id = i.meeting_id WHERE p.key = ${rid} / 8)
    WHEN ${KIND_CODES.note} THEN (SELECT updated_at FROM notes WHERE key = ${rid} / 8)
    WHEN ${KIND_CODES.pdf_page} THEN (SELECT coalesce(x.date_published, x.date_modified) FROM pdf_pages p
      JOIN attachment_copies c ON c.sha256 = p.sha256 JOIN documents x ON x.id = c.document_id
      WHERE p.key = ${rid} / 8 ORDER BY c.document_id, c.url LIMIT 1)
  END`;

/**
 * On one date, a meeting comes before its agenda items and their positions (which all take its
 * date), and other rows after them, the latest written first. Read from the row id alone, so the
 * ranking can use it too.
 */
const SAME_DATE_RANK = `CASE rid % 8 WHEN ${KIND_CODES.meeting} THEN 0
  WHEN ${KIND_CODES.agenda_item} THEN 1 WHEN ${KIND_CODES.position} THEN 1 ELSE 2 END`;

/**
 * Each order's score and how it sorts: `rank` picks the best rows among the matches (where only
 * `score` and `rid` are known), `order` sorts the rows kept, with their records joined. bm25 is
 * better the lower. Dates go from the latest, rows without one last; on one date, a meeting's
 * agenda items follow it in the agenda's order (not the order the feed wrote them in), each
 * position right after its item.
 */
const ORDERING: Record<SearchOrder, { score: string; rank: string; order: string }> = {
  relevance: { score: 'bm25(search_index, 0.0, 0.0, 8.0, 1.0)', rank: 'score', order: 'score' },
  newest: {
    score: DATE_OF_ROW('search_index.rowid'),
    rank: `score DESC NULLS LAST, ${SAME_DATE_RANK}, rid DESC`,
    order: `score DESC NULLS LAST, ${SAME_DATE_RANK}, coalesce(i.meeting_id, pi.meeting_id),
      coalesce(i.ord, pi.ord), rid % 8 = ${KIND_CODES.position}, rid DESC`,
  },
};

const rankSql = (order: SearchOrder) => `
  WITH top AS (
    SELECT rowid AS rid, ${ORDERING[order].score} AS score
    FROM search_index
    WHERE search_index MATCH :match
      AND (:codes IS NULL OR rowid % 8 IN (SELECT value FROM json_each(:codes)))
      AND (search_index.rowid % 8 <> 0 OR EXISTS (
        SELECT 1 FROM pdf_pages p JOIN attachment_copies c ON c.sha256 = p.sha256 JOIN documents x ON x.id = c.document_id
        WHERE p.key = search_index.rowid / 8))
    ORDER BY ${ORDERING[order].rank}
    LIMIT :candidates
  ),
  hit AS (SELECT rid, score, ${KIND_OF_ROW} AS kind FROM top)
  SELECT top.rid, top.kind AS type,
    coalesce(d.id, m.id, i.id, c.id, a.id, p.id, n.id, pp.sha256 || '#' || pp.page) AS id,
    CASE top.kind
      WHEN 'document' THEN d.title
      WHEN 'meeting' THEN m.title
      WHEN 'agenda_item' THEN i.number || ' ' || i.title
      WHEN 'contact' THEN c.name
      WHEN 'annotation' THEN 'Annotation on ' || coalesce(ad.title, a.document_id)
      WHEN 'position' THEN 'Position on ' || coalesce(pi.number || ' ' || pi.title, p.agenda_item_id)
      WHEN 'note' THEN 'Note on ' || coalesce(nm.title, ni.title, nd.title, nc.name, n.subject_id)
      WHEN 'pdf_page' THEN pd.title
    END AS title,
    coalesce(d.archived_at, m.archived_at, i.archived_at, c.archived_at, pd.archived_at) IS NOT NULL AS archived,
    CASE top.kind
      WHEN 'agenda_item' THEN i.meeting_id
      WHEN 'annotation' THEN a.document_id
      WHEN 'position' THEN p.agenda_item_id
      WHEN 'note' THEN n.subject_id
      WHEN 'pdf_page' THEN pd.id
    END AS parentId,
    CASE top.kind
      WHEN 'document' THEN 'document'
      WHEN 'annotation' THEN 'document'
      WHEN 'pdf_page' THEN 'document'
      WHEN 'contact' THEN 'contact'
      WHEN 'note' THEN CASE n.subject_type WHEN 'agenda_item' THEN 'meeting' ELSE n.subject_type END
      ELSE 'meeting'
    END AS placeType,
    CASE top.kind
      WHEN 'document' THEN d.id
      WHEN 'meeting' THEN m.id
      WHEN 'contact' THEN c.id
      WHEN 'agenda_item' THEN i.meeting_id
      WHEN 'annotation' THEN a.document_id
      WHEN 'position' THEN pi.meeting_id
      WHEN 'note' THEN CASE n.subject_type WHEN 'agenda_item' THEN ni.meeting_id ELSE n.subject_id END
      WHEN 'pdf_page' THEN pd.id
    END AS placeId,
    CASE top.kind
      WHEN 'document' THEN d.reference
      WHEN 'pdf_page' THEN pd.reference
      WHEN 'meeting' THEN m.location
      WHEN 'agenda_item' THEN im.title
      WHEN 'position' THEN im.title
      WHEN 'contact' THEN nullif(concat_ws(' · ', c.organisation, c.country), '')
    END AS context,
    ${DATE_OF_ROW('top.rid')} AS date,
    pc.url AS pdfUrl, pp.sha256 AS pdfSha256, pp.page AS pdfPage
  FROM hit top
    LEFT JOIN documents d ON top.kind = 'document' AND d.key = top.rid / 8
    LEFT JOIN meetings m ON top.kind = 'meeting' AND m.key = top.rid / 8
    LEFT JOIN agenda_items i ON top.kind = 'agenda_item' AND i.key = top.rid / 8
    LEFT JOIN contacts c ON top.kind = 'contact' AND c.key = top.rid / 8
    LEFT JOIN annotations a ON top.kind = 'annotation' AND a.key = top.rid / 8
    LEFT JOIN documents ad ON ad.id = a.document_id
    LEFT JOIN positions p ON top.kind = 'position' AND p.key = top.rid / 8
    LEFT JOIN agenda_items pi ON pi.id = p.agenda_item_id
    LEFT JOIN meetings im ON im.id = CASE top.kind WHEN 'agenda_item' THEN i.meeting_id WHEN 'position' THEN pi.meeting_id END
    LEFT JOIN notes n ON top.kind = 'note' AND n.key = top.rid / 8
    LEFT JOIN meetings nm ON n.subject_type = 'meeting' AND nm.id = n.subject_id
    LEFT JOIN agenda_items ni ON n.subject_type = 'agenda_item' AND ni.id = n.subject_id
    LEFT JOIN documents nd ON n.subject_type = 'document' AND nd.id = n.subject_id
    LEFT JOIN contacts nc ON n.subject_type = 'contact' AND nc.id = n.subject_id
    LEFT JOIN pdf_pages pp ON top.kind = 'pdf_page' AND pp.key = top.rid / 8
    LEFT JOIN attachment_copies pc ON top.kind = 'pdf_page' AND pc.rowid = (
      SELECT c.rowid FROM attachment_copies c JOIN documents x ON x.id = c.document_id
      WHERE c.sha256 = pp.sha256 ORDER BY c.document_id, c.url LIMIT 1)
    LEFT JOIN documents pd ON pd.id = pc.document_id
  WHERE (top.kind <> 'pdf_page' OR pd.id IS NOT NULL)
    AND (:archived OR coalesce(d.archived_at, m.archived_at, i.archived_at, c.archived_at, pd.archived_at) IS NULL)
  ORDER BY ${ORDERING[order].order}
  LIMIT :limit`;

export const RANK_SQL: Record<SearchOrder, string> = { relevance: rankSql('relevance'), newest: rankSql('newest') };

// One walk over the matches, keeping the rows asked for: FTS5 restarts the whole query for each
// `rowid = ?`, and a last word typed as a prefix of several words ("sector" for sector and
// sectoral) makes every restart merge their lists again (measured: 300 ms instead of 10 for
// "energy sector"). The `+` keeps the list from reaching FTS5 as one lookup per row; the range
// is handed to FTS5 so it skips what lies outside.
export const SNIPPET_SQL = `
  SELECT rowid AS rid, snippet(search_index, -1, char(2), char(3), '…', 14) AS snippet
  FROM search_index
  WHERE search_index MATCH :match
    AND rowid BETWEEN :low AND :high
    AND +rowid IN (SELECT value FROM json_each(:rids))`;

interface RankedRow {
  rid: number;
  type: SearchKind;
  id: string;
  title: string | null;
  archived: number;
  parentId: string | null;
  placeType: 'document' | 'meeting' | 'contact';
  placeId: string | null;
  context: string | null;
  date: string | null;
  pdfUrl: string | null;
  pdfSha256: string | null;
  pdfPage: number | null;
}

export function search(db: Store, query: string, options: SearchOptions = {}): SearchHit[] {
  const match = toMatchExpression(query);
  if (match === null) return [];
  const limit = Math.max(1, Math.min(Number.isFinite(options.limit) ? Math.trunc(options.limit!) : 20, MOST_RESULTS));
  const rows = db.prepare(RANK_SQL[options.order ?? 'relevance']).all({
    match,
    codes: options.types && options.types.length > 0 ? JSON.stringify(options.types.map((t) => KIND_CODES[t])) : null,
    archived: options.includeArchived ? 1 : 0,
    candidates: options.includeArchived ? limit : limit * 2 + 20,
    limit,
  }) as RankedRow[];
  if (rows.length === 0) return [];
  const rids = rows.map((r) => r.rid);
  const snippets = new Map(
    (db.prepare(SNIPPET_SQL).all({ match, low: Math.min(...rids), high: Math.max(...rids), rids: JSON.stringify(rids) }) as {
      rid: number;
      snippet: string | null;
    }[]).map((s) => [s.rid, s.snippet]),
  );
  return rows.map((r) => ({
    type: r.type,
    id: r.id,
    title: r.title ?? r.id,
    ...splitHighlights(snippets.get(r.rid) ?? ''),
    archived: r.archived === 1,
    parentId: r.parentId,
    place: r.placeId === null ? null : { type: r.placeType, id: r.placeId },
    context: r.context,
    date: r.date,
    ...(r.type === 'pdf_page' ? { pdf: { url: r.pdfUrl!, sha256: r.pdfSha256!, page: r.pdfPage! } } : {}),
  }));
}

/** Turns FTS5's marked snippet into plain text plus ranges, so no caller parses markup. */
export function splitHighlights(marked: string): { snippet: string; highlights: [number, number][] } {
  let snippet = '';
  const highlights: [number, number][] = [];
  let start = -1;
  for (const ch of marked) {
    if (ch === OPEN) start = snippet.length;
    else if (ch === CLOSE) {
      if (start >= 0) highlights.push([start, snippet.length]);
      start = -1;
    } else snippet += ch === '\n' ? ' ' : ch;
  }
  return { snippet, highlights };
}

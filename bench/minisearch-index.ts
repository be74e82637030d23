// Baseline: an in-memory MiniSearch index over the same records and fields as the store's search
// index (title; body), folded to lower case without accents as unicode61 does, the last word
// matched as a prefix and every word required, as search() does.
import MiniSearch from 'minisearch';
import type { Store } from '../src/store/open';

interface Entry {
  ref: string;
  title: string;
  body: string;
}

const SOURCES = [
  `SELECT 'document:' || d.id AS ref, d.title || coalesce(' ' || d.reference, '') AS title,
     coalesce(d.summary, '') || char(10) || coalesce(v.content_text, '') AS body
   FROM documents d LEFT JOIN document_revisions v ON v.document_id = d.id AND v.seq = d.current_revision`,
  `SELECT 'meeting:' || id AS ref, title, concat_ws(' ', location, chair) AS body FROM meetings`,
  `SELECT 'agenda_item:' || id AS ref, number || ' ' || title AS title, concat_ws(' ', description, lead) AS body FROM agenda_items`,
  `SELECT 'contact:' || id AS ref, name AS title, concat_ws(' ', organisation, country, email, roles) AS body FROM contacts`,
];

const fold = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function buildMiniSearch(db: Store): MiniSearch<Entry> {
  const index = new MiniSearch<Entry>({ idField: 'ref', fields: ['title', 'body'], processTerm: fold });
  // Row by row, so the corpus itself is never held whole: what stays is the index alone.
  for (const sql of SOURCES) for (const row of db.prepare(sql).iterate()) index.add(row as Entry);
  return index;
}

export function searchMiniSearch(index: MiniSearch<Entry>, query: string, limit = 20): string[] {
  return index
    .search(query, { prefix: (_term, i, terms) => i === terms.length - 1, combineWith: 'AND', boost: { title: 8 } })
    .slice(0, limit)
    .map((hit) => String(hit.id));
}

// Baseline: what search would be without an index. Every word must appear (LIKE '%word%',
// case-insensitive for ASCII letters only, blind to accents) in the same fields the search index
// covers; no ranking, the first 20 rows found. A common word stops early; a rare one reads it all.
import type { Store } from '../src/store/open';

const WORD = /[\p{L}\p{N}]+/gu;

const TABLES = [
  {
    from: `documents d JOIN document_revisions v ON v.document_id = d.id AND v.seq = d.current_revision`,
    id: `'document:' || d.id`,
    fields: ['d.title', 'd.reference', 'd.summary', 'v.content_text'],
  },
  { from: 'meetings m', id: `'meeting:' || m.id`, fields: ['m.title', 'm.location', 'm.chair'] },
  { from: 'agenda_items i', id: `'agenda_item:' || i.id`, fields: ['i.number', 'i.title', 'i.description', 'i.lead'] },
  { from: 'contacts c', id: `'contact:' || c.id`, fields: ['c.name', 'c.organisation', 'c.country', 'c.email', 'c.roles'] },
];

export function likeSearch(db: Store, query: string, limit = 20): string[] {
  const words = query.normalize('NFKC').match(WORD) ?? [];
  if (words.length === 0) return [];
  const parts = TABLES.map((t) => {
    const all = words.map((_, w) => `(${t.fields.map((f) => `${f} LIKE @w${w}`).join(' OR ')})`).join(' AND ');
    return `SELECT ${t.id} AS ref FROM ${t.from} WHERE ${all}`;
  });
  const sql = `${parts.join(' UNION ALL ')} LIMIT ${limit}`;
  return db
    .prepare(sql)
    .pluck()
    .all(Object.fromEntries(words.map((w, i) => [`w${i}`, `%${w}%`]))) as string[];
}

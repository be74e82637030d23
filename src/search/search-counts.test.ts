// countMatches() counts what search() finds, kind by kind, all of it: the same archived records
// left out (or in), the same PDF pages kept (those a paper the store holds attaches, under the
// paper search() would show them in), so the Search page's facets never disagree with its lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { storeExtracted } from '../pdf/store-text';
import { putPaper } from '../../tests/support/papers';
import { search } from './search';
import { countMatches, type SearchCounts } from './search-counts';

const SAMPLE = fileURLToPath(new URL('../../resources/sample-feed/', import.meta.url));
const KEY = readFileSync(join(SAMPLE, 'publisher.pub.b64'), 'utf8').trim();
const NOW = '2026-12-06T10:00:00Z';
const SHA_KEPT = 'a'.repeat(64);
const SHA_ARCHIVED = 'b'.repeat(64);
const SHA_ORPHAN = 'c'.repeat(64);

let db: Store;

/** What search() lists, kind by kind, with room for every match. */
function listed(query: string, includeArchived: boolean): SearchCounts {
  const hits = search(db, query, { limit: 500, includeArchived });
  expect(hits.length, `"${query}" fits in one list`).toBeLessThan(500);
  const counts: SearchCounts = {};
  for (const hit of hits) counts[hit.type] = (counts[hit.type] ?? 0) + 1;
  return counts;
}

beforeAll(async () => {
  db = openStore(':memory:');
  expect((await syncSource(db, join(SAMPLE, 'feed.json'), { key: KEY })).status).toBe('applied');
  // The delegate's own records, and one archived record of each kind that can be archived.
  db.prepare(
    `INSERT INTO notes (id, subject_type, subject_id, body, created_at, updated_at)
     VALUES ('note-1', 'meeting', 'mtg-2027-02-plenary', 'Ask about the incident notification templates', ?, ?)`,
  ).run(NOW, NOW);
  db.prepare(
    `INSERT INTO annotations (id, document_id, revision, exact, note, created_at, updated_at)
     VALUES ('ann-1', 'cg-2020-01-5g-toolbox', 1, 'coordinated risk assessment', 'compare with the incident guidance', ?, ?)`,
  ).run(NOW, NOW);
  for (const table of ['documents', 'meetings', 'agenda_items', 'contacts']) {
    db.prepare(`UPDATE ${table} SET archived_at = ? WHERE key = (SELECT min(key) FROM ${table})`).run(NOW);
  }
  // PDF pages: of a paper kept, of a paper archived, and of a file no paper holds any more.
  putPaper(db, 'doc-with-annex', 'A paper with an annex.', 'Paper with an incident annex');
  putPaper(db, 'doc-archived-annex', 'A paper whose annex is archived with it.', 'Archived paper');
  db.prepare('UPDATE documents SET archived_at = ? WHERE id = ?').run(NOW, 'doc-archived-annex');
  storeExtracted(db, SHA_KEPT, ['Incident notification, page one', 'Cooperation on incidents, page two']);
  storeExtracted(db, SHA_ARCHIVED, ['An incident in an archived annex']);
  storeExtracted(db, SHA_ORPHAN, ['An incident in a file no paper holds']);
  const attach = db.prepare(`INSERT INTO attachment_copies (document_id, url, state, sha256, updated_at) VALUES (?, ?, 'stored', ?, ?)`);
  attach.run('doc-with-annex', 'https://example.org/annex.pdf', SHA_KEPT, NOW);
  attach.run('doc-archived-annex', 'https://example.org/archived.pdf', SHA_ARCHIVED, NOW);
  attach.run('doc-gone', 'https://example.org/gone.pdf', SHA_ORPHAN, NOW);
});

afterAll(() => closeStore(db));

describe('countMatches', () => {
  it('counts every kind the way search() lists it, archived records out unless asked for', () => {
    let differ = 0;
    for (const query of ['incident', 'incid', 'cooperation', 'security', 'network', 'ENISA', 'CSIRT', 'risk assessment', 'reseau', 'meeting']) {
      for (const includeArchived of [false, true]) {
        expect(countMatches(db, query, { includeArchived }), `"${query}", archived ${includeArchived}`).toEqual(listed(query, includeArchived));
      }
      if (JSON.stringify(countMatches(db, query)) !== JSON.stringify(countMatches(db, query, { includeArchived: true }))) differ++;
    }
    // Not vacuous: several kinds found, and the archived records change some counts.
    expect(Object.keys(countMatches(db, 'incident')).length).toBeGreaterThanOrEqual(4);
    expect(differ).toBeGreaterThan(0);
  });

  it('counts the PDF pages of papers kept, adds those of archived papers when asked, and never counts a file no paper holds', () => {
    expect(countMatches(db, 'incident').pdf_page).toBe(2);
    expect(countMatches(db, 'incident', { includeArchived: true }).pdf_page).toBe(3);
    expect(countMatches(db, 'archived annex', { includeArchived: true })).toEqual({ document: 1, pdf_page: 1 });
    expect(countMatches(db, 'archived annex')).toEqual({});
  });

  it('agrees with search() on any words taken from the store, and on any string at all', () => {
    const words = ['incident', 'notification', 'cooperation', 'group', 'security', 'network', '5G', 'cyber', 'risk', 'plenary', 'ENISA', 'annex', 'réseau', 'page'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (picked, cut, includeArchived) => {
          // The last word typed half-way, as while typing.
          const last = picked[picked.length - 1]!;
          const query = [...picked.slice(0, -1), last.slice(0, Math.max(2, last.length - cut))].join(' ');
          expect(countMatches(db, query, { includeArchived })).toEqual(listed(query, includeArchived));
        },
      ),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (query) => {
        expect(countMatches(db, query)).toEqual(listed(query, false));
      }),
      { numRuns: 200 },
    );
  });

  it('finds the kinds the best hundred leave out', () => {
    // 110 short notes outrank 3 long papers that mention the word once.
    for (let i = 0; i < 110; i++) {
      db.prepare(`INSERT INTO notes (id, subject_type, subject_id, body, created_at, updated_at) VALUES (?, 'meeting', 'mtg-2027-02-plenary', 'kestrel', ?, ?)`).run(
        `note-kestrel-${i}`,
        NOW,
        NOW,
      );
    }
    for (let i = 0; i < 3; i++) putPaper(db, `doc-kestrel-${i}`, `${'A long paper about other things. '.repeat(40)}Then a kestrel.`);
    expect(search(db, 'kestrel', { limit: 100 }).every((hit) => hit.type === 'note')).toBe(true);
    expect(countMatches(db, 'kestrel')).toEqual({ note: 110, document: 3 });
  });
});

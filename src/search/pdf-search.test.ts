// search() over the words inside stored PDFs: a hit names its paper, its attachment and its page,
// is archived with its paper, and a PDF that belongs to no paper the store holds is never shown.
// The pages are written as the extractor writes them (store-text.ts), without pdf.js: what is
// read from a PDF has its own tests in src/pdf.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore, openStore, type Store } from '../store/open';
import { putPaper } from '../../tests/support/papers';
import { storeExtracted } from '../pdf/store-text';
import { search } from './search';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const SHA_ORPHAN = 'c'.repeat(64);

let db: Store;

function attach(documentId: string, url: string, sha256: string | null, state = 'stored'): void {
  db.prepare(
    `INSERT INTO attachment_copies (document_id, url, state, sha256, updated_at) VALUES (?, ?, ?, ?, '2026-11-01T10:00:00Z')`,
  ).run(documentId, url, state, sha256);
}

beforeEach(() => {
  db = openStore(':memory:');
  putPaper(db, 'doc-toolbox', 'The paper itself says nothing of the annex.', 'Cybersecurity of 5G networks: the toolbox');
  putPaper(db, 'doc-z-later', 'Another paper.', 'A later paper attaching the same annex');
  db.prepare("UPDATE documents SET reference = 'CG Publication 02/2020', date_published = '2020-01-29T00:00:00Z' WHERE id = 'doc-toolbox'").run();
  storeExtracted(db, SHA_A, [
    'Annex on supply chain security',
    'The quokka procedure for vendors\nis described here',
    'Η κυβερνοασφάλεια των δικτύων. Националната киберсигурност.',
  ]);
  storeExtracted(db, SHA_B, ['A wombat appears on the first page']);
  storeExtracted(db, SHA_ORPHAN, ['A platypus in a file no paper attaches']);
  attach('doc-toolbox', 'https://example.org/toolbox-annex.pdf', SHA_A);
  attach('doc-z-later', 'https://example.org/same-annex.pdf', SHA_A);
  attach('doc-z-later', 'https://example.org/wombat.pdf', SHA_B);
  // A copy kept for a paper the store no longer holds (a sync removed it).
  attach('doc-gone', 'https://example.org/platypus.pdf', SHA_ORPHAN);
});

afterEach(() => closeStore(db));

describe('search inside PDFs', () => {
  it('finds a word on its page, under its paper, with the attachment and the page to open', () => {
    const hits = search(db, 'quokka');
    expect(hits).toEqual([
      {
        type: 'pdf_page',
        id: `${SHA_A}#2`,
        title: 'Cybersecurity of 5G networks: the toolbox',
        snippet: 'The quokka procedure for vendors is described here',
        highlights: [[4, 10]],
        archived: false,
        parentId: 'doc-toolbox',
        place: { type: 'document', id: 'doc-toolbox' },
        context: 'CG Publication 02/2020',
        date: '2020-01-29T00:00:00Z',
        pdf: { url: 'https://example.org/toolbox-annex.pdf', sha256: SHA_A, page: 2 },
      },
    ]);
  });

  it('finds Greek and Bulgarian words inside a PDF', () => {
    for (const word of ['κυβερνοασφάλεια', 'КИБЕРСИГУРНОСТ']) {
      expect(search(db, word).map((h) => h.pdf?.page), word).toEqual([3]);
    }
  });

  it('shows a file several papers attach under the first of them by id', () => {
    const [hit] = search(db, 'supply chain');
    expect(hit?.place).toEqual({ type: 'document', id: 'doc-toolbox' });
    expect(hit?.pdf).toEqual({ url: 'https://example.org/toolbox-annex.pdf', sha256: SHA_A, page: 1 });
    // Once that paper is gone, the file is shown under the other one.
    db.prepare(`DELETE FROM documents WHERE id = 'doc-toolbox'`).run();
    expect(search(db, 'supply chain')[0]?.pdf).toEqual({ url: 'https://example.org/same-annex.pdf', sha256: SHA_A, page: 1 });
  });

  it('leaves out a PDF that belongs to no paper the store holds', () => {
    expect(search(db, 'platypus')).toEqual([]);
    expect(search(db, 'platypus', { includeArchived: true })).toEqual([]);
  });

  it('leaves out a PDF whose copy the delegate removed (no stored copy links it to a paper)', () => {
    db.prepare(`UPDATE attachment_copies SET state = 'removed', sha256 = NULL WHERE sha256 = ?`).run(SHA_B);
    expect(search(db, 'wombat')).toEqual([]);
  });

  it('archives a PDF hit with its paper', () => {
    db.prepare(`UPDATE documents SET archived_at = '2026-11-02T00:00:00Z' WHERE id = 'doc-z-later'`).run();
    expect(search(db, 'wombat')).toEqual([]);
    expect(search(db, 'wombat', { includeArchived: true }).map((h) => [h.id, h.archived])).toEqual([[`${SHA_B}#1`, true]]);
  });

  it('keeps to the kinds asked for', () => {
    expect(search(db, 'annex', { types: ['pdf_page'] }).every((h) => h.type === 'pdf_page')).toBe(true);
    expect(search(db, 'annex', { types: ['pdf_page'] }).length).toBeGreaterThan(0);
    expect(search(db, 'annex', { types: ['document'] }).map((h) => h.type)).toEqual(['document', 'document']);
    expect(search(db, 'annex', { types: ['document'] }).some((h) => h.pdf)).toBe(false);
  });

  it("forgets a page's old words when the file's text is read again", () => {
    storeExtracted(db, SHA_A, ['Only one page now, about incident reporting']);
    expect(search(db, 'quokka')).toEqual([]);
    expect(search(db, 'incident reporting').map((h) => h.id)).toEqual([`${SHA_A}#1`]);
    expect(db.prepare(`SELECT count(*) FROM search_index WHERE kind = 'pdf_page' AND ref LIKE ?`).pluck().get(`${SHA_A}#%`)).toBe(1);
  });

  it('never lets PDFs that belong to no paper crowd out a page of results, however well they rank', () => {
    for (let i = 0; i < 30; i++) storeExtracted(db, i.toString(16).padStart(64, 'd'), [`numbat numbat numbat ${i}`]);
    storeExtracted(db, SHA_B, ['A wombat and a numbat']);
    const hits = search(db, 'numbat', { limit: 5 });
    expect(hits.map((h) => h.id)).toEqual([`${SHA_B}#1`]);
  });
});

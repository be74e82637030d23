// Re-anchoring in a PDF, for random files and random new versions: pages added before, between or
// after the pages of the passage. The rules are those of a paper's text (reanchor.property.test.ts
// covers them); what is the PDF's own is the page, and that the annotation is never changed.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open';
import { putPaper } from '../../tests/support/papers';
import { pdfSelection, putPdfCopy } from '../../tests/support/pdf-copies';
import { readRecord } from '../local-records/tables';
import { documentText } from '../pdf/pdf-text';
import { createAnnotation, getAnnotation } from './annotations';
import { reanchorPdfAnnotations } from './reanchor-pdf';

// A small vocabulary, so passages sometimes recur on other pages and the context has to decide.
const WORDS = ['the', 'incident', 'report', 'within', 'hours', 'CSIRT', 'early', 'warning', 'Member', 'States', 'of', 'and', 'significant'];
const pageArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));

const fileArb = fc
  .record({
    pages: fc.array(pageArb, { minLength: 1, maxLength: 5 }),
    page: fc.nat(),
    from: fc.nat(),
    length: fc.integer({ min: 1, max: 4 }),
    added: fc.array(pageArb, { minLength: 1, maxLength: 3 }),
    at: fc.nat(),
  })
  .map(({ pages, page, from, length, added, at }) => {
    const i = page % pages.length;
    const words = pages[i]!.split(' ');
    const start = from % words.length;
    return { pages, quote: words.slice(start, start + length).join(' '), added, at: at % (pages.length + 1) };
  });

describe('a new version of a PDF with pages added', () => {
  const db = openStore(':memory:');
  afterAll(() => db.close());
  let run = 0;

  it('places the annotation on its own text, on the page that text went to; the annotation stays as it was', () => {
    fc.assert(
      fc.property(fileArb, ({ pages: drawn, quote, added, at }) => {
        const documentId = `paper-${++run}`;
        const url = `https://example.eu/${documentId}.pdf`;
        // The run's number makes each file (and so its sha256) new to the store.
        const pages = drawn.map((p, n) => (n === 0 ? `Run ${run}. ${p}` : p));
        putPaper(db, documentId, 'The paper itself.');
        putPdfCopy(db, documentId, url, pages);
        const selection = pdfSelection(pages, quote, url);
        // The first occurrence may be on an earlier page than the one drawn: that is the passage then.
        const made = createAnnotation(db, { documentId, revision: 1, ...selection });
        const row = readRecord(db, 'annotation', made.id);

        const next = [...pages.slice(0, at), ...added, ...pages.slice(at)];
        const sha = putPdfCopy(db, documentId, url, next);
        expect(reanchorPdfAnnotations(db, sha, '2026-12-01T00:00:00.000Z')).toBe(1);

        const { anchor } = getAnnotation(db, made.id);
        const { text, pageStarts } = documentText(next);
        expect(readRecord(db, 'annotation', made.id)).toEqual(row);
        expect(anchor).toMatchObject({ status: 'anchored', sha256: sha });
        expect(text.slice(anchor.start!, anchor.end!)).toBe(made.exact);
        expect(next[anchor.page! - 1]!.includes(made.exact)).toBe(true);
        expect(pageStarts[anchor.page! - 1]!).toBeLessThanOrEqual(anchor.start!);
        if (text.split(made.exact).length === 2) {
          const page = made.file!.page;
          expect(anchor.page).toBe(page + (at < page ? added.length : 0));
        }
      }),
      { numRuns: 80 },
    );
  });
});

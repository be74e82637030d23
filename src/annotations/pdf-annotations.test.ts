// Annotations made in a paper's PDF attachment (issue 6 §2): checked against the text of the
// version shown, placed with their page, placed again when a new version of the file arrives,
// orphaned (never lost) when their passage is gone, re-attached; the paper's own annotations are
// never touched by any of it, nor the other way round.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { putPaper } from '../../tests/support/papers';
import { pdfSelection, pdfSha, putPdfCopy } from '../../tests/support/pdf-copies';
import { storeExtracted, storeFailed } from '../pdf/store-text';
import { readRecord } from '../local-records/tables';
import { PAGE_SEPARATOR } from '../pdf/pdf-text';
import {
  annotateQuote, createAnnotation, deleteAnnotation, getAnnotation, listAnnotations, reattachAnnotation,
} from './annotations';
import { reanchorDocument } from './reanchor';
import { reanchorPdfAnnotations } from './reanchor-pdf';

const URL_1 = 'https://example.eu/cg-2026-07.pdf';
const URL_2 = 'https://example.eu/cg-2026-07-annex.pdf';
const PAPER = 'Guidelines on notification. Member States should report significant incidents within 24 hours.';
const V1 = [
  'Guidelines on the notification of incidents\nIntroduction',
  'An early warning is due within 24 hours of becoming aware of a significant incident.\nThe CSIRT acknowledges it.',
  'Annex: the reporting template.',
];
// The second version: a new page before the passage, so it moves from page 2 to page 3.
const V2 = [V1[0]!, 'Definitions used in these guidelines.', V1[1]!, V1[2]!];
const QUOTE = 'early warning is due within 24 hours';
const T1 = new Date('2026-11-02T08:00:00.000Z');
const T2 = new Date('2026-11-03T09:00:00.000Z');
const T3 = new Date('2026-11-04T10:00:00.000Z');

let db: Store;
beforeEach(() => {
  db = openStore(':memory:');
  putPaper(db, 'd1', PAPER, 'Notification guidelines');
});
afterEach(() => db.close());

function create(quote = QUOTE, pages = V1, extra: Record<string, unknown> = {}) {
  return createAnnotation(db, { documentId: 'd1', revision: 1, ...pdfSelection(pages, quote, URL_1), note: 'ask the CSIRT', tags: ['art-23'], ...extra }, { now: () => T1 });
}

function anchorRow(id: string) {
  return db.prepare('SELECT revision, sha256, page, start, end, status, method, placed_at AS placedAt FROM annotation_anchors WHERE annotation_id = ?').get(id);
}

const count = () => db.prepare('SELECT count(*) FROM annotations').pluck().get();

describe('making an annotation in a PDF', () => {
  it('checks the selection against the text of the version shown, keeps the file and page, and places it there', () => {
    const sha = putPdfCopy(db, 'd1', URL_1, V1);
    const text = V1.join(PAGE_SEPARATOR);
    const start = text.indexOf(QUOTE);
    const a = create();
    expect(a).toMatchObject({
      documentId: 'd1',
      revision: 1,
      exact: QUOTE,
      prefix: text.slice(start - 32, start),
      suffix: text.slice(start + QUOTE.length, start + QUOTE.length + 32),
      start,
      end: start + QUOTE.length,
      file: { url: URL_1, sha256: sha, page: 2 },
      note: 'ask the CSIRT',
      anchor: { revision: 1, sha256: sha, page: 2, status: 'anchored', start, end: start + QUOTE.length, method: 'position' },
    });
    // The prefix runs across the page break: the selectors are over the whole text, as the reader's.
    expect(a.prefix).toContain(`Introduction${PAGE_SEPARATOR}An `);
    expect(readRecord(db, 'annotation', a.id)!.file).toEqual({ url: URL_1, sha256: sha, page: 2 });
    expect(listAnnotations(db, { documentId: 'd1' })).toEqual([a]);
  });

  it('trims spaces off a selection and takes the page it then starts on', () => {
    putPdfCopy(db, 'd1', URL_1, V1);
    const text = V1.join(PAGE_SEPARATOR);
    // From the end of page 1 (the page break included) into page 2: the highlight starts on page 2.
    const start = text.indexOf(PAGE_SEPARATOR);
    const exact = text.slice(start, text.indexOf(' warning'));
    for (const page of [1, 2]) {
      const a = createAnnotation(db, { documentId: 'd1', revision: 1, start, end: start + exact.length, exact, file: { url: URL_1, sha256: pdfSha(V1), page } });
      expect(a).toMatchObject({ exact: 'An early', file: { page: 2 }, anchor: { page: 2 } });
    }
    expect(() =>
      createAnnotation(db, { documentId: 'd1', revision: 1, start, end: start + exact.length, exact, file: { url: URL_1, sha256: pdfSha(V1), page: 3 } }),
    ).toThrow(/starts on page 2 of this PDF, not on page 3/);
  });

  it('refuses, keeping nothing, while the text is not read, when it could not be read, and a selection that is not there', () => {
    const pending = putPdfCopy(db, 'd1', URL_1, V1, { text: 'pending' });
    expect(() => create()).toThrow(expect.objectContaining({ kind: 'rejected', message: 'The text of this PDF has not been read yet; try again in a moment.' }));
    storeFailed(db, pending, 'the file is damaged');
    expect(() => create()).toThrow(/could not be read \(the file is damaged\), so it cannot be highlighted/);

    putPdfCopy(db, 'd1', URL_1, V1);
    const sel = pdfSelection(V1, QUOTE, URL_1);
    const attempt = (change: Record<string, unknown>) => () =>
      createAnnotation(db, { documentId: 'd1', revision: 1, ...sel, ...change } as Parameters<typeof createAnnotation>[1]);
    expect(attempt({ exact: 'early warning is due within 48 hours' })).toThrow(/the selected text does not match this PDF; select the text again/);
    expect(attempt({ end: 10_000 })).toThrow(/falls outside the text of this PDF/);
    expect(attempt({ file: { ...sel.file, page: 1 } })).toThrow(/starts on page 2 of this PDF, not on page 1/);
    expect(attempt({ file: { ...sel.file, url: 'https://example.eu/other.pdf' } })).toThrow(
      expect.objectContaining({ kind: 'not_found', message: 'document "d1" has no attachment https://example.eu/other.pdf' }),
    );
    expect(count()).toBe(0);
  });
});

describe('a new version of the PDF', () => {
  it('places the annotations again, with the page the passage moved to; the annotation rows stay as they were', () => {
    const v1 = putPdfCopy(db, 'd1', URL_1, V1);
    const a = create();
    const deleted = deleteAnnotation(db, create('The CSIRT acknowledges it').id, { now: () => T2 });
    const rows = [readRecord(db, 'annotation', a.id), readRecord(db, 'annotation', deleted.id)];

    const v2 = putPdfCopy(db, 'd1', URL_1, V2);
    expect(reanchorPdfAnnotations(db, v2, T3)).toBe(2);
    const start = V2.join(PAGE_SEPARATOR).indexOf(QUOTE);
    expect(anchorRow(a.id)).toEqual({ revision: 1, sha256: v2, page: 3, start, end: start + QUOTE.length, status: 'anchored', method: 'exact', placedAt: T3.toISOString() });
    // Deleted ones too, so an undo finds them placed.
    expect(anchorRow(deleted.id)).toMatchObject({ sha256: v2, page: 3, status: 'anchored' });
    expect([readRecord(db, 'annotation', a.id), readRecord(db, 'annotation', deleted.id)]).toEqual(rows);
    expect(getAnnotation(db, a.id)).toMatchObject({ file: { sha256: v1, page: 2 }, anchor: { sha256: v2, page: 3 } });

    // Done already: a second call for the same file places nothing again.
    expect(reanchorPdfAnnotations(db, v2, T3)).toBe(0);
    // A file that is no attachment's current copy concerns nobody.
    expect(reanchorPdfAnnotations(db, v1, T3)).toBe(0);
  });

  it('keeps the annotations where they were until the new version has been read, then moves them', () => {
    const v1 = putPdfCopy(db, 'd1', URL_1, V1);
    const a = create();
    const v2 = putPdfCopy(db, 'd1', URL_1, V2, { text: 'pending' });
    expect(getAnnotation(db, a.id).anchor).toMatchObject({ sha256: v1, page: 2, status: 'anchored' });
    expect(reanchorPdfAnnotations(db, v2, T3)).toBe(0);
    storeExtracted(db, v2, V2);
    expect(reanchorPdfAnnotations(db, v2, T3)).toBe(1);
    expect(getAnnotation(db, a.id).anchor).toMatchObject({ sha256: v2, page: 3, status: 'anchored', method: 'exact' });
  });

  it('places a stale anchor when read, as for a paper, if nobody called for it', () => {
    putPdfCopy(db, 'd1', URL_1, V1);
    const a = create();
    const v2 = putPdfCopy(db, 'd1', URL_1, V2);
    expect(listAnnotations(db, { documentId: 'd1' })[0]!.anchor).toMatchObject({ sha256: v2, page: 3 });
    expect(anchorRow(a.id)).toMatchObject({ sha256: v2, page: 3 });
  });

  it('orphans an annotation whose passage is gone: kept, listed, re-attachable in the new version', () => {
    putPdfCopy(db, 'd1', URL_1, V1);
    const a = create();
    const without = [V1[0]!, 'Incidents are reported through the single point of contact.', V1[2]!];
    const v2 = putPdfCopy(db, 'd1', URL_1, without);
    expect(reanchorPdfAnnotations(db, v2, T2)).toBe(1);
    const listed = listAnnotations(db, { documentId: 'd1' });
    expect(listed).toEqual([
      expect.objectContaining({ id: a.id, note: 'ask the CSIRT', exact: QUOTE, anchor: { revision: 1, sha256: v2, page: null, status: 'orphaned', start: null, end: null, method: null } }),
    ]);

    // Selected in the old version: refused, the file has changed under the selection.
    expect(() => reattachAnnotation(db, { id: a.id, revision: 1, ...pdfSelection(V1, 'Introduction', URL_1) })).toThrow(/newer version of this PDF/);
    const moved = reattachAnnotation(db, { id: a.id, revision: 1, ...pdfSelection(without, 'single point of contact', URL_1) }, { now: () => T3 });
    const start = without.join(PAGE_SEPARATOR).indexOf('single point of contact');
    expect(moved).toMatchObject({
      exact: 'single point of contact', start, note: 'ask the CSIRT', tags: ['art-23'], updatedAt: T3.toISOString(),
      file: { url: URL_1, sha256: v2, page: 2 },
      anchor: { sha256: v2, page: 2, status: 'anchored', start, method: 'position' },
    });
  });

  it("re-attaches a PDF annotation to the paper's own text, and drops the file", () => {
    putPdfCopy(db, 'd1', URL_1, V1);
    const a = create();
    const start = PAPER.indexOf('significant incidents');
    const moved = reattachAnnotation(db, { id: a.id, revision: 1, start, end: start + 21, exact: 'significant incidents' });
    expect(moved.file).toBeUndefined();
    expect(moved.anchor).toEqual({ revision: 1, status: 'anchored', start, end: start + 21, method: 'position' });
  });
});

describe("a paper's text and its PDFs apart", () => {
  it('re-anchoring one never touches the anchors of the other', () => {
    const v1 = putPdfCopy(db, 'd1', URL_1, V1);
    const inText = annotateQuote(db, 'd1', 'significant incidents', { now: () => T1 });
    const inPdf = create();
    const [textBefore, pdfBefore] = [anchorRow(inText.id), anchorRow(inPdf.id)];

    const v2 = putPdfCopy(db, 'd1', URL_1, V2);
    reanchorPdfAnnotations(db, v2, T3);
    expect(anchorRow(inText.id)).toEqual(textBefore);

    putPaper(db, 'd1', `Foreword. ${PAPER}`);
    const placed = reanchorDocument(db, 'd1', T3);
    expect([...placed.keys()]).toEqual([inText.id]);
    expect(anchorRow(inPdf.id)).toMatchObject({ sha256: v2, page: 3 });
    expect(anchorRow(inPdf.id)).not.toEqual(pdfBefore);
    expect(v1).not.toBe(v2);
  });

  it("lists the paper's highlights first, then each PDF's (by address), each in reading order", () => {
    putPdfCopy(db, 'd1', URL_1, V1);
    putPdfCopy(db, 'd1', URL_2, ['Annex with the template']);
    const late = create('The CSIRT acknowledges it');
    const early = create('Guidelines on the notification');
    const annex = createAnnotation(db, { documentId: 'd1', revision: 1, ...pdfSelection(['Annex with the template'], 'template', URL_2) });
    const inText = annotateQuote(db, 'd1', 'within 24 hours');
    expect(listAnnotations(db, { documentId: 'd1' }).map((a) => a.id)).toEqual([inText.id, annex.id, early.id, late.id]);
    expect(URL_2 < URL_1).toBe(true);
  });
});

describe('a quote from the command line', () => {
  it("is looked for in the paper's text first, then in its PDFs in attachment order", () => {
    db.prepare(`INSERT INTO attachments (document_id, position, url, mime_type) VALUES ('d1', 0, ?, 'application/pdf'), ('d1', 1, ?, 'application/pdf')`).run(URL_2, URL_1);
    const annexPages = ['Annex: the CSIRT acknowledges it within a day.'];
    const annexSha = putPdfCopy(db, 'd1', URL_2, annexPages);
    const sha = putPdfCopy(db, 'd1', URL_1, V1);

    expect(annotateQuote(db, 'd1', 'within 24 hours').file).toBeUndefined();
    expect(annotateQuote(db, 'd1', 'acknowledges it').file).toEqual({ url: URL_2, sha256: annexSha, page: 1 });
    expect(annotateQuote(db, 'd1', 'reporting template')).toMatchObject({ file: { url: URL_1, sha256: sha, page: 3 }, anchor: { page: 3 } });
    // Forced into the PDFs, or one of them.
    expect(annotateQuote(db, 'd1', 'within 24 hours', { pdf: true }).file).toEqual({ url: URL_1, sha256: sha, page: 2 });
    expect(annotateQuote(db, 'd1', 'acknowledges it', { pdf: URL_1 }).file).toEqual({ url: URL_1, sha256: sha, page: 2 });
  });

  it('says where it looked when the quote is nowhere, and keeps nothing', () => {
    expect(() => annotateQuote(db, 'd1', 'acknowledges it')).toThrow(/^the quote was not found in document "d1" \(revision 1\)$/);
    expect(() => annotateQuote(db, 'd1', 'acknowledges it', { pdf: true })).toThrow('document "d1" has no PDF on this device whose text has been read');
    putPdfCopy(db, 'd1', URL_1, V1);
    expect(() => annotateQuote(db, 'd1', 'not anywhere')).toThrow('the quote was not found in document "d1" (revision 1) nor in its PDFs');
    expect(() => annotateQuote(db, 'd1', 'not anywhere', { pdf: URL_1 })).toThrow(`the quote was not found in the PDF ${URL_1} of document "d1"`);
    expect(() => annotateQuote(db, 'd1', 'x', { pdf: URL_2 })).toThrow(expect.objectContaining({ kind: 'not_found' }));
    db.prepare(`UPDATE attachment_copies SET state = 'removed', sha256 = NULL`).run();
    expect(() => annotateQuote(db, 'd1', 'x', { pdf: URL_1 })).toThrow(`the PDF ${URL_1} is not on this device; download it first`);
    expect(count()).toBe(0);
  });
});

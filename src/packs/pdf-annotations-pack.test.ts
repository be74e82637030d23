// Highlights made in a PDF travel in packs with their `file` (which attachment, version and page),
// are placed in the version of the file the importing store holds, and a pack from before PDFs
// could be highlighted (no `file` at all) imports exactly as it did.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, getAnnotation, listAnnotations } from '../annotations/annotations';
import { reanchorPdfAnnotations } from '../annotations/reanchor-pdf';
import { readRecord, readRecords } from '../local-records/tables';
import { allVersions } from '../local-records/versions';
import type { Store } from '../store/open';
import { pdfSelection, putPdfCopy } from '../../tests/support/pdf-copies';
import { snapshot } from '../../tests/support/store-snapshot';
import { exportPack } from './export';
import { importPack } from './import';
import { annotation, APP, samplePack, storeWithMeetings, T1 } from './pack-fixtures';

const URL = 'https://example.eu/d1.pdf';
const PAGES = ['Guidelines on incident notification', 'An early warning is due within 24 hours.'];
const MOVED = ['Guidelines on incident notification', 'Definitions.', 'An early warning is due within 24 hours.'];
const QUOTE = 'early warning';

let a: Store;
let b: Store;
beforeEach(async () => {
  [a, b] = await Promise.all([storeWithMeetings(), storeWithMeetings()]);
});
afterEach(() => {
  a.close();
  b.close();
});

const packOf = (db: Store) => exportPack(db, { app: APP }).content;

function highlightInA() {
  const sha = putPdfCopy(a, 'd1', URL, PAGES);
  const made = createAnnotation(a, { documentId: 'd1', revision: 1, ...pdfSelection(PAGES, QUOTE, URL), note: 'ask the CSIRT' }, { now: () => new Date(T1) });
  return { sha, made };
}

describe('a pack with highlights made in a PDF', () => {
  it('carries the file, and places them in the same version of it in the store it goes to', () => {
    const { sha, made } = highlightInA();
    const pack = JSON.parse(packOf(a));
    expect(pack.annotations[0].file).toEqual({ url: URL, sha256: sha, page: 2 });

    putPdfCopy(b, 'd1', URL, PAGES);
    importPack(b, packOf(a));
    expect(readRecords(b, 'annotation')).toEqual(readRecords(a, 'annotation'));
    expect(getAnnotation(b, made.id).anchor).toEqual(made.anchor);

    const before = snapshot(b);
    expect(importPack(b, packOf(a)).changes.map((c) => c.outcome)).toEqual(['left']);
    expect(snapshot(b)).toEqual(before);
  });

  it('names the page in the import report', () => {
    highlightInA();
    expect(importPack(b, packOf(a)).changes.map((c) => c.label)).toEqual(['Highlight "early warning" on "Paper d1" (in its PDF, p. 2)']);
  });

  it('places them in the version the store holds, with its page, or waits for the file, orphaned', () => {
    const { made } = highlightInA();
    importPack(b, packOf(a));
    expect(listAnnotations(b)).toEqual([expect.objectContaining({ id: made.id, anchor: expect.objectContaining({ status: 'orphaned', sha256: null }) })]);

    const moved = putPdfCopy(b, 'd1', URL, MOVED);
    expect(reanchorPdfAnnotations(b, moved)).toBe(1);
    expect(getAnnotation(b, made.id)).toMatchObject({ file: made.file, anchor: { status: 'anchored', sha256: moved, page: 3, method: 'exact' } });
  });
});

describe('a pack from before PDFs could be highlighted', () => {
  it('imports unchanged: no `file`, the same history, and a second import changes nothing', () => {
    const old = JSON.stringify(samplePack());
    expect(old).not.toContain('"file"');
    importPack(b, old);
    const kept = readRecord(b, 'annotation', 'an1')!;
    expect(kept).toEqual(annotation('an1', 'd1'));
    expect('file' in kept).toBe(false);
    expect(allVersions(b, 'annotation').map((v) => 'file' in v.record)).toEqual([false]);
    expect(JSON.parse(packOf(b)).annotations[0]).not.toHaveProperty('file');

    const before = snapshot(b);
    expect(importPack(b, old).versionsAdded).toBe(0);
    expect(snapshot(b)).toEqual(before);
  });
});

// The background text extractor on a real store and real files: pages kept and indexed, a locked
// or damaged file reported while the others go on, nothing read twice, what an earlier run left
// taken up again, and the process's event loop free while a large PDF is parsed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore, openStore, type Store } from '../store/open';
import { FileStore } from '../attachments/file-store';
import { damagedPdf, encryptedPdf, makePdf, storeTestFile } from '../../tests/support/pdfs';
import { extractPdfText, PASSWORD_MESSAGE } from './extract-text';
import { documentText } from './pdf-text';
import { readPdfText, textState } from './store-text';
import { createTextExtractor, TOO_SLOW_MESSAGE, type TextExtracted, type TextExtractor } from './text-extractor';

let dir: string;
let filesFolder: string;
let db: Store;
let extractor: TextExtractor | null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-pdf-text-'));
  filesFolder = join(dir, 'files');
  db = openStore(join(dir, 'store.db'));
  extractor = null;
});

afterEach(async () => {
  await extractor?.close();
  closeStore(db);
  rmSync(dir, { recursive: true, force: true });
});

function start(options: { timeLimitMs?: number } = {}): TextExtracted[] {
  const told: TextExtracted[] = [];
  extractor = createTextExtractor({ db, filesFolder, onTextExtracted: (r) => told.push(r), ...options });
  return told;
}

/** The longest time this thread's timers could not run while `work` ran. */
async function longestPauseDuring(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  return Math.max(longest, performance.now() - last);
}

const pagesOf = (sha256: string) =>
  db.prepare('SELECT page, start, text FROM pdf_pages WHERE sha256 = ? ORDER BY page').all(sha256) as { page: number; start: number; text: string }[];
const indexed = (word: string) =>
  db.prepare(`SELECT ref FROM search_index WHERE search_index MATCH ? AND kind = 'pdf_page' ORDER BY ref`).pluck().all(word) as string[];

describe('createTextExtractor', () => {
  it('keeps each page of a PDF with its place in the whole text, and indexes it for search', async () => {
    const pages = [['Supply chain security', 'of networks'], ['Η κυβερνοασφάλεια των δικτύων'], ['Националната киберсигурност']];
    const sha = storeTestFile(db, filesFolder, await makePdf({ pages }));
    const told = start();
    extractor!.enqueue(sha);
    expect(extractor!.pending()).toBe(1);
    expect(textState(db, sha)?.status).toBe('pending');
    await extractor!.idle();

    const texts = ['Supply chain security\nof networks', 'Η κυβερνοασφάλεια των δικτύων', 'Националната киберсигурност'];
    expect(told).toEqual([{ sha256: sha, status: 'extracted', pageCount: 3, error: null }]);
    expect(textState(db, sha)).toEqual({ sha256: sha, status: 'extracted', error: null, pageCount: 3 });
    expect(pagesOf(sha)).toEqual(texts.map((text, i) => ({ page: i + 1, start: documentText(texts).pageStarts[i], text })));
    expect(readPdfText(db, sha)).toEqual({ sha256: sha, pages: texts });
    expect(indexed('κυβερνοασφάλεια')).toEqual([`${sha}#2`]);
    expect(indexed('киберсигурност')).toEqual([`${sha}#3`]);
    expect(extractor!.pending()).toBe(0);
  });

  it('reports a locked and a damaged PDF for that file, and goes on with the next', async () => {
    const locked = storeTestFile(db, filesFolder, encryptedPdf());
    const damaged = storeTestFile(db, filesFolder, damagedPdf());
    const good = storeTestFile(db, filesFolder, await makePdf({ pages: [['Readable paper']] }));
    const told = start();
    for (const sha of [locked, damaged, good]) extractor!.enqueue(sha);
    await extractor!.idle();

    expect(told.map((r) => [r.sha256, r.status])).toEqual([[locked, 'failed'], [damaged, 'failed'], [good, 'extracted']]);
    expect(textState(db, locked)).toMatchObject({ status: 'failed', error: PASSWORD_MESSAGE });
    expect(textState(db, damaged)?.error).toMatch(/^This PDF is damaged/);
    expect(() => readPdfText(db, locked)).toThrow(PASSWORD_MESSAGE);
    expect(pagesOf(locked)).toEqual([]);
    expect(indexed('readable')).toEqual([`${good}#1`]);
  });

  it('says so when the file is gone before its text is read', async () => {
    const sha = storeTestFile(db, filesFolder, await makePdf({ pages: [['Gone']] }));
    await new FileStore(filesFolder).delete(sha);
    const told = start();
    extractor!.enqueue(sha);
    await extractor!.idle();
    expect(told[0]).toMatchObject({ status: 'failed', error: 'The file is no longer on this device, so its text could not be read.' });
  });

  it('reads a file once, and leaves files that are not PDFs alone', async () => {
    const sha = storeTestFile(db, filesFolder, await makePdf({ pages: [['Once']] }));
    const text = storeTestFile(db, filesFolder, new TextEncoder().encode('plain words'), 'text/plain');
    const told = start();
    extractor!.enqueue(sha);
    extractor!.enqueue(sha);
    extractor!.enqueue(text);
    await extractor!.idle();
    extractor!.enqueue(sha);
    await extractor!.idle();
    expect(told.map((r) => r.sha256)).toEqual([sha]);
    expect(textState(db, text)).toBeNull();
  });

  it('takes up on start the PDFs an earlier run did not read, or was reading when it closed', async () => {
    const never = storeTestFile(db, filesFolder, await makePdf({ pages: [['Never read']] }));
    const cut = storeTestFile(db, filesFolder, await makePdf({ pages: [['Cut short']] }));
    db.prepare(`INSERT INTO file_texts (sha256, status, updated_at) VALUES (?, 'pending', '2026-11-01T10:00:00Z')`).run(cut);
    const told = start();
    expect(extractor!.pending()).toBe(2);
    await extractor!.idle();
    expect(told.map((r) => [r.sha256, r.status]).sort()).toEqual([[cut, 'extracted'], [never, 'extracted']].sort());
  });

  it('leaves a file it was reading when closed as pending, for the next start', async () => {
    const sha = storeTestFile(db, filesFolder, await makePdf({ pages: [['Interrupted']] }));
    const told = start();
    extractor!.enqueue(sha);
    await extractor!.close();
    expect(told).toEqual([]);
    expect(textState(db, sha)?.status).toBe('pending');
    const again = start();
    await extractor!.idle();
    expect(again).toEqual([{ sha256: sha, status: 'extracted', pageCount: 1, error: null }]);
  });

  it('gives up a file that takes too long, and still reads the next', async () => {
    const slow = storeTestFile(db, filesFolder, await makePdf({ pages: [['Slow']] }));
    const told = start({ timeLimitMs: 1 });
    extractor!.enqueue(slow);
    await extractor!.idle();
    expect(told).toEqual([{ sha256: slow, status: 'failed', pageCount: null, error: TOO_SLOW_MESSAGE }]);
    await extractor!.close();

    // The same file, given time, is read: the refusal was the time limit's, not the file's.
    const retold = start();
    extractor!.enqueue(slow);
    await extractor!.idle();
    expect(retold).toMatchObject([{ sha256: slow, status: 'extracted' }]);
  });

  it('keeps the event loop free while a large PDF is parsed', async () => {
    const pages = Array.from({ length: 100 }, (_, p) => Array.from({ length: 30 }, (_, l) => `Page ${p + 1} line ${l + 1} of the annex on incident reporting`));
    const bytes = await makePdf({ pages });
    const sha = storeTestFile(db, filesFolder, bytes);
    start();
    const inWorker = await longestPauseDuring(async () => {
      extractor!.enqueue(sha);
      await extractor!.idle();
    });
    expect(textState(db, sha)?.pageCount).toBe(100);
    // The same parse in this thread, on the same machine under the same load: what the worker saves.
    const inThisThread = await longestPauseDuring(() => extractPdfText(bytes));
    expect(inWorker, `longest pause ${Math.round(inWorker)} ms with the worker, ${Math.round(inThisThread)} ms without`).toBeLessThan(inThisThread / 2);
  });

});

// The test PDF factory itself: what other tests rely on it to make.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { FileStore } from '../../src/attachments/file-store';
import { closeStore, openStore } from '../../src/store/open';
import { damagedPdf, encryptedPdf, makePdf, storeTestFile } from './pdfs';

const open = (bytes: Uint8Array) => getDocument({ data: Uint8Array.from(bytes), isEvalSupported: false, verbosity: 0 }).promise;

describe('makePdf', () => {
  it('makes the same bytes for the same spec', async () => {
    const spec = { pages: [['Ένα', 'Едно']], title: 'Same' };
    expect(Buffer.from(await makePdf(spec)).equals(Buffer.from(await makePdf(spec)))).toBe(true);
  });

  it('gives the pages, the title and an outline whose entries open their pages', async () => {
    const doc = await open(await makePdf({ pages: [['a'], ['b'], ['c']], title: 'Τίτλος', outline: [{ title: 'Start', page: 1 }, { title: 'Краят', page: 3 }] }));
    expect(doc.numPages).toBe(3);
    expect((await doc.getMetadata()).info).toMatchObject({ Title: 'Τίτλος' });
    const outline = await doc.getOutline();
    expect(outline.map((entry) => entry.title)).toEqual(['Start', 'Краят']);
    const pageOf = async (dest: unknown) => (await doc.getPageIndex((dest as [{ num: number; gen: number }])[0])) + 1;
    expect([await pageOf(outline[0]!.dest), await pageOf(outline[1]!.dest)]).toEqual([1, 3]);
    await doc.destroy();
  });
});

describe('damagedPdf and encryptedPdf', () => {
  it('are refused by pdf.js, as damaged and as needing a password', async () => {
    await expect(open(damagedPdf())).rejects.toMatchObject({ name: 'InvalidPDFException' });
    await expect(open(encryptedPdf())).rejects.toMatchObject({ name: 'PasswordException' });
  });
});

describe('storeTestFile', () => {
  it('keeps the bytes under their sha256 and adds the stored_files row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-pdfs-'));
    const db = openStore(':memory:');
    try {
      const bytes = new TextEncoder().encode('%PDF-1.7 tiny');
      const sha = storeTestFile(db, dir, bytes);
      expect(readFileSync(new FileStore(dir).pathOf(sha))).toEqual(Buffer.from(bytes));
      expect(db.prepare('SELECT size_in_bytes, mime_type FROM stored_files WHERE sha256 = ?').get(sha)).toEqual({ size_in_bytes: bytes.length, mime_type: 'application/pdf' });
    } finally {
      closeStore(db);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

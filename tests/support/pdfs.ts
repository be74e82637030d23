// PDFs made on the spot, for tests of reading, searching and annotating papers (issue 6), and for
// the sample feed's papers: the Group's own files cannot be fetched on our machines, and a test
// that makes its PDF says what is in it.
//
// Plain TypeScript with no test-runner import, so Node tests, Playwright tests and scripts all use
// it. The bytes are deterministic (no dates, no producer, pdf-lib's font-subset tags come from a
// seeded generator), so the same call always gives the same file and the same sha256.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import type { Store } from '../../src/store/open';
import { FileStore } from '../../src/attachments/file-store';

const require = createRequire(import.meta.url);

export interface PdfOutlineEntry {
  title: string;
  /** 1-based page the entry opens. */
  page: number;
}

export interface PdfSpec {
  /** The lines of each page, top to bottom; each line is drawn as one text run. */
  pages: string[][];
  title?: string;
  outline?: PdfOutlineEntry[];
  /** Points; 11 by default. */
  fontSize?: number;
}

const PAGE_WIDTH = 595.28; // A4
const PAGE_HEIGHT = 841.89;
const MARGIN = 56;

/**
 * A PDF with these lines on these pages, set in Roboto (the font pdfmake ships, which covers Latin,
 * Greek and Cyrillic), so pdf.js gives back exactly the strings drawn, Greek and Bulgarian included.
 */
export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf')), { subset: true });
  const size = spec.fontSize ?? 11;
  const leading = size * 1.4;
  for (const lines of spec.pages) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    let y = PAGE_HEIGHT - MARGIN - size;
    for (const line of lines) {
      if (line !== '') page.drawText(line, { x: MARGIN, y, size, font });
      y -= leading;
    }
  }
  if (spec.title !== undefined) doc.setTitle(spec.title);
  if (spec.outline && spec.outline.length > 0) addOutline(doc, spec.outline);
  return doc.save();
}

/** A flat outline (bookmarks), each entry opening its page: pdf-lib has no call for it. */
function addOutline(doc: PDFDocument, entries: readonly PdfOutlineEntry[]): void {
  const context = doc.context;
  const pages = doc.getPages();
  const rootRef = context.nextRef();
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const target = pages[Math.min(Math.max(entry.page, 1), pages.length) - 1]!;
    const item = PDFDict.withContext(context);
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), rootRef);
    item.set(PDFName.of('Dest'), context.obj([target.ref, PDFName.of('Fit')]));
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    context.assign(refs[i]!, item);
  });
  context.assign(
    rootRef,
    context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: PDFNumber.of(entries.length) }),
  );
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
}

/** A file that says it is a PDF and holds no PDF structure at all: pdf.js refuses it. */
export function damagedPdf(): Uint8Array {
  const garbage = Array.from({ length: 64 }, (_, i) => `garbled ${i} ${'#'.repeat(i % 13)}`).join('\n');
  return new TextEncoder().encode(`%PDF-1.7\n%\xE2\xE3\xCF\xD3\n${garbage}\n%%EOF\n`);
}

/**
 * A PDF locked with a user password (the Standard security handler, RC4 40-bit, revision 2).
 * pdf-lib cannot encrypt, so it is written by hand; its /O and /U values match no password an
 * empty one derives, so pdf.js asks for a password (PasswordException) before reading a page.
 */
export function encryptedPdf(): Uint8Array {
  const hex32 = (seed: string): string => createHash('sha256').update(seed).digest('hex');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex32('owner')}> /U <${hex32('user')}> >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = hex32('id').slice(0, 32);
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** Keeps these bytes as the desk does (the file under its sha256, and its stored_files row). */
export function storeTestFile(db: Store, filesFolder: string, bytes: Uint8Array, mime = 'application/pdf'): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = new FileStore(filesFolder).pathOf(sha256);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  db.prepare(
    `INSERT INTO stored_files (sha256, size_in_bytes, mime_type, stored_at) VALUES (?, ?, ?, '2026-11-01T10:00:00.000Z')
     ON CONFLICT (sha256) DO NOTHING`,
  ).run(sha256, bytes.length, mime);
  return sha256;
}

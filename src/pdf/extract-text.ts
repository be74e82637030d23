// The text of a PDF, page by page, read with pdf.js under Node (its legacy build, which needs no
// browser). Only text is wanted: no page is drawn, no font is loaded into a renderer, and no code
// the file carries is ever evaluated (`isEvalSupported: false`).
//
// Each page's text is built by the shared rule (pdf-text.ts), the same one the reader applies to
// its text layer, so offsets found here (search, annotations) land on the same words there.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pageText } from './pdf-text';

/** Why a PDF's text could not be read, in the delegate's words. */
export class UnreadablePdf extends Error {
  override readonly name = 'UnreadablePdf';
}

export const PASSWORD_MESSAGE = 'This PDF is protected by a password; its text cannot be searched.';
export const DAMAGED_MESSAGE = 'This PDF is damaged; its text cannot be searched.';

// pdf.js reads the standard 14 fonts' metrics and the predefined CMaps (CJK encodings) from its own
// package when a PDF uses them without embedding; under Node these are plain folder paths.
const pdfjsFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS = join(pdfjsFolder, 'standard_fonts') + '/';
const CMAPS = join(pdfjsFolder, 'cmaps') + '/';

/** The text of each page, first page first. Throws UnreadablePdf for a locked or damaged file. */
export async function extractPdfText(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: a copy keeps the caller's intact.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: STANDARD_FONTS,
    cMapUrl: CMAPS,
    cMapPacked: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items).text);
      page.cleanup();
    }
    return pages;
  } catch (error) {
    // pdf.js 5 does not export PasswordException: it is known by its name.
    if ((error as { name?: unknown } | null)?.name === 'PasswordException') throw new UnreadablePdf(PASSWORD_MESSAGE, { cause: error });
    const detail = error instanceof Error && error.message ? ` (${error.message.replace(/\.$/, '')})` : '';
    throw new UnreadablePdf(DAMAGED_MESSAGE.replace(';', `${detail};`), { cause: error });
  } finally {
    await task.destroy();
  }
}

// The fonts the PDF briefing note is set in, and the only files pdfmake may read.
//
// Roboto, as shipped inside pdfmake, covers Latin, Greek and Cyrillic (every glyph of a Greek or
// Bulgarian agenda item; render-pdf.test.ts checks it), so no font is bundled under resources/.
// The files are found through Node's resolver, from this module, so the same lookup works in the
// desktop app (node_modules beside out/, or inside the asar, which Electron's fs reads), in the
// browser mode's server and in the CLI: none of them needs a browser or a system font.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The pdfmake font family name every style of the note uses. */
export const PDF_FONT = 'Roboto';

let cached: { dir: string; files: Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> } | null = null;

/** Paths of the four Roboto faces (bold is Roboto Medium, as pdfmake's own examples set it). */
export function robotoFiles(): { normal: string; bold: string; italics: string; bolditalics: string } {
  if (!cached) {
    const dir = dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
    cached = {
      dir,
      files: {
        normal: join(dir, 'Roboto-Regular.ttf'),
        bold: join(dir, 'Roboto-Medium.ttf'),
        italics: join(dir, 'Roboto-Italic.ttf'),
        bolditalics: join(dir, 'Roboto-MediumItalic.ttf'),
      },
    };
  }
  return { ...cached.files };
}

/**
 * pdfmake would otherwise read any local path or fetch any URL a document names (it warns about
 * it). The note names none, but its text comes from the feed and the delegate: only the font
 * files are ever allowed.
 */
export function mayReadLocalFile(path: string): boolean {
  return Object.values(robotoFiles()).includes(path);
}

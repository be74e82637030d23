// The fonts the PDF briefing note is set in, and the only files pdfmake may read.
//
// Roboto, as shipped inside pdfmake, covers Latin, Greek and Cyrillic (every glyph of a Greek or
// Bulgarian agenda item; render-pdf.test.ts checks it). It has no Arabic or Hebrew, so a run in
// those scripts (an observer's name, a quote) is set in IBM Plex Sans Arabic or Noto Sans Hebrew
// (both SIL Open Font License 1.1), from the @fontsource packages: their per-script WOFF files
// are small (about 45 KB and 9 KB a face); unpacked once (woff.ts), pdfkit's fontkit shapes Arabic
// with the font's own OpenType tables and embeds only the glyphs used.
//
// Why Plex and not Noto Sans Arabic: Noto draws a letter's form as a dotless skeleton plus its dots
// (one glyph shared by ب ت ث ن), so a PDF cannot map the glyph back to its letter and copied or
// searched text comes out wrong. Plex has a glyph per letter form, and the text extracts as written.
//
// The files are found through Node's resolver, from this module, so the same lookup works in the
// desktop app (node_modules beside out/, or inside the asar, which Electron's fs reads), in the
// browser mode's server and in the CLI: none of them needs a browser or a system font. They are
// read once and handed to pdfmake as bytes, so pdfmake itself never reads a file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { woffToSfnt } from './woff';

const require = createRequire(import.meta.url);

/** The pdfmake font family name every style of the note uses. */
export const PDF_FONT = 'Roboto';
/** The families runs of Arabic and Hebrew script are set in (see pdf-script-runs.ts). */
export const ARABIC_FONT = 'PlexSansArabic';
export const HEBREW_FONT = 'NotoSansHebrew';

type Faces<T> = Record<'normal' | 'bold' | 'italics' | 'bolditalics', T>;

let cached: Record<string, Faces<Buffer>> | null = null;

/** The fontsource face of a script at a weight; neither script has italics, so italics stay upright. */
function fontsource(pkg: 'ibm-plex-sans-arabic' | 'noto-sans-hebrew', script: 'arabic' | 'hebrew'): Faces<string> {
  const face = (weight: number) => require.resolve(`@fontsource/${pkg}/files/${pkg}-${script}-${weight}-normal.woff`);
  const [normal, bold] = [face(400), face(700)];
  return { normal, bold, italics: normal, bolditalics: bold };
}

/** Every family of the note with its four faces, as files. */
export function fontFiles(): Record<string, Faces<string>> {
  const roboto = dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
  return {
    // Bold is Roboto Medium, as pdfmake's own examples set it.
    [PDF_FONT]: {
      normal: join(roboto, 'Roboto-Regular.ttf'),
      bold: join(roboto, 'Roboto-Medium.ttf'),
      italics: join(roboto, 'Roboto-Italic.ttf'),
      bolditalics: join(roboto, 'Roboto-MediumItalic.ttf'),
    },
    [ARABIC_FONT]: fontsource('ibm-plex-sans-arabic', 'arabic'),
    [HEBREW_FONT]: fontsource('noto-sans-hebrew', 'hebrew'),
  };
}

/**
 * Every family of the note with its four faces as font bytes (a WOFF unpacked), as pdfmake's font
 * dictionary takes them; read once, a new dictionary each time (pdfmake keeps what it is given).
 */
export function pdfFonts(): Record<string, Faces<Buffer>> {
  if (!cached) {
    const bytes = new Map<string, Buffer>();
    const read = (path: string) => {
      let font = bytes.get(path);
      if (!font) {
        font = readFileSync(path);
        if (path.endsWith('.woff')) font = woffToSfnt(font);
        bytes.set(path, font);
      }
      return font;
    };
    cached = Object.fromEntries(
      Object.entries(fontFiles()).map(([family, faces]) => [
        family,
        { normal: read(faces.normal), bold: read(faces.bold), italics: read(faces.italics), bolditalics: read(faces.bolditalics) },
      ]),
    );
  }
  return Object.fromEntries(Object.entries(cached).map(([family, faces]) => [family, { ...faces }]));
}

/**
 * pdfmake would otherwise read any local path or fetch any URL a document names (it warns about
 * it). The note names none, but its text comes from the feed and the delegate, and the fonts
 * come as bytes: no file is ever read.
 */
export function mayReadLocalFile(_path: string): boolean {
  return false;
}

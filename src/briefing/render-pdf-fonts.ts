// The fonts the PDF briefing note is set in, and the only files pdfmake may read.
//
// Roboto, as shipped inside pdfmake, covers Latin, Greek and Cyrillic (every glyph of a Greek or
// Bulgarian agenda item; render-pdf.test.ts checks it). It has no Arabic or Hebrew, so a run in
// those scripts (an observer's name, a quote) is set in IBM Plex Sans Arabic or Noto Sans Hebrew
// (both SIL Open Font License 1.1), from the @fontsource packages: their per-script WOFF files
// are small (about 45 KB and 9 KB a face), and pdfkit's fontkit reads WOFF as it reads TTF, shapes
// Arabic with the font's own OpenType tables, and embeds only the glyphs used.
//
// Why Plex and not Noto Sans Arabic: Noto draws a letter's form as a dotless skeleton plus its dots
// (one glyph shared by ب ت ث ن), so a PDF cannot map the glyph back to its letter and copied or
// searched text comes out wrong. Plex has a glyph per letter form, and the text extracts as written.
//
// The files are found through Node's resolver, from this module, so the same lookup works in the
// desktop app (node_modules beside out/, or inside the asar, which Electron's fs reads), in the
// browser mode's server and in the CLI: none of them needs a browser or a system font.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The pdfmake font family name every style of the note uses. */
export const PDF_FONT = 'Roboto';
/** The families runs of Arabic and Hebrew script are set in (see pdf-script-runs.ts). */
export const ARABIC_FONT = 'PlexSansArabic';
export const HEBREW_FONT = 'NotoSansHebrew';

type Faces = Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>;

let cached: Record<string, Faces> | null = null;

/** The fontsource face of a script at a weight; neither script has italics, so italics stay upright. */
function fontsource(pkg: 'ibm-plex-sans-arabic' | 'noto-sans-hebrew', script: 'arabic' | 'hebrew'): Faces {
  const face = (weight: number) => require.resolve(`@fontsource/${pkg}/files/${pkg}-${script}-${weight}-normal.woff`);
  const [normal, bold] = [face(400), face(700)];
  return { normal, bold, italics: normal, bolditalics: bold };
}

/** Every family of the note with the paths of its four faces, as pdfmake's font dictionary takes them. */
export function pdfFonts(): Record<string, Faces> {
  return structuredClone(fonts());
}

function fonts(): Record<string, Faces> {
  if (!cached) {
    const roboto = dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
    cached = {
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
  return cached;
}

/** Paths of the four Roboto faces. */
export function robotoFiles(): Faces {
  return { ...fonts()[PDF_FONT]! };
}

/**
 * pdfmake would otherwise read any local path or fetch any URL a document names (it warns about
 * it). The note names none, but its text comes from the feed and the delegate: only the font
 * files are ever allowed.
 */
export function mayReadLocalFile(path: string): boolean {
  return Object.values(fonts()).some((faces) => Object.values(faces).includes(path));
}

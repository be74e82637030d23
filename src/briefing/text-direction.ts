// Which text is right to left, for every format of the note: a PDF run needs a font and an order
// (pdf-script-runs.ts, pdf-bidi.ts), a Word paragraph its bidirectional flag (render-docx.ts).
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** A letter, mark or sign of a right-to-left script (Script_Extensions: Arabic comma and harakat count). */
const RTL_SCRIPT = /[\p{scx=Arabic}\p{scx=Hebrew}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}]/u;

/** True when the text has a letter of a right-to-left script (Arabic, Hebrew and kin). */
export function hasRtlScript(text: string): boolean {
  return RTL_SCRIPT.test(text);
}

/** A paragraph's base direction as the Unicode Bidirectional Algorithm finds it: from its first strong letter. */
export function startsRightToLeft(text: string): boolean {
  return hasRtlScript(text) && bidi.getEmbeddingLevels(text, 'auto').paragraphs[0]!.level % 2 === 1;
}

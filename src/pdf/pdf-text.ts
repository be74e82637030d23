// The text of a PDF, as one string, the same in the core (extraction, search, re-anchoring, CLI)
// and in the reader (selection on pdf.js's text layer). Annotation selectors are offsets into this
// string, so both sides must build it from pdf.js's text content in exactly one way: this one.
//
// A page's text is its text items' strings in content order, with a line break after an item that
// ends a line (pdf.js's `hasEOL`). The document's text is the pages' texts joined by a blank line.
// pdf.js's TextLayer makes one element per text item in the same order, so `itemStarts[i]` is where
// the i-th element's text begins in the page's text.

/** What this module reads of pdf.js's TextItem / TextMarkedContent (structurally, no import). */
export type PdfTextContentItem = { str: string; hasEOL?: boolean } | { type: string; str?: undefined };

export const PAGE_SEPARATOR = '\n\n';

export interface PageText {
  text: string;
  /** Offset in `text` of each text item (marked-content entries are skipped, as the text layer does). */
  itemStarts: number[];
}

export function pageText(items: readonly PdfTextContentItem[]): PageText {
  let text = '';
  const itemStarts: number[] = [];
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    itemStarts.push(text.length);
    text += item.str;
    if ('hasEOL' in item && item.hasEOL) text += '\n';
  }
  return { text, itemStarts };
}

/** Where each page starts in the document's text, and the text itself. */
export function documentText(pages: readonly string[]): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  let offset = 0;
  for (const page of pages) {
    pageStarts.push(offset);
    offset += page.length + PAGE_SEPARATOR.length;
  }
  return { text: pages.join(PAGE_SEPARATOR), pageStarts };
}

/** The 1-based page an offset of the document's text falls on. */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// What a paper's HTML may contain, in one place: the ingest cleaning (clean-html.ts) keeps only
// this before anything is stored, and the page cleans again with the same list before display
// (src/renderer/library/safe-html.ts). Plain data, so both Node and the browser import it.
export const ALLOWED_TAGS: readonly string[] = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span', 'section', 'article',
  'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark',
  'abbr', 'cite', 'q', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'table', 'caption', 'thead',
  'tbody', 'tfoot', 'tr', 'th', 'td', 'figure', 'figcaption',
];

/** Attributes kept, per tag; every other attribute (style, on*, class...) is dropped. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  abbr: ['title'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start'],
};

/** The only kinds of link a paper may hold. */
export const LINK_SCHEMES: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);

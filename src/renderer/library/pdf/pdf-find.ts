// Finding words in a PDF's whole text: the reader's "find in document" and the words a search
// result opens the reader with. Case does not matter, and a space in what is sought matches any
// run of white space (a line break inside the PDF's text, too). Offsets are the text's own, so
// a match is drawn and placed on its page like a highlight.

export type TextMatch = [start: number, end: number];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every occurrence of `query` (as a phrase) in `text`, in order. */
export function findPhrase(text: string, query: string): TextMatch[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return matchAll(text, new RegExp(words.map(escape).join('\\s+'), 'giu'));
}

/** Every occurrence of any of `words`, in order (what a search result highlights). */
export function findWords(text: string, words: readonly string[]): TextMatch[] {
  const sought = [...new Set(words.map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (sought.length === 0) return [];
  return matchAll(text, new RegExp(sought.map(escape).join('|'), 'giu'));
}

function matchAll(text: string, pattern: RegExp): TextMatch[] {
  const matches: TextMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    if (m[0].length > 0) matches.push([m.index, m.index + m[0].length]);
  }
  return matches;
}

// What a find matches (the page's, page-find.tsx, and the PDF reader's, with the words a search
// result opens it with): what is sought, anywhere in the text, as the app's search reads words:
// case and accents do not matter (`reseau` finds `réseau`, `MULLER` finds `Müller`), and a space
// matches any run of white space (a line break inside a PDF's text, too). Offsets are the original
// text's, so a match is drawn where it is.

export type TextMatch = [start: number, end: number];

/** The text with case and accents folded, and for each of its UTF-16 units the original's offset. */
export function foldText(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    // Compatibility forms too (ﬁ is fi, ² is 2): one character may fold to several, or, a mark
    // written on its own, to none.
    const plain = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    folded += plain;
    // One entry per UTF-16 unit, as the matches' indexes count them (an emoji takes two).
    for (let i = 0; i < plain.length; i++) origin.push(offset);
    offset += ch.length;
  }
  origin.push(offset);
  return { folded, origin };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every occurrence of `query` (as a phrase) in `text`, in order, as offsets into `text`. */
export function findPhrase(text: string, query: string): TextMatch[] {
  const words = foldText(query).folded.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return matchFolded(text, words.map(escape).join('\\s+'));
}

/** Every occurrence of any of `words`, in order, the longest where they overlap (what a search result highlights). */
export function findWords(text: string, words: readonly string[]): TextMatch[] {
  const sought = [...new Set(words.map((w) => foldText(w.trim()).folded).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (sought.length === 0) return [];
  return matchFolded(text, sought.map(escape).join('|'));
}

function matchFolded(text: string, pattern: string): TextMatch[] {
  const { folded, origin } = foldText(text);
  const matches: TextMatch[] = [];
  for (const m of folded.matchAll(new RegExp(pattern, 'gu'))) {
    if (m[0].length === 0) continue;
    // The end is where the last folded character's original ends: the start of the next one.
    matches.push([origin[m.index]!, origin[m.index + m[0].length]!]);
  }
  return matches;
}

// What "find on this page" matches: what is typed, anywhere in the text, as the app's search reads
// words: case and accents do not matter (`reseau` finds `réseau`, `MULLER` finds `Müller`), and a
// space matches any run of white space. Offsets are the original text's, so a match is drawn where
// it is.

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

/** Every occurrence of `query` in `text`, in order, as offsets into `text`. */
export function findFolded(text: string, query: string): TextMatch[] {
  const words = foldText(query).folded.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const { folded, origin } = foldText(text);
  const matches: TextMatch[] = [];
  for (const m of folded.matchAll(new RegExp(words.map(escape).join('\\s+'), 'gu'))) {
    if (m[0].length === 0) continue;
    // The end is where the last folded character's original ends: the start of the next one.
    matches.push([origin[m.index]!, origin[m.index + m[0].length]!]);
  }
  return matches;
}

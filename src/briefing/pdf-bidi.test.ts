// The visual order of a laid-out line, checked on hand-made inlines: a fake font measures every
// character 5 wide, so positions are easy to read. render-pdf.test.ts reads a real PDF back.
import { describe, expect, it } from 'vitest';
import { inVisualOrder, ligaturesInDrawnOrder, type Inline } from './pdf-bidi';

const font = { widthOfString: (text: string, size: number) => (text.length * size) / 2 };

/** A line of words laid out left to right from x = 0, as pdfmake hands it over. */
function line(words: string[], alignment = 'left'): Inline[] {
  let x = 0;
  return words.map((text) => {
    const inline = { text, x, width: text.length * 5, trailingCut: (/\s+$/.exec(text)?.[0].length ?? 0) * 5, font, fontSize: 10, alignment };
    x += inline.width;
    return inline;
  });
}

const drawn = (inlines: Inline[]) => inlines.map((i) => i.text);

describe('inVisualOrder', () => {
  it('leaves a left-to-right line without Arabic or Hebrew as it is', () => {
    const words = line(['Support ', 'the ', 'guidelines.']);
    expect(inVisualOrder(words)).toBe(words);
  });

  it('reverses a run of right-to-left words inside an English sentence, the sentence kept in order', () => {
    const out = inVisualOrder(line(['Welcome ', 'דנה ', 'כהן', ' today.']));
    // "דנה כהן" reads right to left: its first word is drawn at the right of the second.
    expect(drawn(out)).toEqual(['Welcome ', 'כהן', 'דנה ', ' today.']);
  });

  it('places the pieces side by side from the line’s start, in drawn order', () => {
    const out = inVisualOrder(line(['Welcome ', 'דנה ', 'כהן', ' today.']));
    expect(out.map((i) => i.x)).toEqual([0, 40, 55, 75]);
  });

  it('reads a right-to-left paragraph from the right: Latin inside it stays left to right, brackets mirrored', () => {
    // Logical order: "שלום (NIS2) עולם" in a paragraph set from the right.
    const out = inVisualOrder(line(['שלום ', '(NIS2) ', 'עולם'], 'right'));
    // Drawn left to right: "עולם", " (", "NIS2", ")", then "שלום " (which the font engine draws
    // right to left, its space at the left): the brackets open towards NIS2 as they should.
    expect(drawn(out)).toEqual(['עולם', ' (', 'NIS2', ')', 'שלום ']);
  });

  it('keeps the right edge of a right-to-left line where pdfmake set it, its trailing space going to the left', () => {
    const words = line(['שלום ', 'עולם '], 'right');
    const out = inVisualOrder(words);
    const right = (is: Inline[], trailing: number) => Math.max(...is.map((i) => i.x + i.width)) - trailing;
    expect(right(out, 0)).toBeCloseTo(right(words, 5));
  });

  it('keeps numbers left to right inside right-to-left text', () => {
    const out = inVisualOrder(line(['מפגש ', '2027 ', 'בבריסל'], 'right'));
    expect(drawn(out).join('')).toContain('2027');
  });

  it('leaves a run it moves untouched when it has Arabic or Hebrew letters (the font engine draws those right to left)', () => {
    const out = inVisualOrder(line(['Welcome ', 'دانة']));
    expect(drawn(out)).toEqual(['Welcome ', 'دانة']);
  });
});

describe('ligaturesInDrawnOrder', () => {
  it('maps an Arabic ligature back to its letters in drawn order, once per font, and leaves Latin ligatures alone', () => {
    const arabic = { unicode: [[0], [0x644, 0x627], [0x627]] };
    const latin = { unicode: [[0], [0x66, 0x69]] };
    // pdfkit may file one font under two names.
    ligaturesInDrawnOrder({ _fontFamilies: { a: arabic, 'a-bold': arabic, l: latin } });
    expect(arabic.unicode).toEqual([[0], [0x627, 0x644], [0x627]]);
    expect(latin.unicode).toEqual([[0], [0x66, 0x69]]);
  });
});

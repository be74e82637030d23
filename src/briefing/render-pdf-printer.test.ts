// Joining the words of a line into runs must never change what is drawn: only neighbours that
// look alike and touch are joined. (render-pdf.test.ts reads the whole note back from the PDF.)
import { describe, expect, it } from 'vitest';
import { mergeRuns } from './render-pdf-printer';

const regular = { name: 'Roboto-Regular' };
const bold = { name: 'Roboto-Medium' };

function word(text: string, x: number, extra: Record<string, unknown> = {}) {
  return { text, x, width: text.length * 5, font: regular, fontSize: 10, color: 'black', ...extra };
}

function lineOf(...inlines: ReturnType<typeof word>[]) {
  const page = { items: [{ type: 'line', item: { inlines } }] };
  mergeRuns([page]);
  return page.items[0]!.item.inlines.map((i) => ({ text: i.text, x: i.x, width: i.width }));
}

describe('mergeRuns', () => {
  it('joins touching words of the same look into one run, keeping its start and total width', () => {
    expect(lineOf(word('We ', 0), word('support ', 15), word('it.', 55))).toEqual([{ text: 'We support it.', x: 0, width: 70 }]);
  });

  it('keeps a bold word, a link and a differently coloured word apart from their neighbours', () => {
    const merged = lineOf(
      word('plain ', 0),
      word('bold ', 30, { font: bold }),
      word('link ', 55, { link: 'https://example.eu' }),
      word('red ', 80, { color: 'red' }),
      word('plain', 100),
    );
    expect(merged.map((m) => m.text)).toEqual(['plain ', 'bold ', 'link ', 'red ', 'plain']);
  });

  it('keeps words apart when there is a gap between them (justified or tabbed text)', () => {
    expect(lineOf(word('a ', 0), word('b', 40)).map((m) => m.text)).toEqual(['a ', 'b']);
  });

  it('leaves page references, which pdfmake rewrites once pages are known, on their own', () => {
    expect(lineOf(word('page ', 0), word('3', 25, { _pageNodeRef: {} })).map((m) => m.text)).toEqual(['page ', '3']);
  });
});

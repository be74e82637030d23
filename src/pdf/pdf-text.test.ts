import { describe, expect, it } from 'vitest';
import { documentText, pageAt, pageText } from './pdf-text';

describe('the text of a PDF', () => {
  it('joins a page’s items in order, breaking lines where pdf.js says a line ends, skipping marked content', () => {
    const page = pageText([
      { type: 'beginMarkedContent' },
      { str: 'Incident ', hasEOL: false },
      { str: 'reporting', hasEOL: true },
      { type: 'endMarkedContent' },
      { str: 'Σύσταση', hasEOL: false },
    ]);
    expect(page.text).toBe('Incident reporting\nΣύσταση');
    expect(page.itemStarts).toEqual([0, 9, 19]);
  });

  it('joins pages with a blank line and finds the page of any offset', () => {
    const { text, pageStarts } = documentText(['one', '', 'three']);
    expect(text).toBe('one\n\n\n\nthree');
    expect(pageStarts).toEqual([0, 5, 7]);
    expect([0, 2, 3, 4, 5, 6, 7, 11].map((o) => pageAt(pageStarts, o))).toEqual([1, 1, 1, 1, 2, 2, 3, 3]);
    expect(text.slice(pageStarts[2]!, pageStarts[2]! + 5)).toBe('three');
  });
});

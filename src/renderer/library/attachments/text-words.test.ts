import { describe, expect, it } from 'vitest';
import { textLine } from './text-words';

describe('textLine', () => {
  it('says nothing for a file whose text the desk does not keep', () => {
    expect(textLine({ text: null })).toBeNull();
  });

  it('says a PDF is on its way into search, or in it with its pages', () => {
    expect(textLine({ text: { status: 'pending', pageCount: null, error: null } })).toBe('Being read for search…');
    expect(textLine({ text: { status: 'extracted', pageCount: 12, error: null } })).toBe('12 pages, in search');
    expect(textLine({ text: { status: 'extracted', pageCount: 1, error: null } })).toBe('1 page, in search');
  });

  it('says why search cannot find a PDF whose text could not be read', () => {
    expect(textLine({ text: { status: 'failed', pageCount: null, error: 'The PDF is protected by a password.' } })).toBe(
      'Search cannot find its text: The PDF is protected by a password',
    );
    expect(textLine({ text: { status: 'failed', pageCount: null, error: null } })).toBe('Search cannot find its text: it could not be read');
  });
});

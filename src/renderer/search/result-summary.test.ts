import { describe, expect, it } from 'vitest';
import { countByKind, moreOffer, summary, totalOf } from './result-summary';
import { formatCount } from '../shell/format';

describe('what the Search page says of its results', () => {
  it('says how many were found in all, and when only the best are shown', () => {
    expect(summary({ document: 4, meeting: 1 }, 5, null, '5G')).toBe('5 results for “5G”');
    expect(summary({ document: 1 }, 1, null, '5G')).toBe('1 result for “5G”');
    expect(summary({ agenda_item: 14369, document: 20000, meeting: 30 }, 100, null, 'security')).toBe(
      '34,399 results for “security”; the best 100 shown. Add a word to narrow the search.',
    );
    // Newest first, the hundred shown are the latest, not the best.
    expect(summary({ agenda_item: 14369, document: 20000, meeting: 30 }, 100, null, 'security', 'newest')).toBe(
      '34,399 results for “security”; the latest 100 shown. Add a word to narrow the search.',
    );
    expect(summary({ document: 20000 }, 100, 'document', 'security', 'newest')).toBe('20,000 documents for “security”; the latest 100 shown');
  });

  it('says how many of the kind chosen were found, among how many', () => {
    expect(summary({ document: 4, meeting: 1 }, 4, 'document', '5G')).toBe('4 documents among 5 results for “5G”');
    expect(summary({ document: 4 }, 4, 'document', '5G')).toBe('4 documents for “5G”');
    expect(summary({ agenda_item: 14369, document: 20000 }, 100, 'document', 'security')).toBe('20,000 documents for “security”; the best 100 shown');
    expect(summary({ meeting: 1, document: 3 }, 1, 'meeting', 'plenary')).toBe('1 meeting among 4 results for “plenary”');
    expect(summary({ pdf_page: 3, document: 1 }, 3, 'pdf_page', 'annex')).toBe('3 pages inside PDFs among 4 results for “annex”');
    expect(summary({ pdf_page: 1 }, 1, 'pdf_page', 'annex')).toBe('1 page inside a PDF for “annex”');
  });

  it('counts the kinds of a list, and adds counts up', () => {
    const hit = (type: 'document' | 'note') => ({ type, id: 'x', title: 'x', snippet: '', highlights: [], archived: false, parentId: null, place: null, context: null, date: null });
    expect(countByKind([hit('document'), hit('note'), hit('document')])).toEqual({ document: 2, note: 1 });
    expect(totalOf({ document: 2, note: 1 })).toBe(3);
    expect(totalOf({})).toBe(0);
    expect(formatCount(20114)).toBe('20,114');
  });
});

describe('what the foot of the results offers', () => {
  it('the next hundred, then the last ones, up to the most a search lists', () => {
    expect(moreOffer(100, 20_114, 100, 500)).toEqual({ more: 'Show 100 more' });
    expect(moreOffer(100, 113, 100, 500)).toEqual({ more: 'Show the last 13' });
    expect(moreOffer(100, 101, 100, 500)).toEqual({ more: 'Show the last one' });
    expect(moreOffer(400, 450, 100, 500)).toEqual({ more: 'Show the last 50' });
    // Never past the most: 450 listed of 20,114 offers 50 more, not a hundred.
    expect(moreOffer(450, 20_114, 100, 500)).toEqual({ more: 'Show 50 more' });
    expect(moreOffer(500, 20_114, 100, 500)).toEqual({ narrow: 'A search lists 500 results at most. Add a word to narrow it.' });
  });

  it('nothing when every match is listed', () => {
    expect(moreOffer(113, 113, 100, 500)).toBeNull();
    expect(moreOffer(0, 0, 100, 500)).toBeNull();
  });
});

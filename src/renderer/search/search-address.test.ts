import { describe, expect, it } from 'vitest';
import { readSearchAddress, resultsWanted, searchAddress } from './search-address';

describe('the Search page\'s address', () => {
  it('holds the words, the kind, the order, the archive choice and the hundreds shown, and reads them back', () => {
    const address = { query: 'post-quantum & 5G', kind: 'document', order: 'newest', includeArchived: true, more: 2 } as const;
    const written = searchAddress(address);
    expect(written).toBe('/search?q=post-quantum+%26+5G&type=document&sort=newest&archived=1&more=2');
    expect(readSearchAddress(written.slice('/search?'.length))).toEqual(address);
  });

  it('leaves out what is as by default, and always ends its path with "?"', () => {
    expect(searchAddress({ query: 'toolbox', order: 'relevance', includeArchived: false, more: 0 })).toBe('/search?q=toolbox');
    expect(searchAddress({})).toBe('/search?');
    expect(readSearchAddress('')).toEqual({ query: '', kind: null, order: 'relevance', includeArchived: false, more: 0 });
  });

  it('reads a hand-edited address safely: an unknown kind or order is none, "more" stays within what a search lists', () => {
    expect(readSearchAddress('q=x&type=spaceship&sort=oldest&archived=yes&more=-3')).toEqual({
      query: 'x', kind: null, order: 'relevance', includeArchived: false, more: 0,
    });
    expect(readSearchAddress('q=x&more=99').more).toBe(4);
    expect(readSearchAddress('q=x&more=1.5').more).toBe(0);
  });

  it('asks for a hundred results, and a hundred more for each "Show more", up to 500', () => {
    expect(resultsWanted({ more: 0 })).toBe(100);
    expect(resultsWanted({ more: 2 })).toBe(300);
    expect(resultsWanted({ more: 4 })).toBe(500);
  });
});

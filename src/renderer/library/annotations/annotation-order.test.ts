import { describe, expect, it } from 'vitest';
import type { Anchor, Annotation } from '../../../api/types';
import { activeFilters, annotationsOn, filterAnnotations, highlightsElsewhere, filterChoices, isFiltering, NO_FILTERS, panelLists, tagSuggestions } from './annotation-order';

let n = 0;
function annotation(fields: Partial<Omit<Annotation, 'anchor'>> & { anchor?: Partial<Anchor> } = {}): Annotation {
  n++;
  const { anchor, ...rest } = fields;
  return {
    id: `a${n}`,
    documentId: 'doc',
    revision: 1,
    exact: 'quote',
    prefix: '',
    suffix: '',
    start: 0,
    end: 5,
    note: '',
    color: 'yellow',
    tags: [],
    createdAt: `2027-01-0${(n % 9) + 1}T00:00:00Z`,
    updatedAt: '2027-01-01T00:00:00Z',
    deletedAt: null,
    documentTitle: 'Paper',
    documentAvailable: true,
    ...rest,
    anchor: { revision: 2, status: 'anchored', start: 0, end: 5, method: 'exact', ...anchor },
  };
}

describe('annotationsOn', () => {
  it("shows the paper's own highlights on its page, and a PDF's only in that PDF's reader", () => {
    const onPaper = annotation();
    const file = { url: 'https://example.eu/a.pdf', sha256: 'a'.repeat(64), page: 2 };
    const inPdf = annotation({ file });
    const inOther = annotation({ file: { ...file, url: 'https://example.eu/b.pdf' } });
    expect(annotationsOn([onPaper, inPdf, inOther], null)).toEqual([onPaper]);
    expect(annotationsOn([onPaper, inPdf, inOther], file.url)).toEqual([inPdf]);
  });
});

describe('highlightsElsewhere', () => {
  it("counts the paper's other highlights by place, its own text first, deleted ones left out", () => {
    const pdf = (url: string) => ({ url, sha256: 'a'.repeat(64), page: 1 });
    const list = [
      annotation({ file: pdf('https://example.eu/b.pdf') }),
      annotation({ file: pdf('https://example.eu/a.pdf') }),
      annotation({ file: pdf('https://example.eu/b.pdf') }),
      annotation(),
      annotation({ deletedAt: '2027-01-02T00:00:00Z' }),
    ];
    expect(highlightsElsewhere(list, 'https://example.eu/a.pdf')).toEqual([
      { url: null, count: 1 },
      { url: 'https://example.eu/b.pdf', count: 2 },
    ]);
    expect(highlightsElsewhere(list, null)).toEqual([
      { url: 'https://example.eu/a.pdf', count: 1 },
      { url: 'https://example.eu/b.pdf', count: 2 },
    ]);
  });
});

describe('panelLists', () => {
  it('places a PDF highlight on the version of the file in view, whatever the revision', () => {
    const sha = 'b'.repeat(64);
    const here = annotation({ anchor: { revision: 1, sha256: sha, page: 3 } });
    const otherVersion = annotation({ anchor: { revision: 2, sha256: 'c'.repeat(64), page: 3 } });
    const { placed, orphaned } = panelLists([here, otherVersion], 2, 100, sha);
    expect(placed).toEqual([here]);
    expect(orphaned).toEqual([otherVersion]);
  });

  it("never draws a PDF's anchor on the paper's own text", () => {
    const inPdf = annotation({ anchor: { sha256: 'b'.repeat(64), page: 1 } });
    expect(panelLists([inPdf], 2, 100).placed).toEqual([]);
  });

  it('lists placed annotations in reading order and the rest as orphaned', () => {
    const late = annotation({ anchor: { start: 50, end: 60 } });
    const early = annotation({ anchor: { start: 3, end: 9 } });
    const lost = annotation({ anchor: { status: 'orphaned', start: null, end: null, method: null } });
    const { placed, orphaned } = panelLists([late, lost, early], 2, 100);
    expect(placed.map((a) => a.id)).toEqual([early.id, late.id]);
    expect(orphaned.map((a) => a.id)).toEqual([lost.id]);
  });

  it('does not draw an anchor worked out for another revision, or one past the end of the text', () => {
    const stale = annotation({ anchor: { revision: 1 } });
    const beyond = annotation({ anchor: { start: 90, end: 120 } });
    const { placed, orphaned } = panelLists([stale, beyond], 2, 100);
    expect(placed).toEqual([]);
    expect(orphaned).toHaveLength(2);
  });

  it('leaves out deleted annotations', () => {
    const gone = annotation({ deletedAt: '2027-01-05T00:00:00Z' });
    expect(panelLists([gone], 2, 100)).toEqual({ placed: [], orphaned: [] });
  });
});

describe('filterAnnotations', () => {
  const yellow = annotation({ color: 'yellow', tags: ['5g'] });
  const blue = annotation({ color: 'blue', tags: ['red-line', 'ask-capital'] });
  const green = annotation({ color: 'green' });

  it('shows everything without filters', () => {
    expect(filterAnnotations([yellow, blue, green], NO_FILTERS)).toHaveLength(3);
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it('keeps the chosen colours', () => {
    expect(filterAnnotations([yellow, blue, green], { colors: ['blue', 'green'], tags: [] })).toEqual([blue, green]);
  });

  it('keeps annotations with any chosen tag, and both filters apply together', () => {
    expect(filterAnnotations([yellow, blue, green], { colors: [], tags: ['ask-capital', '5g'] })).toEqual([yellow, blue]);
    expect(filterAnnotations([yellow, blue, green], { colors: ['yellow'], tags: ['ask-capital'] })).toEqual([]);
    expect(isFiltering({ colors: [], tags: ['5g'] })).toBe(true);
  });
});

describe('tagSuggestions', () => {
  it('offers the most used tags first, then the paper’s own, once each', () => {
    const tags = tagSuggestions(
      [annotation({ tags: ['ask-capital', 'red-line'] }), annotation({ tags: ['red-line'] })],
      ['5g', 'red-line'],
    );
    expect(tags).toEqual(['red-line', 'ask-capital', '5g']);
  });
});

describe('filter choices', () => {
  it('offers the colours and tags the highlights have', () => {
    const choices = filterChoices([annotation({ color: 'pink', tags: ['b', 'a'] }), annotation({ color: 'pink', tags: ['a'] }), annotation({ color: 'blue' })]);
    expect(choices).toEqual({ colors: ['pink', 'blue'], tags: ['a', 'b'] });
  });

  it('drops a chosen colour or tag no highlight has any more, so nothing stays hidden without a control', () => {
    const choices = { colors: ['blue' as const], tags: ['a'] };
    expect(activeFilters({ colors: ['pink', 'blue'], tags: ['gone', 'a'] }, choices)).toEqual({ colors: ['blue'], tags: ['a'] });
    expect(isFiltering(activeFilters({ colors: ['pink'], tags: ['gone'] }, choices))).toBe(false);
  });
});

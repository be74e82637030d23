import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../api/types';
import { hitHref } from './hit-location';

const hit = (fields: Partial<SearchHit>): SearchHit => ({
  type: 'document',
  id: 'x',
  title: 'x',
  snippet: '',
  highlights: [],
  archived: false,
  parentId: null,
  place: { type: 'document', id: 'x' },
  context: null,
  date: null,
  ...fields,
});

describe('hitHref', () => {
  it('opens papers and meetings themselves', () => {
    expect(hitHref(hit({ type: 'document', place: { type: 'document', id: 'cg-2020-01-5g-toolbox' } }))).toBe('/library/cg-2020-01-5g-toolbox');
    expect(hitHref(hit({ type: 'meeting', place: { type: 'meeting', id: 'mtg-2027-02-plenary' } }))).toBe('/meetings/mtg-2027-02-plenary');
  });

  it('opens the meeting of an agenda item or a position, and the paper of an annotation', () => {
    expect(hitHref(hit({ type: 'agenda_item', place: { type: 'meeting', id: 'mtg-1' } }))).toBe('/meetings/mtg-1');
    expect(hitHref(hit({ type: 'position', place: { type: 'meeting', id: 'mtg-1' } }))).toBe('/meetings/mtg-1');
    expect(hitHref(hit({ type: 'annotation', place: { type: 'document', id: 'cg-1' } }))).toBe('/library/cg-1');
  });

  it('points the directory at a contact', () => {
    expect(hitHref(hit({ type: 'note', place: { type: 'contact', id: 'contact-cert-fr' } }))).toBe('/contacts?focus=contact-cert-fr');
  });

  it('escapes ids, so an id cannot add path segments or parameters', () => {
    expect(hitHref(hit({ place: { type: 'document', id: 'a/b?c' } }))).toBe('/library/a%2Fb%3Fc');
    expect(hitHref(hit({ type: 'contact', place: { type: 'contact', id: 'a&b=c' } }))).toBe('/contacts?focus=a%26b%3Dc');
  });

  it('opens a PDF hit in the reader at its page, with the words the snippet highlights', () => {
    const href = hitHref(
      hit({
        type: 'pdf_page',
        place: { type: 'document', id: 'cg-1' },
        snippet: 'the quokka and the Quokkas',
        highlights: [
          [4, 10],
          [19, 26],
          [4, 10],
        ],
        pdf: { url: 'https://example.eu/a b.pdf?x=1&y=2', sha256: 'a'.repeat(64), page: 3 },
      }),
    );
    expect(href).toBe('/library/cg-1/pdf?url=https%3A%2F%2Fexample.eu%2Fa%20b.pdf%3Fx%3D1%26y%3D2&page=3&find=quokka%20Quokkas');
  });

  it('has no address when what the hit is about is gone', () => {
    expect(hitHref(hit({ type: 'position', place: null }))).toBeNull();
  });
});

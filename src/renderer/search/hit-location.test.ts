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

  it('has no address when what the hit is about is gone', () => {
    expect(hitHref(hit({ type: 'position', place: null }))).toBeNull();
  });
});

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
  ...fields,
});

describe('hitHref', () => {
  it('opens papers and meetings themselves', () => {
    expect(hitHref(hit({ type: 'document', id: 'cg-2020-01-5g-toolbox' }))).toBe('/library/cg-2020-01-5g-toolbox');
    expect(hitHref(hit({ type: 'meeting', id: 'mtg-2027-02-plenary' }))).toBe('/meetings/mtg-2027-02-plenary');
  });

  it('opens the meeting of an agenda item and the paper of an annotation', () => {
    expect(hitHref(hit({ type: 'agenda_item', id: 'ai-3', parentId: 'mtg-1' }))).toBe('/meetings/mtg-1');
    expect(hitHref(hit({ type: 'annotation', id: 'a-1', parentId: 'cg-1' }))).toBe('/library/cg-1');
  });

  it('points the directory at a contact', () => {
    expect(hitHref(hit({ type: 'contact', id: 'contact-cert-fr' }))).toBe('/contacts?focus=contact-cert-fr');
  });

  it('escapes ids, so an id cannot add path segments or parameters', () => {
    expect(hitHref(hit({ type: 'document', id: 'a/b?c' }))).toBe('/library/a%2Fb%3Fc');
    expect(hitHref(hit({ type: 'contact', id: 'a&b=c' }))).toBe('/contacts?focus=a%26b%3Dc');
  });

  it('has no address when the hit does not say where it lives', () => {
    expect(hitHref(hit({ type: 'agenda_item', parentId: null }))).toBeNull();
    expect(hitHref(hit({ type: 'position', parentId: 'ai-3' }))).toBeNull();
    expect(hitHref(hit({ type: 'note', parentId: 'mtg-1' }))).toBeNull();
  });
});

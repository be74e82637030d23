// Where a search result lives in the app, so choosing it opens the right page.
import type { SearchHit } from '../../api/types';
import { paths } from '../shell/paths';

/**
 * The address of the page that shows the hit (its `place`: a paper, a meeting or a contact), or
 * null when what it is about is no longer in the store.
 */
export function hitHref(hit: SearchHit): string | null {
  const place = hit.place;
  if (!place) return null;
  switch (place.type) {
    case 'document':
      return paths.document(place.id);
    case 'meeting':
      return paths.meeting(place.id);
    case 'contact':
      return `${paths.contacts}?focus=${encodeURIComponent(place.id)}`;
  }
}

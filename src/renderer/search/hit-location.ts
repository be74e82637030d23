// Where a search result lives in the app, so choosing it opens the right page.
import type { SearchHit } from '../../api/types';
import { paths } from '../shell/paths';

/**
 * The address of the page that shows the hit, or null when the hit does not say enough to find
 * it: a position only knows its agenda item (not the meeting), and a note only its subject's id
 * (not whether that is a meeting, an agenda item, a paper or a contact).
 */
export function hitHref(hit: SearchHit): string | null {
  switch (hit.type) {
    case 'document':
      return paths.document(hit.id);
    case 'meeting':
      return paths.meeting(hit.id);
    case 'agenda_item':
      return hit.parentId ? paths.meeting(hit.parentId) : null;
    case 'contact':
      return `${paths.contacts}?focus=${encodeURIComponent(hit.id)}`;
    case 'annotation':
      return hit.parentId ? paths.document(hit.parentId) : null;
    case 'position':
    case 'note':
      return null;
  }
}

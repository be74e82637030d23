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
  // A hit inside a PDF opens the reader at its page, with the words found highlighted.
  if (hit.pdf && place.type === 'document') {
    const words = [...new Set(hit.highlights.map(([start, end]) => hit.snippet.slice(start, end)))];
    return paths.pdf(place.id, hit.pdf.url, { page: hit.pdf.page, find: words.join(' ') || undefined });
  }
  return paths.place(place);
}

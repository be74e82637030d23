// The Search page's address holds the whole search: the words, the kind chosen, the order, whether
// archived records are included and how many hundreds past the first are listed. So Back from a
// result returns to the very list it was chosen from (the 230th result after two "Show more"), and
// a search can be bookmarked or sent.
import type { SearchKind, SearchOrder } from '../../api/types';
import { MOST_RESULTS } from '../../search/result-limit';
import { isSearchKind } from './hit-kinds';

/** Results listed at first, and added by each "Show more". */
export const RESULTS_STEP = 100;
const MOST_MORE = Math.ceil(MOST_RESULTS / RESULTS_STEP) - 1;

export interface SearchAddress {
  query: string;
  kind: SearchKind | null;
  order: SearchOrder;
  includeArchived: boolean;
  /** Hundreds listed past the first ("Show more" pressed this many times). */
  more: number;
}

export function readSearchAddress(search: string): SearchAddress {
  const params = new URLSearchParams(search);
  const type = params.get('type');
  const more = Number(params.get('more'));
  return {
    query: params.get('q') ?? '',
    kind: isSearchKind(type) ? type : null,
    order: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    includeArchived: params.get('archived') === '1',
    more: Number.isInteger(more) ? Math.min(Math.max(more, 0), MOST_MORE) : 0,
  };
}

/**
 * The address of a search. Changing the words, the kind, the order or the archive choice is a new
 * search, so it starts again from the first hundred: `more` is only kept when given.
 */
export function searchAddress(search: Partial<SearchAddress>): string {
  const params = new URLSearchParams();
  if (search.query) params.set('q', search.query);
  if (search.kind) params.set('type', search.kind);
  if (search.order === 'newest') params.set('sort', 'newest');
  if (search.includeArchived) params.set('archived', '1');
  if (search.more) params.set('more', String(search.more));
  // Always end with "?": the hash router only clears old parameters when the address has one.
  return `/search?${params.toString()}`;
}

/** How many results the address asks for. */
export function resultsWanted(address: Pick<SearchAddress, 'more'>): number {
  return Math.min(RESULTS_STEP * (1 + address.more), MOST_RESULTS);
}

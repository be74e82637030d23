// How search results can come: the best match first (bm25), or the most recent first (by the
// date search.ts gives every kind of row). Its own file so that the API's contract, which the
// window's code imports, takes the list without the search's SQL.
import type { SearchOrder } from '../api/types';

export const SEARCH_ORDERS = ['relevance', 'newest'] as const satisfies readonly SearchOrder[];

// What the Search page says of its results: how many of each kind were found, all of them, and
// how many are shown. Pure, so it is tested without a page.
import type { SearchCounts, SearchHit, SearchKind, SearchOrder } from '../../api/types';
import { formatCount } from '../shell/format';
import { HIT_KINDS } from './hit-kinds';

/**
 * "5 results for “5G”", "4 documents among 5 results for “5G”", "20,114 results for “security”;
 * the best 100 shown" (the latest, newest first). `found` counts every match (search.counts), `shown`
 * what the page lists.
 */
export function summary(found: SearchCounts, shown: number, kind: SearchKind | null, query: string, order: SearchOrder = 'relevance'): string {
  const kept = order === 'newest' ? 'the latest' : 'the best';
  const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
  const total = totalOf(found);
  const results = plural(total, 'result', 'results');
  if (kind === null) {
    return shown < total ? `${results} for “${query}”; ${kept} ${formatCount(shown)} shown. Add a word to narrow the search.` : `${results} for “${query}”`;
  }
  const ofKind = found[kind] ?? 0;
  const named = plural(ofKind, HIT_KINDS[kind].one, HIT_KINDS[kind].many);
  if (shown < ofKind) return `${named} for “${query}”; ${kept} ${formatCount(shown)} shown`;
  return ofKind === total ? `${named} for “${query}”` : `${named} among ${results} for “${query}”`;
}

/**
 * What the foot of the list offers when more matched than are listed: the next `step` ("Show 100
 * more", "Show the last 13"), or, once a search lists the most it can, that a word narrows it.
 */
export function moreOffer(shown: number, found: number, step: number, most: number): { more: string } | { narrow: string } | null {
  const left = found - shown;
  if (left <= 0) return null;
  if (shown >= most) return { narrow: `A search lists ${formatCount(most)} results at most. Add a word to narrow it.` };
  const next = Math.min(step, left, most - shown);
  if (next < left) return { more: `Show ${formatCount(next)} more` };
  return { more: left === 1 ? 'Show the last one' : `Show the last ${formatCount(left)}` };
}

export function totalOf(counts: SearchCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}

export function countByKind(hits: SearchHit[]): SearchCounts {
  const counts: SearchCounts = {};
  for (const hit of hits) counts[hit.type] = (counts[hit.type] ?? 0) + 1;
  return counts;
}

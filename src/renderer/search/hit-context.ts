// The line under a result's title that places it: when, and in what ("17 Feb 2027 · NIS Cooperation
// Group plenary"), so two agenda items of the same name at different meetings can be told apart
// without opening them.
import type { SearchHit } from '../../api/types';
import { formatDate } from '../shell/format';

export function hitContext(hit: Pick<SearchHit, 'date' | 'context'>): string {
  return [formatDate(hit.date), hit.context?.trim()].filter(Boolean).join(' · ');
}

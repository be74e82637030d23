// How a meeting's preparation reads, in the same words on the meeting page and the dashboard.
import type { PreparationState } from '../../api/types';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface PreparationWords {
  /** "3 of 7 items with an approved position". */
  positions: string;
  /** "5 with a position" (draft or further), or null when that says nothing more. */
  started: string | null;
  /** "2 papers unread", or null when none is. */
  unread: string | null;
  /** "1 changed since read", or null. */
  changed: string | null;
  /** "All 4 papers read", when the meeting has papers and every one is read as it is. */
  allRead: string | null;
  /** Approved items as a share of all, 0 to 100. */
  approvedShare: number;
  /** Items with a position but not approved, as a share of all. */
  startedShare: number;
}

export function preparationWords(state: PreparationState, papersLinked: number): PreparationWords {
  const { items, withPosition, approved, unreadDocuments, changedDocuments } = state;
  const nothingNew = unreadDocuments === 0 && changedDocuments === 0 && papersLinked > 0;
  return {
    positions:
      items === 0 ? 'No agenda items yet' : `${approved} of ${count(items, 'item', 'items')} with an approved position`,
    started: withPosition > approved ? `${withPosition - approved} more in preparation` : null,
    unread: unreadDocuments > 0 ? `${count(unreadDocuments, 'paper', 'papers')} unread` : null,
    changed: changedDocuments > 0 ? `${changedDocuments} changed since read` : null,
    allRead: nothingNew ? (papersLinked === 1 ? 'The paper is read' : `All ${papersLinked} papers read`) : null,
    approvedShare: items === 0 ? 0 : (approved / items) * 100,
    startedShare: items === 0 ? 0 : ((withPosition - approved) / items) * 100,
  };
}

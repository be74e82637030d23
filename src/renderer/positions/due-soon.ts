// The positions the capital is waiting for: not approved yet, due within the coming week or
// already late, the earliest due first. The dashboard shows them, so a due date set in the editor
// is not only seen by opening that item again.
import type { PositionOverviewRow } from '../../api/types';
import { localDay } from './position-labels';

/** How far ahead "due soon" looks, in days. */
export const DUE_SOON_DAYS = 7;

/** The local day `days` after `day` (both YYYY-MM-DD). */
export function dayAfter(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localDay(new Date(y, m - 1, d + days));
}

export function dueSoon(rows: readonly PositionOverviewRow[], today: string, days = DUE_SOON_DAYS): PositionOverviewRow[] {
  const until = dayAfter(today, days);
  return rows
    .filter(({ position }) => position.status !== 'approved' && position.dueDate !== null && position.dueDate <= until)
    .sort(
      (a, b) =>
        a.position.dueDate!.localeCompare(b.position.dueDate!) ||
        (a.meeting?.startsAt ?? '').localeCompare(b.meeting?.startsAt ?? '') ||
        (a.item.number ?? '').localeCompare(b.item.number ?? '', 'en', { numeric: true }),
    );
}

// Due soon: what is not approved and due within the week or late, the earliest first; an approved
// position, one without a date, or one due later is not.
import { describe, expect, it } from 'vitest';
import type { PositionOverviewRow, PositionStatus } from '../../api/types';
import { dayAfter, dueSoon } from './due-soon';

function row(item: string, status: PositionStatus, dueDate: string | null, startsAt = '2027-02-17T09:30:00+01:00'): PositionOverviewRow {
  return {
    position: { agendaItemId: item, status, dueDate } as PositionOverviewRow['position'],
    item: { id: item, number: item, title: `Item ${item}`, available: true },
    meeting: { id: 'm', title: 'Plenary', startsAt },
  };
}

describe('positions due soon', () => {
  it('counts days on the calendar, across months and years', () => {
    expect(dayAfter('2026-12-28', 7)).toBe('2027-01-04');
    expect(dayAfter('2027-02-27', 2)).toBe('2027-03-01');
    expect(dayAfter('2026-12-06', -1)).toBe('2026-12-05');
  });

  it('lists what is late or due within the week, not approved, the earliest first', () => {
    const rows = [
      row('due-in-7', 'draft', '2026-12-13'),
      row('due-in-8', 'draft', '2026-12-14'),
      row('late', 'in_coordination', '2026-12-01'),
      row('approved-late', 'approved', '2026-12-01'),
      row('no-date', 'draft', null),
      row('due-today', 'none', '2026-12-06'),
    ];
    expect(dueSoon(rows, '2026-12-06').map((r) => r.item.id)).toEqual(['late', 'due-today', 'due-in-7']);
  });

  it('puts the same day in the order of the meetings, then of the items', () => {
    const rows = [row('3', 'draft', '2026-12-08', '2027-03-10T10:00:00+01:00'), row('4.b', 'draft', '2026-12-08'), row('4.a', 'draft', '2026-12-08')];
    expect(dueSoon(rows, '2026-12-06').map((r) => r.item.id)).toEqual(['4.a', '4.b', '3']);
  });
});

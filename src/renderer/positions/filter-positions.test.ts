import { describe, expect, it } from 'vitest';
import type { PositionOverviewRow, PositionStatus } from '../../api/types';
import { countByStatus, filterPositions, inWorkingOrder, isFilteringPositions, NO_POSITION_FILTER } from './filter-positions';

function row(itemId: string, status: PositionStatus, meeting: { id: string; startsAt: string } | null, number: string | null = '1'): PositionOverviewRow {
  return {
    position: {
      id: `position:${itemId}`,
      agendaItemId: itemId,
      status,
      lineToTake: '',
      speakingPoints: '',
      redLines: '',
      fallback: '',
      background: '',
      owner: '',
      dueDate: null,
      createdAt: '2027-01-01T00:00:00Z',
      updatedAt: '2027-01-01T00:00:00Z',
      deletedAt: null,
    },
    item: { id: itemId, number, title: meeting ? `Item ${number}` : null, available: meeting !== null },
    meeting: meeting ? { ...meeting, title: meeting.id } : null,
  };
}

const feb = { id: 'mtg-feb', startsAt: '2027-02-17T08:30:00Z' };
const mar = { id: 'mtg-mar', startsAt: '2027-03-10T09:00:00Z' };
const rows = [
  row('mar-1', 'approved', mar, '1'),
  row('feb-10', 'draft', feb, '10'),
  row('waiting', 'draft', null, null),
  row('feb-4b', 'in_coordination', feb, '4.b'),
  row('feb-4a', 'approved', feb, '4.a'),
  row('feb-9', 'none', feb, '9'),
];

describe('the positions overview', () => {
  it('shows everything without a filter', () => {
    expect(filterPositions(rows, NO_POSITION_FILTER)).toHaveLength(6);
    expect(isFilteringPositions(NO_POSITION_FILTER)).toBe(false);
  });

  it('keeps the chosen statuses, and the chosen meeting', () => {
    const ids = (filter: Parameters<typeof filterPositions>[1]) => filterPositions(rows, filter).map((r) => r.item.id);
    expect(ids({ statuses: ['approved'], meetingId: null })).toEqual(['mar-1', 'feb-4a']);
    expect(ids({ statuses: ['draft', 'in_coordination'], meetingId: 'mtg-feb' })).toEqual(['feb-10', 'feb-4b']);
    expect(ids({ statuses: [], meetingId: 'mtg-mar' })).toEqual(['mar-1']);
    expect(isFilteringPositions({ statuses: [], meetingId: 'mtg-mar' })).toBe(true);
  });

  it('counts each status within the chosen meeting', () => {
    expect(countByStatus(rows, null)).toEqual({ none: 1, draft: 2, in_coordination: 1, approved: 2 });
    expect(countByStatus(rows, 'mtg-feb')).toEqual({ none: 1, draft: 1, in_coordination: 1, approved: 1 });
  });


  it('puts the meetings to come first, the soonest at the top, then the past ones, the latest first, waiting positions last', () => {
    const jan = { id: 'mtg-jan', startsAt: '2027-01-12T09:00:00Z' };
    const dec = { id: 'mtg-dec', startsAt: '2026-12-01T09:00:00Z' };
    // As the core gives them: meetings by date, items in agenda order, the waiting one last.
    const all = [
      row('dec-1', 'approved', dec, '1'),
      row('jan-1', 'draft', jan, '1'),
      row('jan-2', 'draft', jan, '2'),
      row('feb-4a', 'approved', feb, '4.a'),
      row('feb-9', 'none', feb, '9'),
      row('mar-1', 'approved', mar, '1'),
      row('waiting', 'draft', null, null),
    ];
    // On 17 February 2027, the day of the February meeting: still to come.
    const order = inWorkingOrder(all, new Date(2027, 1, 17, 20, 0)).map((r) => r.item.id);
    expect(order).toEqual(['feb-4a', 'feb-9', 'mar-1', 'jan-1', 'jan-2', 'dec-1', 'waiting']);
    // The filters keep that order.
    expect(filterPositions(inWorkingOrder(all, new Date(2027, 1, 17)), { statuses: ['approved'], meetingId: null }).map((r) => r.item.id)).toEqual([
      'feb-4a',
      'mar-1',
      'dec-1',
    ]);
  });
});

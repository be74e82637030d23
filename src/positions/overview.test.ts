import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { agendaItem, meeting, page, tempDir, writeFeed } from '../../tests/support/feed-pages';
import { positionId, type PositionStatus } from '../local-records/records';
import { writeRecord } from '../local-records/tables';
import { EMPTY_POSITION, savePosition } from './positions';
import { listPositions } from './overview';

let db: Store;
const T = '2026-11-02T08:00:00.000Z';

beforeEach(async () => {
  db = openStore(':memory:');
  // The March meeting is published first, and its items out of order, so order comes from the
  // meeting dates and the agenda, not from insertion.
  const feed = writeFeed(tempDir(), [
    page([], {
      meetings: [
        meeting('march', { title: 'Plenary, March', starts_at: '2027-03-10T09:30:00+01:00' }),
        meeting('feb', { title: 'Plenary, February', starts_at: '2027-02-17T09:30:00+01:00' }),
      ],
      agenda_items: [
        agendaItem('march-10', 'march', { number: '10', order: 10, title: 'AOB' }),
        agendaItem('march-2', 'march', { number: '2', order: 2, title: 'Toolbox' }),
        agendaItem('feb-3', 'feb', { number: '3', order: 3, title: 'Guidelines' }),
        agendaItem('feb-1', 'feb', { number: '1', order: 1, title: 'Adoption of the agenda' }),
      ],
    }),
  ]);
  expect((await syncSource(db, feed)).status).toBe('applied');
  const statuses: Record<string, PositionStatus> = { 'march-10': 'draft', 'march-2': 'approved', 'feb-3': 'in_coordination', 'feb-1': 'approved' };
  for (const [agendaItemId, status] of Object.entries(statuses)) {
    savePosition(db, { ...EMPTY_POSITION, agendaItemId, status, lineToTake: `Line on ${agendaItemId}` });
  }
  // A position from a colleague's pack, on an item the feed has not published yet.
  writeRecord(db, 'position', { ...EMPTY_POSITION, id: positionId('future-item'), agendaItemId: 'future-item', status: 'draft', createdAt: T, updatedAt: T, deletedAt: null }, 'imported');
});
afterEach(() => db.close());

const items = (rows: ReturnType<typeof listPositions>) => rows.map((r) => r.item.id);

describe('the positions overview', () => {
  it('lists every position by meeting date, then agenda order (10 after 2), waiting ones last', () => {
    expect(items(listPositions(db))).toEqual(['feb-1', 'feb-3', 'march-2', 'march-10', 'future-item']);
  });

  it('joins each position with its agenda item and meeting', () => {
    const [first] = listPositions(db);
    expect(first).toEqual({
      position: expect.objectContaining({ id: positionId('feb-1'), agendaItemId: 'feb-1', status: 'approved', lineToTake: 'Line on feb-1' }),
      item: { id: 'feb-1', number: '1', title: 'Adoption of the agenda', available: true },
      meeting: { id: 'feb', title: 'Plenary, February', startsAt: '2027-02-17T09:30:00+01:00' },
    });
  });

  it('shows a position whose item is not in the store as waiting: item unavailable, no meeting', () => {
    expect(listPositions(db).at(-1)).toEqual({
      position: expect.objectContaining({ agendaItemId: 'future-item', status: 'draft' }),
      item: { id: 'future-item', number: null, title: null, available: false },
      meeting: null,
    });
  });

  it('filters by status, by several statuses, and treats an empty list as every status', () => {
    expect(items(listPositions(db, { statuses: ['approved'] }))).toEqual(['feb-1', 'march-2']);
    expect(items(listPositions(db, { statuses: ['draft', 'in_coordination'] }))).toEqual(['feb-3', 'march-10', 'future-item']);
    expect(listPositions(db, { statuses: [] })).toHaveLength(5);
    expect(listPositions(db, { statuses: ['none'] })).toEqual([]);
  });

  it('filters by meeting (waiting positions belong to none), and by meeting and status together', () => {
    expect(items(listPositions(db, { meetingId: 'march' }))).toEqual(['march-2', 'march-10']);
    expect(items(listPositions(db, { meetingId: 'feb', statuses: ['approved'] }))).toEqual(['feb-1']);
    expect(listPositions(db, { meetingId: 'no-such-meeting' })).toEqual([]);
  });

  it('leaves deleted positions out', () => {
    writeRecord(db, 'position', { ...EMPTY_POSITION, id: positionId('gone'), agendaItemId: 'gone', createdAt: T, updatedAt: T, deletedAt: T }, 'imported');
    expect(items(listPositions(db))).not.toContain('gone');
  });
});

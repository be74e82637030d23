import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { writeRecord } from '../local-records/tables';
import { positionId, type PositionRecord, type PositionStatus } from '../local-records/records';
import { markRead } from '../library/read-state';
import { getMeeting, listAgenda } from './meetings';
import { meetingPreparation, preparationOf } from './preparation';
import { agendaItem, doc, meeting, page, tempDir, writeFeed, type Json } from '../../tests/support/feed-pages';
import { plansOf, scansOf, withStatisticsOfALargeStore } from '../../tests/support/query-plans';

const T1 = '2026-11-02T08:15:00.000Z';

let db: Store;
let dir: string;

/** m1: four items (one withdrawn by the feed) sharing papers d1..d3 and one not published; m2: no agenda. */
const feed = (d1Text = 'First.'): Json[] => [
  page([doc('d1', { content_html: `<p>${d1Text}</p>` }), doc('d2'), doc('d3')], {
    meetings: [meeting('m1'), meeting('m2', { starts_at: '2027-03-10T09:30:00+01:00' })],
    agenda_items: [
      agendaItem('a1', 'm1', { document_ids: ['d1', 'd2'] }),
      agendaItem('a2', 'm1', { number: '2', order: 2, document_ids: ['d2', 'd-unpublished'] }),
      agendaItem('a3', 'm1', { number: '3', order: 3, document_ids: ['d3'] }),
      agendaItem('a4', 'm1', { number: '4', order: 4 }),
    ],
  }),
];

function position(agendaItemId: string, status: PositionStatus, deletedAt: string | null = null): PositionRecord {
  return {
    id: positionId(agendaItemId), agendaItemId, status, lineToTake: '', speakingPoints: '', redLines: '', fallback: '',
    background: '', owner: '', dueDate: null, createdAt: T1, updatedAt: T1, deletedAt,
  };
}

beforeEach(async () => {
  db = openStore(':memory:');
  dir = tempDir();
  await syncSource(db, writeFeed(dir, feed()));
});
afterEach(() => db.close());

describe('meeting preparation', () => {
  it('starts with every item unprepared and every published paper unread, each paper counted once', () => {
    expect(meetingPreparation(db, 'm1')).toEqual({ items: 4, withPosition: 0, approved: 0, unreadDocuments: 3, changedDocuments: 0 });
    expect(getMeeting(db, 'm1').preparation).toEqual(meetingPreparation(db, 'm1'));
    expect(listAgenda(db, { meetingId: 'm1' }).map((i) => i.positionStatus)).toEqual(['none', 'none', 'none', 'none']);
  });

  it('counts items with a position and approved ones; a deleted position does not count', () => {
    writeRecord(db, 'position', position('a1', 'approved'));
    writeRecord(db, 'position', position('a2', 'draft'));
    writeRecord(db, 'position', position('a3', 'in_coordination', T1));
    writeRecord(db, 'position', position('a4', 'none'));
    expect(meetingPreparation(db, 'm1')).toMatchObject({ items: 4, withPosition: 2, approved: 1 });
    expect(listAgenda(db, { meetingId: 'm1' }).map((i) => i.positionStatus)).toEqual(['approved', 'draft', 'none', 'none']);
  });

  it('counts papers read, unread and changed since read', async () => {
    markRead(db, 'd1', true);
    markRead(db, 'd2', true);
    expect(meetingPreparation(db, 'm1')).toMatchObject({ unreadDocuments: 1, changedDocuments: 0 });
    await syncSource(db, writeFeed(dir, feed('First, revised.')));
    expect(meetingPreparation(db, 'm1')).toMatchObject({ unreadDocuments: 1, changedDocuments: 1 });
  });

  it('leaves out items and papers the feed withdrew', async () => {
    writeRecord(db, 'position', position('a3', 'approved'));
    const withdrawn = feed();
    const extension = withdrawn[0]!._delegation as Json;
    extension.agenda_items = (extension.agenda_items as Json[]).filter((i) => i.id !== 'a3');
    extension.deleted = [{ type: 'agenda_item', id: 'a3', deleted_at: '2026-11-04T10:00:00Z' }];
    await syncSource(db, writeFeed(dir, withdrawn));
    // a3 is kept, archived, because a position points at it; there is nothing left to prepare there.
    expect(listAgenda(db, { meetingId: 'm1', includeArchived: true }).find((i) => i.id === 'a3')).toMatchObject({ archived: true });
    expect(meetingPreparation(db, 'm1')).toEqual({ items: 3, withPosition: 0, approved: 0, unreadDocuments: 2, changedDocuments: 0 });
  });

  it('answers for many meetings in one call, a meeting without an agenda or unknown as empty', () => {
    writeRecord(db, 'position', position('a1', 'approved'));
    const all = preparationOf(db, ['m1', 'm2', 'nope']);
    expect([...all.keys()]).toEqual(['m1', 'm2', 'nope']);
    expect(all.get('m1')).toMatchObject({ items: 4, approved: 1 });
    const empty = { items: 0, withPosition: 0, approved: 0, unreadDocuments: 0, changedDocuments: 0 };
    expect(all.get('m2')).toEqual(empty);
    expect(all.get('nope')).toEqual(empty);
    expect(preparationOf(db, []).size).toBe(0);
  });
});

describe("on a store as large as the benchmark's", () => {
  it("reads a meeting's agenda and its preparation through the index by meeting, never every meeting or agenda item", () => {
    withStatisticsOfALargeStore(db);
    const plans = plansOf(db, (store) => getMeeting(store, 'm1'));
    expect(plans.map((p) => p.sql).join('\n')).toMatch(/agenda_items/);
    expect(scansOf(plans, ['i', 'agenda_items', 'm', 'meetings'])).toEqual([]);
  });
});

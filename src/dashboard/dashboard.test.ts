import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { writeRecord } from '../local-records/tables';
import { positionId } from '../local-records/records';
import { markRead } from '../library/read-state';
import { dashboard } from './dashboard';
import { agendaItem, doc, meeting, page, tempDir, writeFeed, type Json } from '../../tests/support/feed-pages';
import { plansOf, scansOf, withStatisticsOfALargeStore } from '../../tests/support/query-plans';

const NOW = new Date('2027-02-01T09:00:00Z');
const T1 = '2026-11-02T08:15:00.000Z';

let db: Store;
let dir: string;
const feed = (text: string): Json[] => [
  page([doc('d1', { content_html: `<p>${text}</p>` }), doc('d2')], {
    meetings: [meeting('m1'), meeting('m2', { starts_at: '2027-03-10T09:30:00+01:00' })],
    agenda_items: [agendaItem('a1', 'm1', { document_ids: ['d1', 'd2'] }), agendaItem('a2', 'm1', { number: '2', order: 2 })],
  }),
];

beforeEach(async () => {
  db = openStore(':memory:');
  dir = tempDir();
  await syncSource(db, writeFeed(dir, feed('First.')));
});
afterEach(() => db.close());

describe('the dashboard', () => {
  it("gives each next meeting its preparation: positions, papers unread and changed since read", async () => {
    writeRecord(db, 'position', {
      id: positionId('a1'), agendaItemId: 'a1', status: 'approved', lineToTake: 'Support.', speakingPoints: '', redLines: '',
      fallback: '', background: '', owner: '', dueDate: null, createdAt: T1, updatedAt: T1, deletedAt: null,
    });
    markRead(db, 'd1', true);
    await syncSource(db, writeFeed(dir, feed('Second.')));
    const [m1, m2] = dashboard(db, NOW).nextMeetings;
    expect(m1!.meeting.id).toBe('m1');
    expect(m1!.state).toEqual({ items: 2, withPosition: 1, approved: 1, unreadDocuments: 1, changedDocuments: 1 });
    expect(m2!.state).toEqual({ items: 0, withPosition: 0, approved: 0, unreadDocuments: 0, changedDocuments: 0 });
  });

  it('flags the papers the last sync changed that the delegate had read before', async () => {
    markRead(db, 'd1', true);
    await syncSource(db, writeFeed(dir, feed('Second.')));
    expect(dashboard(db, NOW).changedDocuments.map((d) => [d.id, d.readMark])).toEqual([['d1', 'changed']]);
  });
});

describe('the papers the last sync changed', () => {
  const many = (changed: string[] = []): Json[] => [
    page(
      Array.from({ length: 15 }, (_, i) => {
        const id = `p${String(i + 1).padStart(2, '0')}`;
        return doc(id, { date_published: `2026-10-${String(i + 1).padStart(2, '0')}T09:00:00Z`, ...(changed.includes(id) ? { title: `${id}, revised` } : {}) });
      }),
    ),
  ];

  it("shows twelve at most, those of the same sync in the library's order (newest paper first)", async () => {
    await syncSource(db, writeFeed(dir, many()));
    expect(dashboard(db, NOW).changedDocuments.map((d) => d.id)).toEqual(
      ['p15', 'p14', 'p13', 'p12', 'p11', 'p10', 'p09', 'p08', 'p07', 'p06', 'p05', 'p04'],
    );
  });

  it('shows only what the last sync that changed something changed', async () => {
    await syncSource(db, writeFeed(dir, many()));
    await syncSource(db, writeFeed(dir, many(['p03', 'p11'])));
    expect(dashboard(db, NOW).changedDocuments.map((d) => [d.id, d.title])).toEqual([['p11', 'p11, revised'], ['p03', 'p03, revised']]);
  });
});

describe("on a store as large as the benchmark's", () => {
  it('reads the agendas of the next meetings through the index by meeting, never every agenda item', () => {
    withStatisticsOfALargeStore(db);
    const plans = plansOf(db, (store) => dashboard(store, NOW));
    expect(plans.map((p) => p.sql).join('\n')).toMatch(/agenda_items/);
    expect(scansOf(plans, ['i', 'agenda_items'])).toEqual([]);
  });
});

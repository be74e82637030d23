import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { agendaItem, doc, meeting, page, tempDir, writeFeed } from '../../tests/support/feed-pages';
import { DeskError } from '../desk-error';
import { EMPTY_POSITION, savePosition } from '../positions/positions';
import { recordStatement, removeStatement } from '../tour-de-table/tour-de-table';
import { earlierPositions, earlierStatements } from './carry-over';

let db: Store;

// Three plenaries a few months apart. The toolbox paper is on an item of each; the April item on
// the same paper is the one being prepared.
beforeEach(async () => {
  db = openStore(':memory:');
  const feed = writeFeed(tempDir(), [
    page([doc('toolbox'), doc('roadmap'), doc('other')], {
      meetings: [
        meeting('oct', { title: 'Plenary, October', starts_at: '2026-10-14T09:30:00+02:00' }),
        meeting('feb', { title: 'Plenary, February', starts_at: '2027-02-17T09:30:00+01:00' }),
        meeting('apr', { title: 'Plenary, April', starts_at: '2027-04-21T09:30:00+02:00' }),
        meeting('jun', { title: 'Plenary, June', starts_at: '2027-06-09T09:30:00+02:00' }),
      ],
      agenda_items: [
        agendaItem('oct-5', 'oct', { number: '5', order: 5, title: '5G toolbox: state of play', document_ids: ['toolbox'] }),
        agendaItem('feb-3', 'feb', { number: '3', order: 3, title: '5G toolbox and roadmap', document_ids: ['toolbox', 'roadmap'] }),
        agendaItem('feb-4', 'feb', { number: '4', order: 4, title: 'Something else', document_ids: ['other'] }),
        agendaItem('feb-6', 'feb', { number: '6', order: 6, title: 'Toolbox, no position written', document_ids: ['toolbox'] }),
        agendaItem('apr-2', 'apr', { number: '2', order: 2, title: '5G toolbox: next steps', document_ids: ['toolbox', 'roadmap'] }),
        agendaItem('jun-1', 'jun', { number: '1', order: 1, title: 'Toolbox again, later', document_ids: ['toolbox'] }),
      ],
    }),
  ]);
  expect((await syncSource(db, feed)).status).toBe('applied');
  const write = (agendaItemId: string, lineToTake: string) => savePosition(db, { ...EMPTY_POSITION, agendaItemId, status: 'approved', lineToTake });
  write('oct-5', 'Support the toolbox, as in October');
  write('feb-3', 'Support the toolbox and the roadmap');
  write('feb-4', 'Unrelated line');
  savePosition(db, { ...EMPTY_POSITION, agendaItemId: 'feb-6', status: 'draft' }); // a status, nothing written
  write('jun-1', 'A later line');
});
afterEach(() => db.close());

describe('earlier positions on the same papers', () => {
  it("lists the positions on earlier meetings' items that share a paper, the latest meeting first", () => {
    const earlier = earlierPositions(db, 'apr-2');
    expect(earlier.map((e) => [e.agendaItemId, e.meetingTitle, e.sharedPapers, e.position.lineToTake])).toEqual([
      ['feb-3', 'Plenary, February', 2, 'Support the toolbox and the roadmap'],
      ['oct-5', 'Plenary, October', 1, 'Support the toolbox, as in October'],
    ]);
    expect(earlier[0]).toMatchObject({ number: '3', title: '5G toolbox and roadmap', meetingId: 'feb', meetingStartsAt: '2027-02-17T09:30:00+01:00' });
  });

  it('leaves out later meetings, items without a shared paper, and positions with nothing written', () => {
    expect(earlierPositions(db, 'oct-5')).toEqual([]);
    expect(earlierPositions(db, 'jun-1').map((e) => e.agendaItemId)).toEqual(['feb-3', 'oct-5']);
  });

  it('forgets a deleted position, and says when the item is unknown', () => {
    db.prepare("UPDATE positions SET deleted_at = '2027-01-01T00:00:00Z' WHERE agenda_item_id = 'feb-3'").run();
    expect(earlierPositions(db, 'apr-2').map((e) => e.agendaItemId)).toEqual(['oct-5']);
    expect(() => earlierPositions(db, 'no-such-item')).toThrow(DeskError);
  });
});

describe('where each speaker stood last time, on the same papers', () => {
  it("gives each speaker's statement on the latest earlier item that shares a paper, and nothing from later or unrelated items", () => {
    recordStatement(db, { agendaItemId: 'oct-5', speaker: 'DE', stance: 'reservation', comment: 'Waiting for the capital' });
    recordStatement(db, { agendaItemId: 'oct-5', speaker: 'FR', stance: 'support' });
    recordStatement(db, { agendaItemId: 'feb-3', speaker: 'DE', stance: 'support', comment: 'Lifted the reservation' });
    recordStatement(db, { agendaItemId: 'feb-4', speaker: 'IT', stance: 'against' }); // no shared paper
    recordStatement(db, { agendaItemId: 'jun-1', speaker: 'ES', stance: 'against' }); // a later meeting
    const bySpeaker = Object.fromEntries(earlierStatements(db, 'apr-2').map((s) => [s.speaker, s]));
    expect(Object.keys(bySpeaker).sort()).toEqual(['DE', 'FR']);
    expect(bySpeaker.DE).toEqual({
      speaker: 'DE', stance: 'support', comment: 'Lifted the reservation', agendaItemId: 'feb-3', number: '3',
      meetingTitle: 'Plenary, February', meetingStartsAt: '2027-02-17T09:30:00+01:00',
    });
    expect(bySpeaker.FR).toMatchObject({ stance: 'support', agendaItemId: 'oct-5', meetingTitle: 'Plenary, October' });
    // A statement taken back does not count: the one before it does.
    removeStatement(db, { agendaItemId: 'feb-3', speaker: 'DE' });
    expect(earlierStatements(db, 'apr-2').find((s) => s.speaker === 'DE')).toMatchObject({ stance: 'reservation', agendaItemId: 'oct-5' });
    expect(earlierStatements(db, 'oct-5')).toEqual([]);
  });
});

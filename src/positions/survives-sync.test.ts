// No sync ever changes the delegate's positions (with their history), tour de table or notes:
// not a revised agenda, not the publisher deleting the item or the meeting they are on.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { agendaItem, contact, meeting, page, tempDir, writeFeed, type Json } from '../../tests/support/feed-pages';
import { LOCAL_TABLES, snapshot } from '../../tests/support/store-snapshot';
import { EMPTY_POSITION, getPosition, positionVersions, savePosition } from './positions';
import { listPositions } from './overview';
import { getTourDeTable, recordStatement, removeStatement } from '../tour-de-table/tour-de-table';
import { deleteNote, listNotes, saveNote } from '../notes/notes';

let db: Store;
let dir: string;

const agenda = (title = 'Guidelines'): Json =>
  page([], { meetings: [meeting('m1')], agenda_items: [agendaItem('a1', 'm1', { title }), agendaItem('a2', 'm1', { number: '2', order: 2 })], contacts: [contact('c1')] });
const gone = (type: string, id: string) => ({ type, id, deleted_at: '2026-11-20T00:00:00Z' });

async function sync(pages: Json[]) {
  const result = await syncSource(db, writeFeed(dir, pages));
  expect(result.error).toBeUndefined();
  return result;
}

beforeEach(async () => {
  db = openStore(':memory:');
  dir = tempDir();
  await sync([agenda()]);
  savePosition(db, { ...EMPTY_POSITION, agendaItemId: 'a1', status: 'draft', lineToTake: 'Support', speakingPoints: '<p>One</p>' });
  savePosition(db, { ...EMPTY_POSITION, agendaItemId: 'a1', status: 'approved', lineToTake: 'Support as amended', speakingPoints: '<p>One</p>' });
  recordStatement(db, { agendaItemId: 'a1', speaker: 'DE', stance: 'against', comment: 'Costs' });
  recordStatement(db, { agendaItemId: 'a1', speaker: 'FR', stance: 'support' });
  removeStatement(db, { agendaItemId: 'a1', speaker: 'FR' });
  saveNote(db, { subjectType: 'meeting', subjectId: 'm1', body: 'Bring the slides' });
  const deleted = saveNote(db, { subjectType: 'contact', subjectId: 'c1', body: 'Call before the meeting' });
  deleteNote(db, deleted.id);
});
afterEach(() => db.close());

it('a revised agenda item changes none of the work on it', async () => {
  const before = snapshot(db, { only: LOCAL_TABLES });
  expect((await sync([agenda('Guidelines, revised')])).counts.agenda_items.updated).toBe(1);
  expect(snapshot(db, { only: LOCAL_TABLES })).toEqual(before);
  expect(listPositions(db)[0]!.item).toEqual({ id: 'a1', number: '1', title: 'Guidelines, revised', available: true });
});

it('the publisher deleting the meeting and its items, then publishing them again, changes none of it', async () => {
  const before = snapshot(db, { only: LOCAL_TABLES });
  const removal = await sync([page([], { deleted: [gone('agenda_item', 'a1'), gone('meeting', 'm1'), gone('contact', 'c1')] })]);
  // Pointed at by the delegate's work, so archived rather than deleted.
  expect([removal.counts.meetings.archived, removal.counts.agenda_items.archived, removal.counts.contacts.archived]).toEqual([1, 1, 1]);
  expect(snapshot(db, { only: LOCAL_TABLES })).toEqual(before);
  // Still there for the delegate to read.
  expect(getPosition(db, 'a1')).toMatchObject({ status: 'approved', lineToTake: 'Support as amended' });
  expect(positionVersions(db, 'a1')).toHaveLength(2);
  expect(getTourDeTable(db, 'a1').statements.map((s) => s.speaker)).toEqual(['DE']);
  expect(listNotes(db, 'meeting', 'm1').map((n) => n.body)).toEqual(['Bring the slides']);

  await sync([agenda()]);
  expect(snapshot(db, { only: LOCAL_TABLES })).toEqual(before);
});

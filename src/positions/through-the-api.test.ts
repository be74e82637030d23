// The calls the UI makes for positions, the tour de table and notes, through the same dispatch
// the window and the browser host use: inputs as the contract shapes them, errors as sentences.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Desk } from '../desk/desk';
import { createHandlers } from '../api/handlers';
import { dispatch, type Handlers } from '../api/dispatch';
import { syncSource } from '../sync/sync';
import { agendaItem, contact, meeting, page, tempDir, writeFeed } from '../../tests/support/feed-pages';
import type { NoteRecord, PositionDraft, PositionOverviewRow, PositionRecord, PositionVersion, TourDeTable } from '../api/types';

let desk: Desk;
let handlers: Handlers;

beforeEach(async () => {
  desk = await Desk.open({ storePath: ':memory:', mode: 'browser', version: 't' });
  handlers = createHandlers(desk);
  const feed = writeFeed(tempDir(), [page([], { meetings: [meeting('m1')], agenda_items: [agendaItem('a1', 'm1')], contacts: [contact('c1')] })]);
  expect((await syncSource(desk.db, feed)).status).toBe('applied');
});
afterEach(() => desk.close());

async function value<T>(name: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error}`);
  return result.value as T;
}

const fields = { status: 'draft', lineToTake: 'Support', speakingPoints: '<p>One</p>', redLines: '', fallback: '', background: '', owner: '', dueDate: null };

it('positions: get, save, versions, restore, list, and a refused save as a sentence', async () => {
  expect(await value('positions.get', { agendaItemId: 'a1' })).toBeNull();
  const first = await value<PositionRecord>('positions.save', { agendaItemId: 'a1', ...fields, expectedUpdatedAt: null });
  const second = await value<PositionRecord>('positions.save', { agendaItemId: 'a1', ...fields, status: 'approved', expectedUpdatedAt: first.updatedAt });
  expect(await value('positions.get', { agendaItemId: 'a1' })).toEqual(second);
  expect(await dispatch(handlers, 'positions.save', { agendaItemId: 'a1', ...fields, lineToTake: 'Oppose', expectedUpdatedAt: first.updatedAt })).toEqual({
    ok: false,
    error: expect.stringMatching(/^This position was changed elsewhere since you opened it \(saved at .+ UTC\)\. Reload it to see that version; yours was not saved\.$/),
  });
  const versions = await value<PositionVersion[]>('positions.versions', { agendaItemId: 'a1' });
  expect(versions.map((v) => v.record.status)).toEqual(['approved', 'draft']);
  expect(await value<PositionRecord>('positions.restore', { agendaItemId: 'a1', versionId: versions[1]!.versionId })).toMatchObject({ status: 'draft' });
  expect((await value<PositionOverviewRow[]>('positions.list', { statuses: ['draft'] })).map((r) => r.item.id)).toEqual(['a1']);
  expect(await dispatch(handlers, 'positions.save', { agendaItemId: 'nope', ...fields })).toEqual({
    ok: false,
    error: 'There is no agenda item with id "nope" in this store.',
  });
});

it('tour de table: record, get, remove', async () => {
  await value('settings.update', { delegationCountry: 'FR' });
  await value('tourDeTable.record', { agendaItemId: 'a1', speaker: 'FR', stance: 'against' });
  await value('tourDeTable.record', { agendaItemId: 'a1', speaker: 'DE', stance: 'support', comment: 'Wants it fast' });
  await value('tourDeTable.record', { agendaItemId: 'a1', speaker: 'COM', stance: 'support' });
  expect(await value('tourDeTable.remove', { agendaItemId: 'a1', speaker: 'COM' })).toBeNull();
  const tour = await value<TourDeTable>('tourDeTable.get', { agendaItemId: 'a1' });
  expect(tour).toMatchObject({ ownSpeaker: 'FR', summary: { ownStance: 'against', close: [], opposed: ['DE'], other: [] } });
  expect(tour.statements.map((s) => s.speaker)).toEqual(['DE', 'FR']);
});

it('notes: save, list, delete, restore; an empty note is refused', async () => {
  expect(await dispatch(handlers, 'notes.save', { subjectType: 'contact', subjectId: 'c1', body: '' })).toEqual({ ok: false, error: 'A note needs some text.' });
  const note = await value<NoteRecord>('notes.save', { subjectType: 'contact', subjectId: 'c1', body: 'Meet in the margins' });
  await value('notes.save', { id: note.id, subjectType: 'contact', subjectId: 'c1', body: 'Meet at lunch' });
  expect((await value<NoteRecord[]>('notes.list', { subjectType: 'contact', subjectId: 'c1' })).map((n) => n.body)).toEqual(['Meet at lunch']);
  expect(await value<NoteRecord>('notes.delete', { id: note.id })).toMatchObject({ deletedAt: expect.any(String) });
  expect(await value('notes.list', { subjectType: 'contact', subjectId: 'c1' })).toEqual([]);
  expect(await value<NoteRecord>('notes.restore', { id: note.id })).toMatchObject({ deletedAt: null, body: 'Meet at lunch' });
});

it('position drafts: kept as typed, read back, left by saves (the editor that wrote one removes it), and checked at the boundary', async () => {
  expect(await value('positions.getDraft', { agendaItemId: 'a1' })).toBeNull();
  await value('positions.keepDraft', { agendaItemId: 'a1', fields: { ...fields, redLines: 'No deadline' }, baseUpdatedAt: null });
  const draft = await value<PositionDraft>('positions.getDraft', { agendaItemId: 'a1' });
  expect(draft).toMatchObject({ agendaItemId: 'a1', fields: { ...fields, redLines: 'No deadline' }, baseUpdatedAt: null });
  // Kept again: one draft, the latest text.
  await value('positions.keepDraft', { agendaItemId: 'a1', fields: { ...fields, redLines: 'No deadline before 2030' }, baseUpdatedAt: null });
  expect((await value<PositionDraft>('positions.getDraft', { agendaItemId: 'a1' })).fields.redLines).toBe('No deadline before 2030');

  // A save, from this window or another, or a restore, is not the draft: it stays until removed.
  const first = await value<PositionRecord>('positions.save', { agendaItemId: 'a1', ...fields, expectedUpdatedAt: null });
  await value('positions.save', { agendaItemId: 'a1', ...fields, lineToTake: 'Theirs', expectedUpdatedAt: first.updatedAt });
  const versions = await value<PositionVersion[]>('positions.versions', { agendaItemId: 'a1' });
  await value('positions.restore', { agendaItemId: 'a1', versionId: versions.at(-1)!.versionId });
  expect((await value<PositionDraft>('positions.getDraft', { agendaItemId: 'a1' })).fields.redLines).toBe('No deadline before 2030');
  await value('positions.dropDraft', { agendaItemId: 'a1' });
  expect(await value('positions.getDraft', { agendaItemId: 'a1' })).toBeNull();

  // Bad input never reaches the store; an unknown item is named.
  expect((await dispatch(handlers, 'positions.keepDraft', { agendaItemId: 'a1', fields: { ...fields, status: 'maybe' }, baseUpdatedAt: null })).ok).toBe(false);
  expect((await dispatch(handlers, 'positions.keepDraft', { agendaItemId: 'a1', fields: { ...fields, extra: 1 }, baseUpdatedAt: null })).ok).toBe(false);
  expect(await dispatch(handlers, 'positions.keepDraft', { agendaItemId: 'nope', fields, baseUpdatedAt: null })).toEqual({ ok: false, error: expect.stringContaining('nope') });
  expect(await value('positions.getDraft', { agendaItemId: 'a1' })).toBeNull();
});

it('a damaged draft reads as none', async () => {
  desk.db.prepare("INSERT INTO position_drafts (agenda_item_id, fields, base_updated_at, updated_at) VALUES ('a1', '{not json', NULL, '2026-12-06T00:00:00Z')").run();
  expect(await value('positions.getDraft', { agendaItemId: 'a1' })).toBeNull();
  desk.db.prepare(`UPDATE position_drafts SET fields = '{"status":"maybe"}'`).run();
  expect(await value('positions.getDraft', { agendaItemId: 'a1' })).toBeNull();
});

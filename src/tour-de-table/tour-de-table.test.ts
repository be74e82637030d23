import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { agendaItem, meeting, page, tempDir, writeFeed } from '../../tests/support/feed-pages';
import { statementId } from '../local-records/records';
import { readRecord, writeRecord } from '../local-records/tables';
import { listVersions } from '../local-records/versions';
import { updateSettings } from '../settings/settings';
import { getTourDeTable, recordStatement, removeStatement } from './tour-de-table';
import { refusal } from '../../tests/support/refusal';

let db: Store;
let time: number;
const clock = { now: () => new Date((time += 1000)) };

beforeEach(async () => {
  db = openStore(':memory:');
  time = Date.parse('2027-02-17T09:30:00.000Z');
  const feed = writeFeed(tempDir(), [page([], { meetings: [meeting('m1')], agenda_items: [agendaItem('a1', 'm1'), agendaItem('a2', 'm1', { number: '2', order: 2 })] })]);
  expect((await syncSource(db, feed)).status).toBe('applied');
  updateSettings(db, { delegationCountry: 'FR' });
});
afterEach(() => db.close());

describe('recording the tour de table', () => {
  it('keeps one statement per speaker per item, listed in protocol order, with the summary against ours', () => {
    recordStatement(db, { agendaItemId: 'a1', speaker: 'COM', stance: 'support', comment: 'Will table a revised text' }, clock);
    recordStatement(db, { agendaItemId: 'a1', speaker: 'DE', stance: 'against' }, clock);
    recordStatement(db, { agendaItemId: 'a1', speaker: 'FR', stance: 'support' }, clock);
    recordStatement(db, { agendaItemId: 'a1', speaker: 'BE', stance: 'support' }, clock);
    recordStatement(db, { agendaItemId: 'a1', speaker: 'Norway', stance: 'no_view' }, clock);
    recordStatement(db, { agendaItemId: 'a2', speaker: 'DE', stance: 'support' }, clock);
    const tour = getTourDeTable(db, 'a1');
    expect(tour.agendaItemId).toBe('a1');
    expect(tour.ownSpeaker).toBe('FR');
    expect(tour.statements.map((s) => `${s.speaker}:${s.stance}`)).toEqual(['BE:support', 'DE:against', 'FR:support', 'COM:support', 'Norway:no_view']);
    expect(tour.summary).toEqual({ ownStance: 'support', close: ['BE', 'COM'], opposed: ['DE'], other: ['Norway'] });
    expect(tour.statements[3]).toEqual({
      id: statementId('a1', 'COM'), agendaItemId: 'a1', speaker: 'COM', stance: 'support', comment: 'Will table a revised text',
      createdAt: '2027-02-17T09:30:01.000Z', updatedAt: '2027-02-17T09:30:01.000Z', deletedAt: null,
    });
  });

  it('has no own stance before our delegation spoke, or when no delegation is set', () => {
    recordStatement(db, { agendaItemId: 'a1', speaker: 'DE', stance: 'against' }, clock);
    expect(getTourDeTable(db, 'a1').summary).toEqual({ ownStance: null, close: [], opposed: [], other: ['DE'] });
    updateSettings(db, { delegationCountry: null });
    recordStatement(db, { agendaItemId: 'a1', speaker: 'FR', stance: 'against' }, clock);
    const tour = getTourDeTable(db, 'a1');
    expect(tour.ownSpeaker).toBeNull();
    expect(tour.summary).toEqual({ ownStance: null, close: [], opposed: [], other: ['DE', 'FR'] });
  });

  it('finds a Greek delegation\'s own statement whether recorded as EL or GR', () => {
    updateSettings(db, { delegationCountry: 'GR' });
    recordStatement(db, { agendaItemId: 'a1', speaker: 'EL', stance: 'reservation' }, clock);
    recordStatement(db, { agendaItemId: 'a1', speaker: 'GR', stance: 'reservation', comment: 'Parliament to be consulted' }, clock);
    recordStatement(db, { agendaItemId: 'a1', speaker: 'CY', stance: 'scrutiny_reservation' }, clock);
    const tour = getTourDeTable(db, 'a1');
    expect(tour.statements.map((s) => s.id)).toEqual([statementId('a1', 'GR'), statementId('a1', 'CY')]);
    expect(tour.summary).toEqual({ ownStance: 'reservation', close: ['CY'], opposed: [], other: [] });
  });

  it('updates a speaker\'s stance in place, keeping the comment when none is given, and a version per change', () => {
    const first = recordStatement(db, { agendaItemId: 'a1', speaker: 'DE', stance: 'reservation', comment: 'Needs the legal service' }, clock);
    const changed = recordStatement(db, { agendaItemId: 'a1', speaker: 'de', stance: 'support' }, clock);
    expect(changed).toMatchObject({ id: first.id, stance: 'support', comment: 'Needs the legal service', createdAt: first.createdAt });
    expect(recordStatement(db, { agendaItemId: 'a1', speaker: 'DE', stance: 'support', comment: '' }, clock).comment).toBe('');
    expect(listVersions(db, 'statement', first.id).map((v) => [v.record.stance, v.record.comment])).toEqual([
      ['support', ''],
      ['support', 'Needs the legal service'],
      ['reservation', 'Needs the legal service'],
    ]);
  });

  it('does not save again what is already recorded', () => {
    const first = recordStatement(db, { agendaItemId: 'a1', speaker: 'DE', stance: 'support', comment: 'ok' }, clock);
    expect(recordStatement(db, { agendaItemId: 'a1', speaker: 'DE', stance: 'support' }, clock)).toEqual(first);
    expect(listVersions(db, 'statement', first.id)).toHaveLength(1);
  });

  it('refuses an agenda item not in the store, and a speaker who is not one', () => {
    const unknown = refusal(() => recordStatement(db, { agendaItemId: 'nope', speaker: 'DE', stance: 'support' }, clock));
    expect(unknown.kind).toBe('not_found');
    expect(unknown.message).toContain('"nope"');
    expect(refusal(() => recordStatement(db, { agendaItemId: 'a1', speaker: ' ', stance: 'support' }, clock)).kind).toBe('rejected');
    expect(getTourDeTable(db, 'a1').statements).toEqual([]);
  });

  it('reads the statements of an item not in the store (from a pack) without refusing', () => {
    const T = '2027-01-01T00:00:00.000Z';
    writeRecord(db, 'statement', { id: statementId('later', 'DE'), agendaItemId: 'later', speaker: 'DE', stance: 'support', comment: '', createdAt: T, updatedAt: T, deletedAt: null }, 'imported');
    expect(getTourDeTable(db, 'later').statements.map((s) => s.speaker)).toEqual(['DE']);
  });
});

describe('removing a statement', () => {
  it('keeps it as a tombstone, out of the tour and the summary', () => {
    recordStatement(db, { agendaItemId: 'a1', speaker: 'FR', stance: 'support' }, clock);
    recordStatement(db, { agendaItemId: 'a1', speaker: 'DE', stance: 'against', comment: 'Wrongly noted' }, clock);
    const removed = removeStatement(db, { agendaItemId: 'a1', speaker: 'DE' }, clock);
    expect(removed.deletedAt).toBe(removed.updatedAt);
    expect(getTourDeTable(db, 'a1').statements.map((s) => s.speaker)).toEqual(['FR']);
    expect(getTourDeTable(db, 'a1').summary.opposed).toEqual([]);
    expect(readRecord(db, 'statement', statementId('a1', 'DE'))).toMatchObject({ comment: 'Wrongly noted', deletedAt: removed.deletedAt });
  });

  it('twice is the same as once; a speaker never recorded is not found', () => {
    recordStatement(db, { agendaItemId: 'a1', speaker: 'DE', stance: 'against' }, clock);
    const once = removeStatement(db, { agendaItemId: 'a1', speaker: 'DE' }, clock);
    expect(removeStatement(db, { agendaItemId: 'a1', speaker: 'DE' }, clock)).toEqual(once);
    const error = refusal(() => removeStatement(db, { agendaItemId: 'a1', speaker: 'PL' }, clock));
    expect(error.kind).toBe('not_found');
    expect(error.message).toBe('nothing is recorded for PL on agenda item "a1"');
  });

  it('is undone by recording the speaker again: the same record, revived, starting with no comment', () => {
    const first = recordStatement(db, { agendaItemId: 'a1', speaker: 'DE', stance: 'against', comment: 'Wrongly noted' }, clock);
    removeStatement(db, { agendaItemId: 'a1', speaker: 'DE' }, clock);
    const revived = recordStatement(db, { agendaItemId: 'a1', speaker: 'DE', stance: 'support' }, clock);
    expect(revived).toMatchObject({ id: first.id, createdAt: first.createdAt, stance: 'support', comment: '', deletedAt: null });
    expect(getTourDeTable(db, 'a1').statements).toEqual([revived]);
    expect(db.prepare('SELECT count(*) FROM statements').pluck().get()).toBe(1);
  });
});

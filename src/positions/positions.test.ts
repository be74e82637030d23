import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { agendaItem, meeting, page, tempDir, writeFeed } from '../../tests/support/feed-pages';
import { positionId, type PositionRecord } from '../local-records/records';
import { readRecord, writeRecord } from '../local-records/tables';
import { EMPTY_POSITION, getPosition, positionVersions, restorePosition, savePosition, type PositionSave } from './positions';
import { refusal } from '../../tests/support/refusal';

let db: Store;
let clock: { now: () => Date };
let time: number;

/** Each call of the clock is one second after the previous. */
function tick(): Date {
  time += 1000;
  return new Date(time);
}

beforeEach(async () => {
  db = openStore(':memory:');
  time = Date.parse('2026-11-02T08:00:00.000Z');
  clock = { now: tick };
  const feed = writeFeed(tempDir(), [page([], { meetings: [meeting('m1')], agenda_items: [agendaItem('a1', 'm1'), agendaItem('a2', 'm1', { number: '2', order: 2 })] })]);
  expect((await syncSource(db, feed)).status).toBe('applied');
});
afterEach(() => db.close());

const draft: PositionSave = {
  ...EMPTY_POSITION,
  agendaItemId: 'a1',
  status: 'draft',
  lineToTake: 'Support the draft guidelines.',
  speakingPoints: '<ul><li><p>Welcome the <strong>scope</strong></p></li></ul>',
  owner: 'Ministry of the Interior',
  dueDate: '2027-02-10',
};

describe('a position', () => {
  it('is null until first saved, then reads back as saved, with ISO times from the clock', () => {
    expect(getPosition(db, 'a1')).toBeNull();
    const saved = savePosition(db, draft, clock);
    expect(saved).toEqual({
      id: positionId('a1'), agendaItemId: 'a1', status: 'draft', lineToTake: 'Support the draft guidelines.',
      speakingPoints: '<ul><li><p>Welcome the <strong>scope</strong></p></li></ul>', redLines: '', fallback: '', background: '',
      owner: 'Ministry of the Interior', dueDate: '2027-02-10',
      createdAt: '2026-11-02T08:00:01.000Z', updatedAt: '2026-11-02T08:00:01.000Z', deletedAt: null,
    });
    expect(getPosition(db, 'a1')).toEqual(saved);
    expect(getPosition(db, 'a2')).toBeNull();
  });

  it('has its speaking points cleaned of anything unsafe', () => {
    const saved = savePosition(db, { ...draft, speakingPoints: '<p onclick="x()">Point<script>alert(1)</script></p><img src="https://t.example/p.gif">' }, clock);
    expect(saved.speakingPoints).toBe('<p>Point</p>');
  });

  it('keeps every save as a version, newest first, and keeps its creation time', () => {
    const first = savePosition(db, draft, clock);
    const second = savePosition(db, { ...draft, status: 'in_coordination' }, clock);
    const third = savePosition(db, { ...draft, status: 'approved', redLines: 'No new reporting duties.' }, clock);
    expect(third.createdAt).toBe(first.createdAt);
    expect(positionVersions(db, 'a1').map((v) => [v.record.status, v.savedAt, v.origin])).toEqual([
      ['approved', third.updatedAt, 'saved'],
      ['in_coordination', second.updatedAt, 'saved'],
      ['draft', first.updatedAt, 'saved'],
    ]);
    expect(positionVersions(db, 'a1')[0]!.record).toEqual(third);
    expect(positionVersions(db, 'a2')).toEqual([]);
  });

  it('is not saved again when nothing in it changed: no new version, the current one back', () => {
    const first = savePosition(db, draft, clock);
    // The editor sends what it holds; the cleaned speaking points compare equal to what it sent.
    const again = savePosition(db, { ...draft, expectedUpdatedAt: first.updatedAt }, clock);
    expect(again).toEqual(first);
    expect(positionVersions(db, 'a1')).toHaveLength(1);
  });

  it('is saved when only a field other than the text changes (the due date)', () => {
    savePosition(db, draft, clock);
    expect(savePosition(db, { ...draft, dueDate: null }, clock).dueDate).toBeNull();
    expect(positionVersions(db, 'a1')).toHaveLength(2);
  });

  it('gets a later save time than the previous save even when the clock says otherwise', () => {
    const frozen = { now: () => new Date('2026-11-02T08:00:00.000Z') };
    const first = savePosition(db, draft, frozen);
    const second = savePosition(db, { ...draft, status: 'approved' }, frozen);
    const backwards = savePosition(db, { ...draft, status: 'in_coordination' }, { now: () => new Date('2020-01-01T00:00:00.000Z') });
    expect(second.updatedAt).toBe('2026-11-02T08:00:00.001Z');
    expect(backwards.updatedAt).toBe('2026-11-02T08:00:00.002Z');
    expect(first.updatedAt < second.updatedAt).toBe(true);
    expect(positionVersions(db, 'a1').map((v) => v.record.status)).toEqual(['in_coordination', 'approved', 'draft']);
  });
});

describe('a save that started from an older version', () => {
  it('is refused, naming when the other save happened, and changes nothing', () => {
    const opened = savePosition(db, draft, clock);
    const elsewhere = savePosition(db, { ...draft, lineToTake: 'Support, with a transition period.', expectedUpdatedAt: opened.updatedAt }, clock);
    const error = refusal(() => savePosition(db, { ...draft, lineToTake: 'Oppose.', expectedUpdatedAt: opened.updatedAt }, clock));
    expect(error.kind).toBe('rejected');
    expect(error.message).toBe(
      'This position was changed elsewhere since you opened it (saved at 2026-11-02 08:00:02 UTC). Reload it to see that version; yours was not saved.',
    );
    expect(getPosition(db, 'a1')).toEqual(elsewhere);
    // The refused text never was the position, so the history does not hold it.
    expect(positionVersions(db, 'a1').map((v) => v.record.lineToTake)).toEqual(['Support, with a transition period.', 'Support the draft guidelines.']);
  });

  it('is refused when the editor started from no position and one was saved since', () => {
    savePosition(db, draft, clock);
    const error = refusal(() => savePosition(db, { ...draft, status: 'approved', expectedUpdatedAt: null }, clock));
    expect(error.message).toMatch(/^This position was changed elsewhere since you opened it \(saved at 2026-11-02 08:00:01 UTC\)/);
  });

  it('goes through when it says the same as what is stored: nothing would be lost', () => {
    const opened = savePosition(db, draft, clock);
    const elsewhere = savePosition(db, { ...draft, status: 'approved' }, clock);
    expect(savePosition(db, { ...draft, status: 'approved', expectedUpdatedAt: opened.updatedAt }, clock)).toEqual(elsewhere);
  });

  it('is checked only when the editor says where it started: the CLI and restore save regardless', () => {
    savePosition(db, draft, clock);
    savePosition(db, { ...draft, status: 'approved' }, clock);
    expect(savePosition(db, { ...draft, status: 'in_coordination' }, clock).status).toBe('in_coordination');
  });
});

describe('restoring a version', () => {
  it('saves that version\'s content as the newest version; the history keeps everything', () => {
    const first = savePosition(db, draft, clock);
    savePosition(db, { ...draft, status: 'approved', lineToTake: 'Support as amended.' }, clock);
    const oldest = positionVersions(db, 'a1').at(-1)!;
    const restored = restorePosition(db, 'a1', oldest.versionId, clock);
    expect(restored).toMatchObject({ status: 'draft', lineToTake: 'Support the draft guidelines.', createdAt: first.createdAt });
    expect(restored.updatedAt > first.updatedAt).toBe(true);
    expect(positionVersions(db, 'a1').map((v) => v.record.lineToTake)).toEqual([
      'Support the draft guidelines.',
      'Support as amended.',
      'Support the draft guidelines.',
    ]);
  });

  it('of the current content is a no-op', () => {
    savePosition(db, draft, clock);
    const [current] = positionVersions(db, 'a1');
    expect(restorePosition(db, 'a1', current!.versionId, clock)).toEqual(current!.record);
    expect(positionVersions(db, 'a1')).toHaveLength(1);
  });

  it('of a version that is not this position\'s is refused', () => {
    savePosition(db, draft, clock);
    savePosition(db, { ...draft, agendaItemId: 'a2' }, clock);
    const otherVersion = positionVersions(db, 'a2')[0]!.versionId;
    const error = refusal(() => restorePosition(db, 'a1', otherVersion, clock));
    expect(error.kind).toBe('not_found');
    expect(error.message).toContain(`no saved version ${otherVersion}`);
    expect(getPosition(db, 'a1')?.agendaItemId).toBe('a1');
  });
});

describe('what a save refuses', () => {
  it('an agenda item not in the store: a position nobody could see (only packs bring waiting positions)', () => {
    const error = refusal(() => savePosition(db, { ...draft, agendaItemId: 'no-such-item' }, clock));
    expect(error.kind).toBe('not_found');
    expect(error.message).toBe('there is no agenda item with id "no-such-item" in this store');
    expect(readRecord(db, 'position', positionId('no-such-item'))).toBeUndefined();
  });

  it('a due date that is not a date, and a status that is not one', () => {
    expect(refusal(() => savePosition(db, { ...draft, dueDate: '2027-02-30' }, clock)).message).toMatch(/^the position was not saved: dueDate: /);
    expect(refusal(() => savePosition(db, { ...draft, status: 'final' as PositionRecord['status'] }, clock)).message).toMatch(/status/);
    expect(getPosition(db, 'a1')).toBeNull();
  });
});

it('a deleted position (a tombstone from a pack) reads as none, and a save brings it back under the same id', () => {
  const T = '2026-10-01T00:00:00.000Z';
  writeRecord(db, 'position', { ...EMPTY_POSITION, id: positionId('a1'), agendaItemId: 'a1', lineToTake: 'Old', createdAt: T, updatedAt: T, deletedAt: T });
  expect(getPosition(db, 'a1')).toBeNull();
  const saved = savePosition(db, { ...draft, expectedUpdatedAt: null }, clock);
  expect(saved).toMatchObject({ id: positionId('a1'), createdAt: T, deletedAt: null, lineToTake: draft.lineToTake });
});

it('a save from an editor opened before the position was deleted elsewhere is refused, saying so', () => {
  const opened = savePosition(db, draft, clock);
  writeRecord(db, 'position', { ...opened, updatedAt: '2026-11-03T00:00:00.000Z', deletedAt: '2026-11-03T00:00:00.000Z' }, 'imported');
  const error = refusal(() => savePosition(db, { ...draft, status: 'approved', expectedUpdatedAt: opened.updatedAt }, clock));
  expect(error.message).toBe('This position was changed elsewhere since you opened it (it was deleted). Reload it to see that version; yours was not saved.');
  expect(getPosition(db, 'a1')).toBeNull();
});

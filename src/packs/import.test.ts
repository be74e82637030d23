import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../desk-error';
import type { LocalRecordType } from '../local-records/records';
import { readRecord, readRecords } from '../local-records/tables';
import { allVersions, canonicalJson, listVersions } from '../local-records/versions';
import type { Store } from '../store/open';
import { LOCAL_TABLES, snapshot } from '../../tests/support/store-snapshot';
import { exportPack } from './export';
import { RECORD_TYPES, type Pack } from './format';
import { importPack } from './import';
import { annotation, APP, note, position, samplePack, save, statement, storeWithMeetings, T1, T2, T3 } from './pack-fixtures';

let a: Store;
let b: Store;
beforeEach(async () => {
  [a, b] = await Promise.all([storeWithMeetings(), storeWithMeetings()]);
});
afterEach(() => {
  a.close();
  b.close();
});

const packOf = (db: Store, meetingId?: string) => exportPack(db, { app: APP, meetingId }).content;
const json = (pack: Pack) => JSON.stringify(pack);

/** Everything of the delegate's in a store, as comparable data: records and the history's states. */
function work(db: Store) {
  return Object.fromEntries(
    RECORD_TYPES.map((type) => [
      type,
      {
        records: readRecords(db, type, { includeDeleted: true, orderBy: 'r.id' }),
        history: allVersions(db, type).map((v) => canonicalJson(v.record)).sort(),
      },
    ]),
  );
}

function origins(db: Store, type: LocalRecordType, id: string) {
  return listVersions(db, type, id).map((v) => [v.origin, v.record.updatedAt]);
}

/** Work of every kind in store A, with a position saved twice. */
function fillA() {
  save(a, 'position', position('a1'));
  save(a, 'position', position('a1', T2, { status: 'approved', speakingPoints: '<ul><li>Welcome the text</li></ul>' }));
  save(a, 'statement', statement('a1', 'DE', T1, { stance: 'reservation', comment: 'Scrutiny at home' }));
  save(a, 'annotation', annotation('an1', 'd1'));
  save(a, 'note', note('n1', 'meeting', 'm1'));
  save(a, 'note', note('n2', 'contact', 'c1'));
}

describe('a pack round trip between two stores', () => {
  it('brings every record and every saved state into an empty store', () => {
    fillA();
    const report = importPack(b, packOf(a));
    expect(work(b)).toEqual(work(a));
    expect(report.applied).toBe(true);
    expect(report.byType).toEqual({
      annotation: { added: 1, updated: 0, left: 0 },
      position: { added: 1, updated: 0, left: 0 },
      statement: { added: 1, updated: 0, left: 0 },
      note: { added: 2, updated: 0, left: 0 },
    });
    expect(report.versionsAdded).toBe(6);
    expect(report.waiting).toEqual([]);
    expect(origins(b, 'position', 'position:a1')).toEqual([
      ['imported', T2],
      ['imported', T1],
    ]);
  });

  it('labels each change in words, with the titles the store knows', () => {
    fillA();
    const labels = importPack(b, packOf(a)).changes.map((c) => [c.outcome, c.label]);
    expect(labels).toEqual([
      ['added', 'Highlight "paper d1" on "Paper d1"'],
      ['added', 'Position on item 1 "Incident notification" (Plenary February)'],
      ['added', 'DE in the tour de table on item 1 "Incident notification" (Plenary February)'],
      ['added', 'Note on the meeting "Plenary February"'],
      ['added', 'Note on the contact CERT-FR'],
    ]);
  });

  it('places imported highlights in their papers', () => {
    fillA();
    importPack(b, packOf(a));
    expect(b.prepare('SELECT annotation_id, status, start, end FROM annotation_anchors').all()).toEqual([
      { annotation_id: 'an1', status: 'anchored', start: 12, end: 20 },
    ]);
  });

  it('changes nothing when the same pack is imported a second time', () => {
    fillA();
    const content = packOf(a);
    importPack(b, content);
    const before = snapshot(b);
    const again = importPack(b, content);
    expect(snapshot(b)).toEqual(before);
    expect(again.versionsAdded).toBe(0);
    expect(again.changes.every((c) => c.outcome === 'left')).toBe(true);
    expect(again.byType.note).toEqual({ added: 0, updated: 0, left: 2 });
  });

  it('does the same in a dry run, and applies nothing', () => {
    fillA();
    const before = snapshot(b);
    const dry = importPack(b, packOf(a), { dryRun: true });
    expect(snapshot(b)).toEqual(before);
    const real = importPack(b, packOf(a));
    expect(dry).toEqual({ ...real, applied: false });
  });
});

describe('conflicting edits', () => {
  it('the later edit wins, and the store\'s own state is kept as a version', () => {
    save(b, 'note', note('n1', 'meeting', 'm1', T1, { body: 'B wrote this first' }));
    save(a, 'note', note('n1', 'meeting', 'm1', T2, { body: 'A wrote this later' }));
    const report = importPack(b, packOf(a));
    expect(report.byType.note).toEqual({ added: 0, updated: 1, left: 0 });
    expect(readRecord(b, 'note', 'n1')!.body).toBe('A wrote this later');
    expect(listVersions(b, 'note', 'n1').map((v) => v.record.body)).toEqual(['A wrote this later', 'B wrote this first']);
  });

  it("keeps the store's losing state even when its history had not kept it (a record from before versions)", () => {
    b.prepare(
      `INSERT INTO notes (id, subject_type, subject_id, body, created_at, updated_at) VALUES ('n1', 'meeting', 'm1', 'Old note', ?, ?)`,
    ).run(T1, T1);
    save(a, 'note', note('n1', 'meeting', 'm1', T2, { body: 'A wrote this later' }));
    importPack(b, packOf(a));
    expect(origins(b, 'note', 'n1')).toEqual([
      ['imported', T2],
      ['kept_from_import', T1],
    ]);
    expect(listVersions(b, 'note', 'n1')[1]!.record.body).toBe('Old note');
  });

  it("the store's later edit stays, and the pack's older one is kept as a version", () => {
    save(a, 'note', note('n1', 'meeting', 'm1', T1, { body: 'A wrote this first' }));
    save(b, 'note', note('n1', 'meeting', 'm1', T2, { body: 'B wrote this later' }));
    const report = importPack(b, packOf(a));
    expect(report.byType.note).toEqual({ added: 0, updated: 0, left: 1 });
    expect(readRecord(b, 'note', 'n1')!.body).toBe('B wrote this later');
    expect(origins(b, 'note', 'n1')).toEqual([
      ['saved', T2],
      ['imported', T1],
    ]);
  });

  it('a tie ends the same in both stores, whichever imports first, with both states kept', () => {
    save(a, 'position', position('a1', T2, { lineToTake: 'A: support' }));
    save(b, 'position', position('a1', T2, { lineToTake: 'B: oppose' }));
    const fromA = packOf(a);
    const fromB = packOf(b);
    importPack(b, fromA);
    importPack(a, fromB);
    const inA = readRecord(a, 'position', 'position:a1');
    expect(readRecord(b, 'position', 'position:a1')).toEqual(inA);
    for (const db of [a, b]) {
      expect(listVersions(db, 'position', 'position:a1').map((v) => v.record.lineToTake).sort()).toEqual(['A: support', 'B: oppose']);
    }
  });

  it('a tie ends the same in both stores even when they know the position under two ids', () => {
    save(a, 'position', position('a1', T2, { lineToTake: 'A: support' }));
    save(b, 'position', { ...position('a1', T2, { lineToTake: 'B: oppose' }), id: 'legacy-a1' });
    const fromA = packOf(a);
    const fromB = packOf(b);
    importPack(b, fromA);
    importPack(a, fromB);
    const { id: idInA, ...inA } = readRecord(a, 'position', 'position:a1')!;
    const { id: idInB, ...inB } = readRecord(b, 'position', 'legacy-a1')!;
    expect([idInA, idInB]).toEqual(['position:a1', 'legacy-a1']);
    expect(inB).toEqual(inA);
  });

  it('a deletion travels, and is itself a change the later edit can win over', () => {
    fillA();
    importPack(b, packOf(a));
    save(a, 'note', { ...readRecord(a, 'note', 'n1')!, updatedAt: T3, deletedAt: T3 });
    save(a, 'annotation', { ...readRecord(a, 'annotation', 'an1')!, updatedAt: T3, deletedAt: T3 });
    const report = importPack(b, packOf(a));
    expect(report.byType.note.updated).toBe(1);
    expect(readRecord(b, 'note', 'n1')!.deletedAt).toBe(T3);
    expect(readRecords(b, 'note').map((n) => n.id)).toEqual(['n2']);
    expect(readRecord(b, 'annotation', 'an1')!.deletedAt).toBe(T3);
    // An older pack (from before the deletion) does not bring the note back.
    importPack(b, json(samplePack({ annotations: [], positions: [], statements: [], versions: [], notes: [note('n1', 'meeting', 'm1', T2)] })));
    expect(readRecord(b, 'note', 'n1')!.deletedAt).toBe(T3);
  });
});

describe('positions and statements, matched by agenda item and speaker', () => {
  it('merge onto the store\'s record when the pack gives them another id, history included', () => {
    save(b, 'position', position('a1', T1));
    save(b, 'statement', statement('a1', 'DE', T1));
    const legacy = samplePack({
      annotations: [],
      notes: [],
      positions: [{ ...position('a1', T3, { status: 'approved' }), id: 'legacy-position-7' }],
      statements: [{ ...statement('a1', 'DE', T3, { stance: 'against' }), id: 'legacy-statement-9' }],
      versions: [{ type: 'position', record: { ...position('a1', T2, { status: 'in_coordination' }), id: 'legacy-position-7' } }],
    });
    const report = importPack(b, json(legacy));
    expect(report.byType.position).toEqual({ added: 0, updated: 1, left: 0 });
    expect(report.byType.statement).toEqual({ added: 0, updated: 1, left: 0 });
    expect(readRecords(b, 'position', { includeDeleted: true }).map((p) => [p.id, p.status])).toEqual([['position:a1', 'approved']]);
    expect(readRecords(b, 'statement', { includeDeleted: true }).map((s) => [s.id, s.stance])).toEqual([['statement:a1:DE', 'against']]);
    expect(listVersions(b, 'position', 'position:a1').map((v) => v.record.status)).toEqual(['approved', 'in_coordination', 'draft']);
    expect(b.prepare("SELECT count(*) FROM local_versions WHERE record_id LIKE 'legacy-%'").pluck().get()).toBe(0);
    const before = snapshot(b);
    importPack(b, json(legacy));
    expect(snapshot(b)).toEqual(before);
  });

  it("keep the pack's id for an item the store has no position on, unless the store uses that id for another item", () => {
    save(b, 'position', { ...position('a2'), id: 'p-7' });
    const pack = samplePack({
      annotations: [],
      notes: [],
      statements: [],
      versions: [],
      positions: [{ ...position('a1'), id: 'p-7' }, { ...position('b1'), id: 'p-9' }],
    });
    importPack(b, json(pack));
    expect(readRecords(b, 'position').map((p) => [p.agendaItemId, p.id])).toEqual([
      ['a2', 'p-7'],
      ['a1', 'position:a1'],
      ['b1', 'p-9'],
    ]);
  });
});

describe('records whose paper, item, meeting or contact the store does not have', () => {
  it('are imported all the same, and listed as waiting (deleted ones are not)', () => {
    const pack = samplePack({
      annotations: [annotation('an9', 'd9')],
      positions: [position('z1')],
      statements: [statement('z1', 'FR')],
      notes: [note('n9', 'contact', 'c9'), note('n8', 'meeting', 'm9'), note('n7', 'document', 'd9', T1, { deletedAt: T1 })],
      versions: [],
    });
    const report = importPack(b, json(pack));
    expect(report.waiting).toEqual([
      { type: 'annotation', id: 'an9', refersTo: 'document d9' },
      { type: 'position', id: 'position:z1', refersTo: 'agenda item z1' },
      { type: 'statement', id: 'statement:z1:FR', refersTo: 'agenda item z1' },
      { type: 'note', id: 'n9', refersTo: 'contact c9' },
      { type: 'note', id: 'n8', refersTo: 'meeting m9' },
    ]);
    expect(readRecord(b, 'annotation', 'an9')).toEqual(pack.annotations[0]);
    expect(readRecord(b, 'position', 'position:z1')).toEqual(pack.positions[0]);
    expect(report.changes.find((c) => c.id === 'position:z1')!.label).toBe('Position on agenda item z1');
  });
});

describe('a malformed pack', () => {
  it('is refused with the path of the problem, and changes nothing', () => {
    fillA();
    const before = snapshot(b);
    const good = JSON.parse(packOf(a)) as Pack;
    const broken = { ...good, statements: [...good.statements, { ...good.statements[0]!, id: 'x', speaker: 'FR', stance: 'maybe' }] };
    expect(() => importPack(b, JSON.stringify(broken))).toThrow(
      'The pack is not valid: statements[1].stance: must be one of "support", "against", "reservation", "scrutiny_reservation", "no_view"',
    );
    expect(() => importPack(b, packOf(a).slice(0, -3))).toThrow(/^The pack is not valid JSON/);
    expect(snapshot(b)).toEqual(before);
  });

  it('that fails half-way leaves nothing of what came before the failure', () => {
    save(b, 'position', { ...position('a2'), id: 'position:a1' });
    save(b, 'position', { ...position('b1'), id: 'p-x' });
    const before = snapshot(b, { only: LOCAL_TABLES });
    // Its position on a1 has no match by item, and both its own id and a1's usual id are taken.
    const pack = samplePack({ positions: [{ ...position('a1'), id: 'p-x' }], versions: [] });
    let error: unknown;
    try {
      importPack(b, json(pack));
    } catch (e) {
      error = e;
    }
    expect(error).toEqual(
      new DeskError('rejected', 'The pack\'s position "p-x" on agenda item "a1" cannot be matched: this store uses its id for another record'),
    );
    expect(snapshot(b, { only: LOCAL_TABLES })).toEqual(before);
  });
});

describe('speaking points from a pack', () => {
  it('are cleaned before they are kept, so a second import finds them already there', () => {
    const pack = samplePack({
      annotations: [],
      notes: [],
      statements: [],
      positions: [position('a1', T1, { speakingPoints: '<p onclick="x()">Welcome</p><script>alert(1)</script>' })],
      versions: [{ type: 'position', record: position('a1', T1, { speakingPoints: '<p>Old<img src=x onerror=y></p>' }) }],
    });
    importPack(b, json(pack));
    expect(readRecord(b, 'position', 'position:a1')!.speakingPoints).toBe('<p>Welcome</p>');
    expect(listVersions(b, 'position', 'position:a1').map((v) => v.record.speakingPoints).sort()).toEqual(['<p>Old</p>', '<p>Welcome</p>']);
    const before = snapshot(b);
    importPack(b, json(pack));
    expect(snapshot(b)).toEqual(before);
  });
});

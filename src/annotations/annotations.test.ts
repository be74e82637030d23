// Annotations in a store: made from a selection or a quote, edited, deleted and restored,
// re-attached, listed in reading order with their anchors, and found by search.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { putPaper } from '../../tests/support/papers';
import { readRecord, writeRecord } from '../local-records/tables';
import { listVersions } from '../local-records/versions';
import { search } from '../search/search';
import {
  annotateQuote, createAnnotation, deleteAnnotation, getAnnotation, listAnnotations, reattachAnnotation, restoreAnnotation,
  updateAnnotation,
} from './annotations';
import { reanchorDocument } from './reanchor';

const TEXT =
  'Member States should carry out a coordinated risk assessment of 5G networks. The toolbox lists strategic and technical ' +
  'measures, and Member States should apply them by the end of the year.';
const T1 = new Date('2026-11-02T08:00:00.000Z');
const T2 = new Date('2026-11-03T09:00:00.000Z');
const T3 = new Date('2026-11-04T10:00:00.000Z');

let db: Store;
beforeEach(() => {
  db = openStore(':memory:');
  putPaper(db, 'd1', TEXT, 'The 5G toolbox');
});
afterEach(() => db.close());

function selection(quote: string, text = TEXT, revision = 1) {
  const start = text.indexOf(quote);
  return { documentId: 'd1', revision, start, end: start + quote.length, exact: quote, prefix: 'sent by the client', suffix: '' };
}

function anchorRow(id: string) {
  return db.prepare('SELECT revision, start, end, status, method FROM annotation_anchors WHERE annotation_id = ?').get(id);
}

describe('making an annotation', () => {
  it('from a selection: checks it, keeps the context from the text itself, and places it', () => {
    const a = createAnnotation(db, { ...selection('coordinated risk assessment'), note: 'ask the capital', color: 'green', tags: [' 5g ', 'risk', '5g', ''] }, { now: () => T1 });
    const start = TEXT.indexOf('coordinated risk assessment');
    expect(a).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      documentId: 'd1',
      revision: 1,
      exact: 'coordinated risk assessment',
      prefix: TEXT.slice(start - 32, start),
      suffix: TEXT.slice(start + 27, start + 27 + 32),
      start,
      end: start + 27,
      note: 'ask the capital',
      color: 'green',
      tags: ['5g', 'risk'],
      createdAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
      deletedAt: null,
      anchor: { revision: 1, status: 'anchored', start, end: start + 27, method: 'position' },
      documentTitle: 'The 5G toolbox',
      documentAvailable: true,
    });
    expect(anchorRow(a.id)).toEqual({ revision: 1, start, end: start + 27, status: 'anchored', method: 'position' });
    // Kept as a version, like every save.
    expect(listVersions(db, 'annotation', a.id).map((v) => v.record.note)).toEqual(['ask the capital']);
  });

  it('refuses a selection that is not the text of that revision, and one on a paper or revision not in the store', () => {
    expect(() => createAnnotation(db, { ...selection('coordinated risk assessment'), exact: 'coordinated risk assessmnt' })).toThrow(
      expect.objectContaining({ kind: 'rejected', message: expect.stringMatching(/does not match revision 1 of this paper/) }),
    );
    expect(() => createAnnotation(db, { ...selection('toolbox'), revision: 2 })).toThrow(
      expect.objectContaining({ kind: 'rejected', message: expect.stringMatching(/no revision 2/) }),
    );
    expect(() => createAnnotation(db, { ...selection('toolbox'), documentId: 'nope' })).toThrow(expect.objectContaining({ kind: 'not_found' }));
    expect(db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
  });

  it('on an older revision the delegate was still reading: kept on that revision, anchored in the current one', () => {
    const old = selection('strategic and technical');
    putPaper(db, 'd1', `A new first sentence. ${TEXT}`);
    const a = createAnnotation(db, old);
    expect(a.revision).toBe(1);
    expect(a.anchor).toEqual({ revision: 2, status: 'anchored', start: old.start + 22, end: old.end + 22, method: 'exact' });
  });

  it('from a quote (the command line): its first occurrence in the current revision', () => {
    const a = annotateQuote(db, 'd1', '  Member States should  ', { note: 'n', tags: ['x'], now: () => T1 });
    expect(a).toMatchObject({ start: 0, end: 'Member States should'.length, exact: 'Member States should', prefix: '', note: 'n', tags: ['x'], color: 'yellow' });
    expect(() => annotateQuote(db, 'd1', 'not in the paper')).toThrow(/quote was not found in document "d1" \(revision 1\)/);
    expect(() => annotateQuote(db, 'd1', '   ')).toThrow(/quote is empty/);
  });
});

describe('changing an annotation', () => {
  it('edits note, colour and tags, each save a new version with a later updatedAt; the selection stays', () => {
    const a = annotateQuote(db, 'd1', 'toolbox', { note: 'first', now: () => T1 });
    const b = updateAnnotation(db, { id: a.id, note: 'second', tags: ['art-22'] }, { now: () => T2 });
    expect(b).toMatchObject({ note: 'second', color: 'yellow', tags: ['art-22'], exact: 'toolbox', start: a.start, updatedAt: T2.toISOString(), createdAt: T1.toISOString() });
    const c = updateAnnotation(db, { id: a.id, color: 'pink' }, { now: () => T3 });
    expect(c).toMatchObject({ note: 'second', color: 'pink', tags: ['art-22'] });
    expect(listVersions(db, 'annotation', a.id).map((v) => [v.record.note, v.record.color])).toEqual([
      ['second', 'pink'], ['second', 'yellow'], ['first', 'yellow'],
    ]);
    // Saving what is already there changes nothing, not even the time.
    expect(updateAnnotation(db, { id: a.id, color: 'pink' }, { now: () => new Date('2027-01-01T00:00:00Z') })).toEqual(c);
    expect(listVersions(db, 'annotation', a.id)).toHaveLength(3);
  });

  it('never stamps a change earlier than the last one, even with a clock behind', () => {
    const a = annotateQuote(db, 'd1', 'toolbox', { now: () => T2 });
    const b = updateAnnotation(db, { id: a.id, note: 'later' }, { now: () => T1 });
    expect(b.updatedAt > a.updatedAt).toBe(true);
  });

  it('deletes as a tombstone, listed only when asked, and restores it (undo)', () => {
    const keep = annotateQuote(db, 'd1', 'toolbox', { now: () => T1 });
    const a = annotateQuote(db, 'd1', 'Member States', { note: 'gone soon', now: () => T1 });
    const deleted = deleteAnnotation(db, a.id, { now: () => T2 });
    expect(deleted).toMatchObject({ deletedAt: T2.toISOString(), updatedAt: T2.toISOString(), note: 'gone soon' });
    expect(listAnnotations(db, { documentId: 'd1' }).map((x) => x.id)).toEqual([keep.id]);
    expect(listAnnotations(db, { documentId: 'd1', includeDeleted: true }).map((x) => x.id)).toEqual([a.id, keep.id]);
    expect(() => updateAnnotation(db, { id: a.id, note: 'x' })).toThrow(/deleted; restore it/);
    expect(deleteAnnotation(db, a.id, { now: () => T3 }).deletedAt).toBe(T2.toISOString());

    const restored = restoreAnnotation(db, a.id, { now: () => T3 });
    expect(restored).toMatchObject({ deletedAt: null, updatedAt: T3.toISOString(), note: 'gone soon' });
    expect(listAnnotations(db, { documentId: 'd1' }).map((x) => x.id)).toEqual([a.id, keep.id]);
    expect(listVersions(db, 'annotation', a.id).map((v) => v.record.deletedAt)).toEqual([null, T2.toISOString(), null]);
  });

  it('re-attaches an orphaned annotation to a new selection in the current revision; note and tags stay', () => {
    const a = annotateQuote(db, 'd1', 'coordinated risk assessment', { note: 'keep me', tags: ['risk'], now: () => T1 });
    const revised = 'Member States should assess the security of suppliers. The toolbox is to be applied by the end of the year.';
    putPaper(db, 'd1', revised);
    expect(getAnnotation(db, a.id).anchor.status).toBe('orphaned');

    expect(() => reattachAnnotation(db, { id: a.id, ...selection('security of suppliers', revised, 1) })).toThrow(/newer revision \(2\)/);
    const moved = reattachAnnotation(db, { id: a.id, ...selection('security of suppliers', revised, 2) }, { now: () => T2 });
    const start = revised.indexOf('security of suppliers');
    expect(moved).toMatchObject({
      revision: 2, start, end: start + 21, exact: 'security of suppliers', prefix: revised.slice(0, start),
      note: 'keep me', tags: ['risk'], updatedAt: T2.toISOString(),
      anchor: { revision: 2, status: 'anchored', start, end: start + 21, method: 'position' },
    });
  });

  it('says so for an annotation that does not exist', () => {
    for (const act of [() => getAnnotation(db, 'x'), () => deleteAnnotation(db, 'x'), () => updateAnnotation(db, { id: 'x', note: '' })]) {
      expect(act).toThrow(expect.objectContaining({ kind: 'not_found', message: 'there is no annotation with id "x"' }));
    }
  });
});

describe('listing annotations', () => {
  it('in reading order, orphaned ones last', () => {
    const late = annotateQuote(db, 'd1', 'end of the year', { now: () => T1 });
    const early = annotateQuote(db, 'd1', 'coordinated risk', { now: () => T2 });
    const lost = annotateQuote(db, 'd1', 'strategic and technical measures', { now: () => T1 });
    const middle = annotateQuote(db, 'd1', 'toolbox', { now: () => T3 });
    putPaper(db, 'd1', TEXT.replace('strategic and technical measures', 'a few ideas'));
    expect(listAnnotations(db, { documentId: 'd1' }).map((a) => [a.exact, a.anchor.status])).toEqual([
      [early.exact, 'anchored'], [middle.exact, 'anchored'], [late.exact, 'anchored'], [lost.exact, 'orphaned'],
    ]);
  });

  it('works out a missing or stale anchor when read, and keeps it', () => {
    const a = annotateQuote(db, 'd1', 'toolbox');
    putPaper(db, 'd1', `Preface. ${TEXT}`);
    expect(anchorRow(a.id)).toMatchObject({ revision: 1 });
    expect(listAnnotations(db)[0]!.anchor).toMatchObject({ revision: 2, method: 'exact', start: TEXT.indexOf('toolbox') + 9 });
    expect(anchorRow(a.id)).toMatchObject({ revision: 2, start: TEXT.indexOf('toolbox') + 9 });

    db.prepare('DELETE FROM annotation_anchors').run();
    expect(getAnnotation(db, a.id).anchor).toMatchObject({ revision: 2, status: 'anchored' });
    expect(anchorRow(a.id)).toMatchObject({ revision: 2 });
  });

  it("lists one meeting's annotations: those on the papers of its agenda", () => {
    putPaper(db, 'd2', 'Another paper about incident reporting.');
    putPaper(db, 'd3', 'A paper on no agenda about incident reporting.');
    db.exec(`
      INSERT INTO meetings (id, title, kind, starts_at, updated_at, record_hash, first_seen_at, changed_at)
        VALUES ('m1', 'Plenary', 'plenary', '2027-02-17T09:30:00Z', 'x', 'h', 'x', 'x');
      INSERT INTO agenda_items (id, meeting_id, number, ord, title, purpose, updated_at, record_hash, first_seen_at, changed_at)
        VALUES ('i1', 'm1', '1', 1, 'Item', 'discussion', 'x', 'h', 'x', 'x');
      INSERT INTO agenda_item_documents (agenda_item_id, position, document_id) VALUES ('i1', 0, 'd1'), ('i1', 1, 'd2');
    `);
    const on1 = annotateQuote(db, 'd1', 'toolbox');
    const on2 = annotateQuote(db, 'd2', 'incident reporting');
    annotateQuote(db, 'd3', 'incident reporting');
    expect(listAnnotations(db, { meetingId: 'm1' }).map((a) => a.id).sort()).toEqual([on1.id, on2.id].sort());
    expect(listAnnotations(db, { meetingId: 'no-such-meeting' })).toEqual([]);
    expect(listAnnotations(db)).toHaveLength(3);
  });

  it('lists an annotation on a paper not in the store as unavailable and orphaned', () => {
    writeRecord(db, 'annotation', {
      id: 'from-a-pack', documentId: 'not-yet-synced', revision: 3, exact: 'a quote', prefix: '', suffix: '', start: 10, end: 17,
      note: 'from a colleague', color: 'blue', tags: [], createdAt: T1.toISOString(), updatedAt: T1.toISOString(), deletedAt: null,
    });
    expect(listAnnotations(db, { documentId: 'not-yet-synced' })).toEqual([
      expect.objectContaining({
        id: 'from-a-pack', note: 'from a colleague', documentTitle: null, documentAvailable: false,
        anchor: { revision: 3, status: 'orphaned', start: null, end: null, method: null },
      }),
    ]);
    expect(reanchorDocument(db, 'not-yet-synced').size).toBe(0);
    expect(anchorRow('from-a-pack')).toBeUndefined();
  });
});

describe('re-anchoring a paper', () => {
  it('places every annotation, deleted ones too, and never touches the annotation rows', () => {
    const a = annotateQuote(db, 'd1', 'toolbox', { now: () => T1 });
    const b = annotateQuote(db, 'd1', 'coordinated risk assessment', { note: 'n', now: () => T1 });
    deleteAnnotation(db, b.id, { now: () => T2 });
    const rows = [readRecord(db, 'annotation', a.id), readRecord(db, 'annotation', b.id)];
    putPaper(db, 'd1', `New opening. ${TEXT.replace('coordinated risk assessment', 'coordinated risk asessment')}`);
    const anchors = reanchorDocument(db, 'd1', T3);
    expect(anchors.get(a.id)).toMatchObject({ revision: 2, method: 'exact' });
    expect(anchors.get(b.id)).toMatchObject({ revision: 2, method: 'fuzzy' });
    expect([readRecord(db, 'annotation', a.id), readRecord(db, 'annotation', b.id)]).toEqual(rows);
    expect(db.prepare('SELECT DISTINCT placed_at FROM annotation_anchors').pluck().all()).toEqual([T3.toISOString()]);
  });
});

describe('search', () => {
  it("finds a new annotation's note, quote and tags, and leaves a deleted one out", () => {
    const a = annotateQuote(db, 'd1', 'toolbox', { note: 'raise with the ambassador', tags: ['plenary-prep'] });
    const hit = (q: string) => search(db, q, { types: ['annotation'] }).map((h) => h.id);
    expect(hit('ambassador')).toEqual([a.id]);
    expect(hit('toolbox')).toEqual([a.id]);
    expect(search(db, 'ambassador', { types: ['annotation'] })[0]).toMatchObject({ title: 'Annotation on The 5G toolbox', place: { type: 'document', id: 'd1' } });
    updateAnnotation(db, { id: a.id, note: 'raise with the minister' });
    expect(hit('ambassador')).toEqual([]);
    expect(hit('minister')).toEqual([a.id]);
    deleteAnnotation(db, a.id);
    expect(hit('minister')).toEqual([]);
    restoreAnnotation(db, a.id);
    expect(hit('minister')).toEqual([a.id]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore, openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { DeskError } from '../desk-error';
import { agendaItem, meeting, page, tempDir, writeFeed } from '../../tests/support/feed-pages';
import { GREEK, MEETING_ID, seedBriefingMeeting } from '../../tests/support/briefing-meeting';
import { writeRecord } from '../local-records/tables';
import type { Annotation } from '../api/types';
import { annotationPage, buildBriefingNote } from './build-note';
import { pointText } from './speaking-points';

const NOW = new Date('2027-02-05T08:00:00Z');
let db: Store;

beforeEach(async () => {
  db = openStore(':memory:');
  await seedBriefingMeeting(db, 4);
});
afterEach(() => closeStore(db));

describe('the briefing note built from the store', () => {
  it('has the cover: meeting, delegation, marking, when generated and last synced', () => {
    const note = buildBriefingNote(db, MEETING_ID, { marking: '  RESTREINT UE  ' }, NOW);
    expect(note.meeting).toMatchObject({
      id: MEETING_ID,
      title: 'NIS Cooperation Group, 42nd plenary',
      kind: 'plenary',
      location: 'Brussels, Albert Borschette centre',
      format: 'hybrid',
      chair: 'Bulgarian Presidency',
    });
    expect(note.delegation).toEqual({ code: 'BG', name: 'Bulgaria' });
    expect(note.marking).toBe('RESTREINT UE');
    expect(note.generatedAt).toBe('2027-02-05T08:00:00.000Z');
    expect(note.lastSyncAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('takes every item in agenda order, with an overview row each and every paper once in the annex', () => {
    const note = buildBriefingNote(db, MEETING_ID, {}, NOW);
    expect(note.items.map((i) => i.id)).toEqual(['ai-1', 'ai-2', 'ai-3', 'ai-4']);
    expect(note.overview.map((o) => [o.number, o.positionStatus])).toEqual([
      ['1', 'approved'],
      ['2', 'in_coordination'],
      ['3', 'approved'],
      ['4', 'in_coordination'],
    ]);
    expect(note.annex.map((d) => d.id)).toEqual(['doc-1-a', 'doc-1-b', 'doc-unpublished', 'doc-2-a', 'doc-2-b', 'doc-3-a', 'doc-3-b', 'doc-4-a', 'doc-4-b']);
    expect(note.annex[0]).toMatchObject({ reference: 'NIS CG 2027/01', url: 'https://nis.example.eu/papers/1a', available: true });
    expect(note.annex[2]).toEqual({ id: 'doc-unpublished', title: 'doc-unpublished', reference: null, date: null, url: null, available: false });
  });

  it('fills each section of an item from the delegate\'s work', () => {
    const item = buildBriefingNote(db, MEETING_ID, {}, NOW).items[1]!;
    expect(item).toMatchObject({ number: '2', title: GREEK, purpose: 'discussion', lead: 'BG' });
    expect(item.background!.documents.map((d) => d.id)).toEqual(['doc-2-a', 'doc-2-b']);
    expect(item.position).toMatchObject({ status: 'in_coordination', lineToTake: `Γραμμή: ${GREEK}`, owner: 'Ministry of e-Government', dueDate: '2027-02-08' });
    expect(item.position!.speakingPoints.map((p) => [p.kind, pointText(p)])).toEqual([
      ['paragraph', 'We thank the Presidency for item 2.'],
      ['bullet', 'First bullet on scope'],
      ['bullet', 'Second bullet with emphasis and a link'],
      ['numbered', 'First numbered step'],
      ['numbered', `Second numbered step ${GREEK}`],
    ]);
    // Our own statement (BG) sets the line; Greece's reservation is "other", not close.
    expect(item.tourDeTable).toMatchObject({ ownStance: 'support', close: ['DE'], opposed: ['FR'], other: ['GR'] });
    expect(item.tourDeTable!.statements.find((s) => s.speaker === 'GR')).toMatchObject({ speakerName: 'Greece', comment: GREEK });
    expect(item.annotations).toEqual([
      expect.objectContaining({ documentId: 'doc-2-a', documentTitle: 'Guidelines on incident reporting 2', quote: 'notify significant incidents', orphaned: false }),
    ]);
  });

  it('lists the contacts of the item\'s lead: its organisation, or its country for a country code', () => {
    const [enisaLed, bulgariaLed] = buildBriefingNote(db, MEETING_ID, {}, NOW).items;
    expect(enisaLed!.contacts!.map((c) => c.name)).toEqual(['Anna Κωνσταντίνου']);
    expect(bulgariaLed!.contacts!.map((c) => c.name)).toEqual(['Иван Петров']);
  });

  it('leaves private notes out unless asked for, then prints those on the meeting and on each item', () => {
    const without = buildBriefingNote(db, MEETING_ID, {}, NOW);
    expect(without.meetingNotes).toBeUndefined();
    expect(without.items.every((i) => i.notes === undefined)).toBe(true);
    const withNotes = buildBriefingNote(db, MEETING_ID, { includePrivateNotes: true }, NOW);
    expect(withNotes.meetingNotes).toEqual(['Private: the delegation leaves at 15:00.']);
    expect(withNotes.items[0]!.notes).toEqual(['Private: ask the chair about item 1.']);
  });

  it('takes only the items asked for, in agenda order, and refuses an item not on the agenda', () => {
    const note = buildBriefingNote(db, MEETING_ID, { items: ['ai-3', 'ai-1'] }, NOW);
    expect(note.items.map((i) => i.id)).toEqual(['ai-1', 'ai-3']);
    expect(note.overview.map((o) => o.number)).toEqual(['1', '3']);
    expect(note.annex.map((d) => d.id)).not.toContain('doc-2-a');
    expect(() => buildBriefingNote(db, MEETING_ID, { items: ['ai-1', 'nope'] }, NOW)).toThrow(/has no agenda item "nope"/);
  });

  it('prints only the sections asked for', () => {
    const [item] = buildBriefingNote(db, MEETING_ID, { sections: ['position'], includePrivateNotes: true }, NOW).items;
    expect(Object.keys(item!).sort()).toEqual(['id', 'lead', 'number', 'position', 'purpose', 'title']);
  });

  it('refuses a meeting the store does not hold, as not found', () => {
    expect(() => buildBriefingNote(db, 'mtg-nope', {}, NOW)).toThrow(DeskError);
    expect(() => buildBriefingNote(db, 'mtg-nope', {}, NOW)).toThrow(/no meeting with id "mtg-nope"/);
  });
});

describe('empty sections', () => {
  it('are left out: an unprepared item has only its purpose, and the note has no annex', async () => {
    const bare = openStore(':memory:');
    try {
      const feed = writeFeed(tempDir(), [page([], { meetings: [meeting('m1')], agenda_items: [agendaItem('a1', 'm1')] })]);
      expect((await syncSource(bare, feed)).status).toBe('applied');
      const note = buildBriefingNote(bare, 'm1', { includePrivateNotes: true }, NOW);
      expect(note.items).toEqual([{ id: 'a1', number: '1', title: 'Item a1', purpose: 'discussion', lead: null }]);
      expect(note.annex).toEqual([]);
      expect(note.meetingNotes).toBeUndefined();
      expect(note.delegation).toBeNull();
      expect(note.marking).toBeNull();
    } finally {
      closeStore(bare);
    }
  });
});

describe('a highlight made in a PDF attachment (issue 6)', () => {
  const SHA = 'a'.repeat(64);

  it('is printed with the page it was made on', () => {
    writeRecord(db, 'annotation', {
      id: '7d0c9a4e-5b1f-4c3e-9a0b-2f6d8e1c4b70',
      documentId: 'doc-2-a',
      revision: 1,
      exact: 'a sentence of the annexed PDF',
      prefix: '',
      suffix: '',
      start: null,
      end: null,
      note: 'From the annex.',
      color: 'yellow',
      tags: [],
      file: { url: 'https://nis.example.eu/papers/2a.pdf', sha256: SHA, page: 7 },
      createdAt: '2027-02-04T10:00:00.000Z',
      updatedAt: '2027-02-04T10:00:00.000Z',
      deletedAt: null,
    });
    const annotations = buildBriefingNote(db, MEETING_ID, {}, NOW).items[1]!.annotations!;
    expect(annotations.find((a) => a.quote === 'a sentence of the annexed PDF')).toMatchObject({ page: 7, note: 'From the annex.' });
    // A highlight in the paper's HTML text has no page.
    expect(annotations.find((a) => a.quote === 'notify significant incidents')!.page).toBeNull();
  });

  it('takes the page where the highlight anchors now, else the page it was made on', () => {
    const file = { url: 'https://nis.example.eu/papers/2a.pdf', sha256: SHA, page: 7 };
    const anchor = (status: 'anchored' | 'orphaned', page: number | null): Annotation['anchor'] => ({ revision: 1, status, start: 0, end: 1, method: 'exact', sha256: SHA, page });
    expect(annotationPage({ file, anchor: anchor('anchored', 9) })).toBe(9);
    expect(annotationPage({ file, anchor: anchor('orphaned', 9) })).toBe(7);
    expect(annotationPage({ file, anchor: anchor('anchored', null) })).toBe(7);
    expect(annotationPage({ file: null, anchor: anchor('anchored', 9) })).toBeNull();
  });
});

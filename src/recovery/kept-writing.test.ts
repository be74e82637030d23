// Unsaved writing kept by one window session is offered back to the next, and only once its window
// is no longer open, each text with where it was being written; a save or a discard drops it; the places
// the API takes are only those the window writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore, openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { createHandlers } from '../api/handlers';
import { CONTRACT } from '../api/contract';
import { keptPlace, newNoteSubject, places } from './kept-place';
import { dropWriting, keepWriting, recoveredWriting } from './kept-writing';

const SAMPLE = fileURLToPath(new URL('../../resources/sample-feed/', import.meta.url));
const KEY = readFileSync(join(SAMPLE, 'publisher.pub.b64'), 'utf8').trim();
const NOW = '2026-12-06T10:00:00Z';
const BEFORE = 'session-before-the-crash';
const AFTER = 'session-after-the-crash';

let db: Store;

beforeEach(async () => {
  db = openStore(':memory:');
  expect((await syncSource(db, join(SAMPLE, 'feed.json'), { key: KEY })).status).toBe('applied');
  db.prepare(
    `INSERT INTO notes (id, subject_type, subject_id, body, created_at, updated_at) VALUES ('note-1', 'contact', 'contact-cert-at', 'Met them.', ?, ?)`,
  ).run(NOW, NOW);
  db.prepare(
    `INSERT INTO annotations (id, document_id, revision, exact, note, created_at, updated_at)
     VALUES ('ann-1', 'cg-2020-01-5g-toolbox', 1, 'coordinated risk assessment', '', ?, ?)`,
  ).run(NOW, NOW);
});

afterEach(() => closeStore(db));

const at = (iso: string) => ({ now: () => new Date(iso) });

describe('kept writing', () => {
  it('offers what another session left, the latest first, each saying where it was written and which page shows it', () => {
    keepWriting(db, { place: 'note-new:meeting:mtg-2027-02-plenary', session: BEFORE, body: 'Ask the Presidency.' }, at('2026-12-06T10:01:00Z'));
    keepWriting(db, { place: 'note-new:agenda_item:ai-2027-02-plenary-3', session: BEFORE, body: 'Item note.' }, at('2026-12-06T10:02:00Z'));
    keepWriting(db, { place: 'note-new:contact:contact-cert-at', session: BEFORE, body: 'Call them.' }, at('2026-12-06T10:03:00Z'));
    keepWriting(db, { place: 'note-new:document:cg-2020-01-5g-toolbox', session: BEFORE, body: 'On the toolbox.' }, at('2026-12-06T10:04:00Z'));
    keepWriting(db, { place: 'note:note-1', session: BEFORE, body: 'Met them twice.' }, at('2026-12-06T10:05:00Z'));
    keepWriting(db, { place: 'annotation-new:cg-2020-01-5g-toolbox', session: BEFORE, body: 'Why this matters.' }, at('2026-12-06T10:06:00Z'));
    keepWriting(db, { place: 'annotation:ann-1', session: BEFORE, body: 'Ask ENISA.' }, at('2026-12-06T10:07:00Z'));

    const toolbox = db.prepare("SELECT title FROM documents WHERE id = 'cg-2020-01-5g-toolbox'").pluck().get() as string;
    const plenary = db.prepare("SELECT title FROM meetings WHERE id = 'mtg-2027-02-plenary'").pluck().get() as string;
    const item = db.prepare("SELECT number, title, meeting_id AS meetingId FROM agenda_items WHERE id = 'ai-2027-02-plenary-3'").get() as {
      number: string;
      title: string;
      meetingId: string;
    };
    const cert = db.prepare("SELECT name FROM contacts WHERE id = 'contact-cert-at'").pluck().get() as string;
    expect(recoveredWriting(db, [AFTER]).map(({ label, body, opens }) => ({ label, body, opens }))).toEqual([
      { label: `Your edit of a highlight's note on “${toolbox}”`, body: 'Ask ENISA.', opens: { type: 'document', id: 'cg-2020-01-5g-toolbox' } },
      { label: `The note of a new highlight on “${toolbox}”`, body: 'Why this matters.', opens: { type: 'document', id: 'cg-2020-01-5g-toolbox' } },
      { label: `Your edit of a note on ${cert}`, body: 'Met them twice.', opens: { type: 'contact', id: 'contact-cert-at' } },
      { label: `A new note on “${toolbox}”`, body: 'On the toolbox.', opens: { type: 'document', id: 'cg-2020-01-5g-toolbox' } },
      { label: `A new note on ${cert}`, body: 'Call them.', opens: { type: 'contact', id: 'contact-cert-at' } },
      { label: `A new note on item ${item.number}, “${item.title}”`, body: 'Item note.', opens: { type: 'meeting', id: item.meetingId } },
      { label: `A new note on “${plenary}”`, body: 'Ask the Presidency.', opens: { type: 'meeting', id: 'mtg-2027-02-plenary' } },
    ]);
    expect(recoveredWriting(db, [AFTER])[0]!.updatedAt).toBe('2026-12-06T10:07:00.000Z');
  });

  it('never offers the writing of a window still open, its own or another tab\'s: that is still on screen there', () => {
    keepWriting(db, { place: 'note-new:meeting:mtg-2027-02-plenary', session: AFTER, body: 'Being written now.' });
    keepWriting(db, { place: 'note-new:contact:contact-cert-at', session: 'another-tab', body: 'Written in the other tab.' });
    keepWriting(db, { place: 'note-new:document:cg-2020-01-5g-toolbox', session: BEFORE, body: 'Left behind.' });
    expect(recoveredWriting(db, [AFTER, 'another-tab']).map((k) => k.body)).toEqual(['Left behind.']);
    // The other tab closed: its text is left behind too.
    expect(recoveredWriting(db, [AFTER]).map((k) => k.body).sort()).toEqual(['Left behind.', 'Written in the other tab.']);
    expect(recoveredWriting(db, ['a-third-window']).map((k) => k.body)).toHaveLength(3);
  });

  it('keeps one text per place, the last written; drops it when saved, discarded or emptied', () => {
    const place = 'note-new:meeting:mtg-2027-02-plenary';
    keepWriting(db, { place, session: BEFORE, body: 'First words' });
    keepWriting(db, { place, session: BEFORE, body: 'First words, then more.' });
    expect(recoveredWriting(db, [AFTER]).map((k) => k.body)).toEqual(['First words, then more.']);
    keepWriting(db, { place, session: BEFORE, body: '   ' });
    expect(recoveredWriting(db, [AFTER])).toEqual([]);
    keepWriting(db, { place, session: BEFORE, body: 'Again.' });
    dropWriting(db, place);
    expect(recoveredWriting(db, [AFTER])).toEqual([]);
  });

  it("names a tour de table comment by its speaker and item, and opens the item's meeting", () => {
    db.prepare(
      `INSERT INTO statements (id, agenda_item_id, speaker, stance, comment, created_at, updated_at)
       VALUES ('statement:ai-2027-02-plenary-3:IT', 'ai-2027-02-plenary-3', 'IT', 'against', '', ?, ?)`,
    ).run(NOW, NOW);
    db.prepare(
      `INSERT INTO statements (id, agenda_item_id, speaker, stance, comment, created_at, updated_at)
       VALUES ('statement:ai-gone:Norway', 'ai-gone', 'Norway', 'support', '', ?, ?)`,
    ).run(NOW, NOW);
    keepWriting(db, { place: places.comment('statement:ai-2027-02-plenary-3:IT'), session: BEFORE, body: 'Worried about the cost.' }, at('2026-12-06T10:03:00Z'));
    keepWriting(db, { place: places.comment('statement:ai-gone:Norway'), session: BEFORE, body: 'Supports.' }, at('2026-12-06T10:02:00Z'));
    keepWriting(db, { place: places.comment('statement:gone:FR'), session: BEFORE, body: 'Gone.' }, at('2026-12-06T10:01:00Z'));
    const item = db.prepare("SELECT number, title FROM agenda_items WHERE id = 'ai-2027-02-plenary-3'").get() as { number: string; title: string };
    expect(recoveredWriting(db, [AFTER]).map(({ label, body, opens }) => ({ label, body, opens }))).toEqual([
      { label: `A comment by IT in the tour de table on item ${item.number}, “${item.title}”`, body: 'Worried about the cost.', opens: { type: 'meeting', id: 'mtg-2027-02-plenary' } },
      { label: 'A comment by Norway in the tour de table of an agenda item no longer in your store', body: 'Supports.', opens: null },
      { label: 'A comment in a tour de table no longer in your store', body: 'Gone.', opens: null },
    ]);
  });

  it('still offers the text when what it was written on is gone, without a page to open', () => {
    keepWriting(db, { place: 'note-new:meeting:mtg-gone', session: BEFORE, body: 'A.' }, at('2026-12-06T10:03:00Z'));
    keepWriting(db, { place: 'note:note-gone', session: BEFORE, body: 'B.' }, at('2026-12-06T10:02:00Z'));
    keepWriting(db, { place: 'annotation:ann-gone', session: BEFORE, body: 'C.' }, at('2026-12-06T10:01:00Z'));
    expect(recoveredWriting(db, [AFTER]).map(({ label, body, opens }) => ({ label, body, opens }))).toEqual([
      { label: 'A new note on a meeting no longer in your store', body: 'A.', opens: null },
      { label: 'Your edit of a note no longer in your store', body: 'B.', opens: null },
      { label: "Your edit of a highlight's note, the highlight no longer in your store", body: 'C.', opens: null },
    ]);
  });

  it('takes only the places the window writes, through the API', async () => {
    for (const place of ['note-new:meeting:m1', 'note:n1', 'annotation-new:d1', 'annotation:a1', 'note-new:contact:id:with:colons']) {
      expect(keptPlace.safeParse(place).success, place).toBe(true);
    }
    for (const place of ['', 'note-new:position:p1', 'position:p1', 'note:', 'annotation', 'x'.repeat(301), 'note-new:meeting:']) {
      expect(keptPlace.safeParse(place).success, place).toBe(false);
    }
    const input = CONTRACT['writing.keep'].input;
    expect(input.safeParse({ place: 'note:n1', session: AFTER, body: 'x'.repeat(100_001) }).success).toBe(false);
    expect(input.safeParse({ place: 'note:n1', session: 'short', body: 'x' }).success).toBe(false);
    const recovered = CONTRACT['writing.recovered'].input;
    expect(recovered.safeParse({ openWindows: [] }).success).toBe(false);
    expect(recovered.safeParse({ openWindows: Array.from({ length: 101 }, (_, i) => `window-${i}`) }).success).toBe(false);
    const api = createHandlers({ db } as never);
    await api['writing.keep']({ place: 'note:note-1', session: BEFORE, body: 'Through the API.' });
    expect((await api['writing.recovered']({ openWindows: [AFTER] })).map((k) => k.body)).toEqual(['Through the API.']);
    await api['writing.drop']({ place: 'note:note-1' });
    expect(await api['writing.recovered']({ openWindows: [AFTER] })).toEqual([]);
  });

  it("names places the way the API takes them, and reads a new note's subject back", () => {
    for (const place of [places.newNote('contact', 'id:with:colons'), places.note('n1'), places.newAnnotation('d1'), places.annotation('a1'), places.comment('statement:ai-1:IT')]) {
      expect(keptPlace.safeParse(place).success, place).toBe(true);
    }
    expect(newNoteSubject(places.newNote('contact', 'id:with:colons'))).toEqual({ subjectType: 'contact', subjectId: 'id:with:colons' });
    expect(newNoteSubject(places.note('n1'))).toBeNull();
    expect(newNoteSubject('note-new:position:p1')).toBeNull();
  });
});

// Annotations through the real sync path (issue 4, section 7): a feed brings a revised paper, then
// a revision without the quoted passage, then a tombstone. Each time the annotation is kept as the
// delegate made it, and placed, orphaned or archived with its paper as the rules say. No sync
// writes the delegate's own tables; only the derived anchors move.
import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/store/open';
import { syncSource } from '../src/sync/sync';
import { getDocument, listDocuments } from '../src/library/documents';
import { createAnnotation, getAnnotation, listAnnotations } from '../src/annotations/annotations';
import { agendaItem, doc, meeting, page, tempDir, writeFeed, type Json } from './support/feed-pages';
import { LOCAL_TABLES, snapshot } from './support/store-snapshot';

const QUOTE = 'report significant incidents within 24 hours';
const OPENING = 'Member States should designate a single point of contact.';
const PARAGRAPH = `Essential entities ${QUOTE} to their CSIRT, with a final report within one month.`;
const CLOSING = 'The Cooperation Group reviews these guidelines every two years.';

const paper = (paragraphs: string[], revision: number, extra: Json = {}) =>
  doc('d1', {
    title: 'Incident reporting guidelines',
    content_html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    _delegation: { type: 'guideline', revision },
    ...extra,
  });
const other = doc('d2', { content_html: '<p>A paper on supply chain security for 5G networks.</p>' });
const agenda = { meetings: [meeting('m1')], agenda_items: [agendaItem('a1', 'm1', { document_ids: ['d1'] })] };

let db: Store;
let dir: string;
beforeEach(() => {
  db = openStore(':memory:');
  dir = tempDir();
});

async function sync(pages: Json[]) {
  const result = await syncSource(db, writeFeed(dir, pages));
  expect(result.status, result.error).toBe('applied');
  return result;
}

/** Annotates the first occurrence of `quote` in the paper's current text, as the reader would. */
function annotate(documentId: string, quote: string, note: string) {
  const { revision, contentText } = getDocument(db, documentId);
  const start = contentText.indexOf(quote);
  return createAnnotation(db, { documentId, revision, start, end: start + quote.length, exact: quote, prefix: '', suffix: '', note });
}

/** The anchor as the sync left it in the store (not worked out again on read). */
function storedAnchor(id: string) {
  return db.prepare('SELECT revision, start, end, status, method, placed_at AS placedAt FROM annotation_anchors WHERE annotation_id = ?').get(id) as
    | { revision: number; start: number | null; end: number | null; status: string; method: string | null; placedAt: string }
    | undefined;
}

describe('annotations across syncs', () => {
  it('stay on their text, become orphaned when it goes, and outlive their paper', async () => {
    await sync([page([paper([OPENING, PARAGRAPH, CLOSING], 1), other], agenda)]);
    const a = annotate('d1', QUOTE, 'Ask the capital about the 24 hours');
    const untouched = annotate('d2', 'supply chain security', 'for the 5G item');
    const local = snapshot(db, { only: LOCAL_TABLES });
    const untouchedAnchor = storedAnchor(untouched.id);

    // 1. Text inserted before the quote and a word changed elsewhere: anchored on the same text.
    const inserted = 'Scope. These guidelines apply from 2027 to all entities in the scope of the NIS2 Directive.';
    await sync([page([paper([inserted, OPENING, PARAGRAPH, CLOSING.replace('every two years', 'every three years')], 2), other], agenda)]);
    const second = getDocument(db, 'd1');
    expect(second.revision).toBe(2);
    const stored = storedAnchor(a.id)!;
    expect(stored).toMatchObject({ revision: 2, status: 'anchored', method: 'exact', start: second.contentText.indexOf(QUOTE) });
    expect(second.contentText.slice(stored.start!, stored.end!)).toBe(QUOTE);
    expect(stored.start).toBeGreaterThan(a.start!);
    // The paper whose text did not change was not re-anchored at all.
    expect(storedAnchor(untouched.id)).toEqual(untouchedAnchor);
    expect(snapshot(db, { only: LOCAL_TABLES })).toEqual(local);

    // 2. A revision without the quoted passage: orphaned, still listed with its note.
    await sync([page([paper([inserted, OPENING, 'Incidents are reported as national law provides.', CLOSING], 3), other], agenda)]);
    expect(storedAnchor(a.id)).toMatchObject({ revision: 3, status: 'orphaned', start: null, end: null, method: null });
    const orphan = listAnnotations(db, { meetingId: 'm1' });
    expect(orphan).toEqual([
      expect.objectContaining({
        id: a.id, exact: QUOTE, note: 'Ask the capital about the 24 hours', revision: 1, documentAvailable: true,
        anchor: { revision: 3, status: 'orphaned', start: null, end: null, method: null },
      }),
    ]);
    expect(snapshot(db, { only: LOCAL_TABLES })).toEqual(local);

    // 3. A tombstone for the annotated paper: archived, not deleted; the annotation and its anchor stay.
    const anchorsBefore = snapshot(db, { only: ['annotation_anchors'] });
    const result = await sync([page([other], { ...agenda, deleted: [{ type: 'document', id: 'd1', deleted_at: '2026-12-01T00:00:00Z' }] })]);
    expect(result.counts.documents.archived).toBe(1);
    expect(listDocuments(db, { includeArchived: true }).find((d) => d.id === 'd1')).toMatchObject({ archived: true });
    expect(snapshot(db, { only: ['annotation_anchors'] })).toEqual(anchorsBefore);
    expect(getAnnotation(db, a.id)).toMatchObject({ note: 'Ask the capital about the 24 hours', documentAvailable: true, anchor: { status: 'orphaned' } });
    expect(listAnnotations(db).map((x) => x.id).sort()).toEqual([a.id, untouched.id].sort());
    expect(snapshot(db, { only: LOCAL_TABLES })).toEqual(local);
  });

  it('a paper published again with its passage back is anchored again', async () => {
    await sync([page([paper([OPENING, PARAGRAPH], 1)])]);
    const a = annotate('d1', QUOTE, 'n');
    await sync([page([paper([OPENING], 2)])]);
    expect(storedAnchor(a.id)).toMatchObject({ status: 'orphaned', revision: 2 });
    await sync([page([paper([OPENING, 'A new paragraph first.', PARAGRAPH], 3)])]);
    const text = getDocument(db, 'd1').contentText;
    expect(storedAnchor(a.id)).toMatchObject({ status: 'anchored', revision: 3, start: text.indexOf(QUOTE) });
  });

  it('annotations waiting for their paper (from a pack) are placed when a sync first brings it', async () => {
    await sync([page([other])]);
    db.prepare(
      `INSERT INTO annotations (id, document_id, revision, exact, prefix, suffix, start, end, note, color, tags, created_at, updated_at)
       VALUES ('waiting', 'd1', 1, ?, 'Essential entities ', ' to their CSIRT, with a final rep', 19, 63, 'from a colleague', 'blue', '[]', ?, ?)`,
    ).run(QUOTE, '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z');
    expect(getAnnotation(db, 'waiting')).toMatchObject({ documentAvailable: false, anchor: { status: 'orphaned' } });
    await sync([page([paper([OPENING, PARAGRAPH], 1), other])]);
    const text = getDocument(db, 'd1').contentText;
    expect(storedAnchor('waiting')).toMatchObject({ status: 'anchored', revision: 1, start: text.indexOf(QUOTE) });
  });
});

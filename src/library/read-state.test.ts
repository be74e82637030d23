import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { listAgenda } from '../meetings/meetings';
import { getDocument, listDocuments } from './documents';
import { markRead, readMarkOf, readState } from './read-state';
import { agendaItem, doc, meeting, page, tempDir, writeFeed, type Json } from '../../tests/support/feed-pages';

const OPENED = new Date('2026-11-05T09:00:00.000Z');

let db: Store;
let dir: string;

const feed = (d1Text: string): Json[] => [
  page([doc('d1', { content_html: `<p>${d1Text}</p>` }), doc('d2')], {
    meetings: [meeting('m1')],
    agenda_items: [agendaItem('a1', 'm1', { document_ids: ['d1', 'd2', 'd-unpublished'] })],
  }),
];

const markOf = (id: string) => listDocuments(db).find((d) => d.id === id)!.readMark;

beforeEach(async () => {
  db = openStore(':memory:');
  dir = tempDir();
  await syncSource(db, writeFeed(dir, feed('First text.')));
});
afterEach(() => db.close());

describe('read state', () => {
  it('is unread until the paper is opened', () => {
    expect(readState(db, 'd1')).toEqual({ documentId: 'd1', revision: null, readAt: null, readMark: 'unread' });
    expect(getDocument(db, 'd1')).toMatchObject({ readMark: 'unread', readRevision: null });
    expect(markOf('d1')).toBe('unread');
  });

  it('opening a paper records its current revision as read, and when', () => {
    expect(markRead(db, 'd1', true, OPENED)).toEqual({ documentId: 'd1', revision: 1, readAt: OPENED.toISOString(), readMark: 'read' });
    expect(getDocument(db, 'd1')).toMatchObject({ readMark: 'read', readRevision: 1 });
    expect(markOf('d1')).toBe('read');
    expect(markOf('d2')).toBe('unread');
  });

  it('a new revision brought by a sync makes a read paper "changed since read", until opened again', async () => {
    markRead(db, 'd1', true, OPENED);
    markRead(db, 'd2', true, OPENED);
    await syncSource(db, writeFeed(dir, feed('Second text, revised.')));
    expect(getDocument(db, 'd1')).toMatchObject({ revision: 2, readMark: 'changed', readRevision: 1 });
    // The untouched paper stays read.
    expect(markOf('d2')).toBe('read');
    expect(listDocuments(db, { meetingId: 'm1' }).map((d) => [d.id, d.readMark])).toEqual(
      expect.arrayContaining([['d1', 'changed'], ['d2', 'read']]),
    );
    expect(markRead(db, 'd1', true, OPENED)).toMatchObject({ revision: 2, readMark: 'read' });
  });

  it('shows on the agenda, and a paper not published yet has no mark', async () => {
    markRead(db, 'd2', true, OPENED);
    const [item] = listAgenda(db, { meetingId: 'm1' });
    expect(item!.documents.map((d) => [d.id, d.readMark])).toEqual([
      ['d1', 'unread'],
      ['d2', 'read'],
      ['d-unpublished', null],
    ]);
  });

  it('can be marked unread by hand, forgetting when it was read', () => {
    markRead(db, 'd1', true, OPENED);
    expect(markRead(db, 'd1', false)).toEqual({ documentId: 'd1', revision: null, readAt: null, readMark: 'unread' });
    expect(markOf('d1')).toBe('unread');
    // Marking an unread paper unread again is harmless.
    expect(markRead(db, 'd1', false).readMark).toBe('unread');
  });

  it('refuses a paper the desk does not hold', () => {
    expect(() => markRead(db, 'nope', true)).toThrow('there is no document with id "nope"');
    expect(db.prepare('SELECT count(*) FROM read_state').pluck().get()).toBe(0);
  });

  it('reads the mark from the revision read and the current one', () => {
    expect(readMarkOf(null, 3)).toBe('unread');
    expect(readMarkOf(undefined, 1)).toBe('unread');
    expect(readMarkOf(3, 3)).toBe('read');
    expect(readMarkOf(2, 3)).toBe('changed');
  });
});

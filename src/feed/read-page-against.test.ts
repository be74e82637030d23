import { describe, expect, it } from 'vitest';
import { hash } from 'node:crypto';
import { FeedError } from './feed-error';
import { fingerprintPage } from './page-fingerprint';
import { readPage, readPageAgainst, type PageSource } from './read-page';
import type { FeedPageRecords, KnownRecord } from './records';
import { agendaItem, contact, doc, meeting, page, type Json } from '../../tests/support/feed-pages';

const SOURCE: PageSource = { page: 1, url: 'https://nis-cg.example.eu/feeds/feed.json' };
const NOTHING = new Map<string, KnownRecord>();

/** As the sync reads a page: its fingerprints made first (page-fingerprint.ts), then the page read. */
const readBytesAgainst = (bytes: Uint8Array, source: PageSource, known: ReadonlyMap<string, KnownRecord>) =>
  readPageAgainst(fingerprintPage(bytes), source, known);

const encode = (value: Json | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 1));

/** The records less their fingerprints, which only the reading against the store sets. */
function withoutFingerprints(records: FeedPageRecords): FeedPageRecords {
  const strip = <T extends { fingerprint: unknown }>(list: T[]) => list.map((r) => ({ ...r, fingerprint: null }));
  return {
    ...records,
    documents: strip(records.documents),
    meetings: strip(records.meetings),
    agendaItems: strip(records.agendaItems),
    contacts: strip(records.contacts),
    workStreams: strip(records.workStreams),
  };
}

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return (error as FeedError).message;
  }
  throw new Error('expected the page to be refused');
}

const full = (): Json =>
  page(
    [doc('d1', { url: 'papers/d1.html', attachments: [{ url: 'd1.pdf', mime_type: 'application/pdf' }] }), doc('d2'), doc(7 as unknown as string)],
    {
      publisher: 'NIS Cooperation Group',
      meetings: [meeting('m1')],
      agenda_items: [agendaItem('a1', 'm1', { document_ids: ['d1'] }), agendaItem('a2', 'm-elsewhere')],
      contacts: [contact('c1', { url: '/csirts/c1' })],
      work_streams: [{ id: 'ws1', title: 'Work stream 1' }],
      deleted: [{ type: 'document', id: 'd0', deleted_at: '2026-01-01T00:00:00Z' }],
    },
    { next_url: 'feed-2.json' },
  );

/** The store's memory of a page as a sync leaves it: every record read, by fingerprint. */
function knownFrom(records: FeedPageRecords, pageUrl = SOURCE.url): Map<string, KnownRecord> {
  const all = [...records.documents, ...records.meetings, ...records.agendaItems, ...records.contacts, ...records.workStreams];
  const known = new Map<string, KnownRecord>();
  records.claims.forEach((c, i) => {
    const record = all[i]!;
    expect(record.id).toBe(c.id);
    known.set(record.fingerprint!, { kind: c.kind, id: c.id, pageUrl, fingerprint: record.fingerprint!, recordHash: record.recordHash, meetingId: c.meetingId });
  });
  return known;
}

describe('readPageAgainst: a page read against the records the store holds', () => {
  it('with nothing known, reads what readPage reads, each record with the digest of its bytes', () => {
    const bytes = encode(full());
    const against = readBytesAgainst(bytes, SOURCE, NOTHING);
    expect(withoutFingerprints(against)).toEqual(readPage(bytes, SOURCE));
    const first = JSON.stringify((full().items as Json[])[0], null, 1).replace(/\n/g, '\n  ');
    expect(against.documents[0]!.fingerprint).toBe(hash('sha256', first, 'base64url'));
    expect(new Set(against.claims.map((c) => c.stored))).toEqual(new Set([false]));
  });

  it('leaves out the records whose bytes it knows from this page, claiming them by id', () => {
    const bytes = encode(full());
    const known = knownFrom(readBytesAgainst(bytes, SOURCE, NOTHING));
    const again = readBytesAgainst(bytes, SOURCE, known);
    expect([again.documents, again.meetings, again.agendaItems, again.contacts, again.workStreams]).toEqual([[], [], [], [], []]);
    expect(again.claims).toEqual([
      { kind: 'documents', id: 'd1', path: 'items[0]', meetingId: null, stored: true, known: expect.objectContaining({ id: expect.any(String) }) },
      { kind: 'documents', id: 'd2', path: 'items[1]', meetingId: null, stored: true, known: expect.objectContaining({ id: expect.any(String) }) },
      { kind: 'documents', id: '7', path: 'items[2]', meetingId: null, stored: true, known: expect.objectContaining({ id: expect.any(String) }) },
      { kind: 'meetings', id: 'm1', path: '_delegation.meetings[0]', meetingId: null, stored: true, known: expect.objectContaining({ id: expect.any(String) }) },
      { kind: 'agenda_items', id: 'a1', path: '_delegation.agenda_items[0]', meetingId: 'm1', stored: true, known: expect.objectContaining({ id: expect.any(String) }) },
      { kind: 'agenda_items', id: 'a2', path: '_delegation.agenda_items[1]', meetingId: 'm-elsewhere', stored: true, known: expect.objectContaining({ id: expect.any(String) }) },
      { kind: 'contacts', id: 'c1', path: '_delegation.contacts[0]', meetingId: null, stored: true, known: expect.objectContaining({ id: expect.any(String) }) },
      { kind: 'work_streams', id: 'ws1', path: '_delegation.work_streams[0]', meetingId: null, stored: true, known: expect.objectContaining({ id: expect.any(String) }) },
    ]);
    // The page's own fields are still read.
    expect(again.nextUrl).toBe('https://nis-cg.example.eu/feeds/feed-2.json');
    expect(again.tombstones).toEqual([{ type: 'document', id: 'd0', deletedAt: '2026-01-01T00:00:00Z' }]);
  });

  it('reads again a changed record and only that one', () => {
    const before = full();
    const known = knownFrom(readBytesAgainst(encode(before), SOURCE, NOTHING));
    const after = full();
    (after.items as Json[])[1] = doc('d2', { title: 'Paper d2, revised' });
    const again = readBytesAgainst(encode(after), SOURCE, known);
    expect(again.documents.map((d) => [d.id, d.title])).toEqual([['d2', 'Paper d2, revised']]);
    expect(again.claims.filter((c) => !c.stored).map((c) => c.id)).toEqual(['d2']);
  });

  it('reads again known bytes found on another page (their links were resolved against that page)', () => {
    const bytes = encode(full());
    const known = knownFrom(readBytesAgainst(bytes, SOURCE, NOTHING));
    const elsewhere = { page: 2, url: 'https://nis-cg.example.eu/other/feed.json' };
    const read = readBytesAgainst(bytes, elsewhere, known);
    expect(read.claims.every((c) => !c.stored)).toBe(true);
    expect(read.documents[0]!.url).toBe('https://nis-cg.example.eu/other/papers/d1.html');
  });

  it('reads again known bytes found in another kind of record', () => {
    const same = { id: 'x1', title: 'Same bytes' };
    const asWorkStream = encode(page([], { work_streams: [same] }));
    const known = knownFrom(readBytesAgainst(asWorkStream, SOURCE, NOTHING));
    // The same object as a meeting is not a valid meeting: it must be read, and refused.
    expect(() => readBytesAgainst(encode(page([], { meetings: [same] })), SOURCE, known)).toThrow(FeedError);
  });

  it.each([
    ['a bad date in a record', () => { const p = full(); (p.items as Json[])[2] = doc('d3', { date_published: 'yesterday' }); return p; }],
    ['a bad field of the page', () => ({ ...full(), version: 'https://example.org/not-a-feed' })],
    ['a record that is not an object', () => ({ ...full(), items: [doc('d1'), 'paper'] })],
    ['a javascript: link in a contact', () => page([], { contacts: [contact('c1', { url: 'javascript:alert(1)' })] })],
    ['a newer schema', () => page([doc('d1')], { schema: 2 })],
    ['a missing items array', () => { const p = full(); delete p.items; return p; }],
    ['an extension that is not an object', () => ({ ...full(), _delegation: [] })],
  ])('refuses %s with exactly the message readPage gives', (_name, make) => {
    const bytes = encode(make() as Json);
    const known = knownFrom(readBytesAgainst(encode(full()), SOURCE, NOTHING));
    expect(refusal(() => readBytesAgainst(bytes, SOURCE, known))).toBe(refusal(() => readPage(bytes, SOURCE)));
  });

  it.each([
    ['not UTF-8', Buffer.concat([encode(full()).subarray(0, 40), Buffer.from([0xff, 0xfe]), encode(full()).subarray(40)])],
    ['not JSON', Buffer.from('{"version": "https://jsonfeed.org/version/1.1", "items": [')],
  ])('refuses a page that is %s with exactly the message readPage gives', (_name, bytes) => {
    expect(refusal(() => readBytesAgainst(bytes, SOURCE, NOTHING))).toBe(refusal(() => readPage(bytes, SOURCE)));
  });

  it('takes apart a page that starts with a byte order mark, as readPage reads it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encode(full())]);
    const known = knownFrom(readBytesAgainst(encode(full()), SOURCE, NOTHING));
    const read = readBytesAgainst(bytes, SOURCE, known);
    expect(read.claims.every((c) => c.stored)).toBe(true);
    expect(read.nextUrl).toBe(readPage(bytes, SOURCE).nextUrl);
  });

  it('reads a page it cannot take apart (an escaped key) the ordinary way, with nothing taken as known', () => {
    const text = JSON.stringify(full()).replace('"items"', '"\\u0069tems"');
    const known = knownFrom(readBytesAgainst(encode(full()), SOURCE, NOTHING));
    const read = readBytesAgainst(Buffer.from(text), SOURCE, known);
    expect(read).toEqual(readPage(Buffer.from(text), SOURCE));
    expect(read.claims.every((c) => !c.stored)).toBe(true);
  });
});

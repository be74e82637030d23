import { describe, expect, it } from 'vitest';
import { DeskError } from '../desk-error';
import { FeedError } from './feed-error';
import { AGENDA_PURPOSES, CONTACT_ROLES, DOCUMENT_TYPES, MEETING_KINDS, TOMBSTONE_TYPES } from './format';
import { readPage, type PageSource } from './read-page';
import type { FeedPageRecords } from './records';

type Json = Record<string, unknown>;

const HTTPS: PageSource = { page: 1, url: 'https://nis-cg.example.eu/feeds/feed.json' };
const LOCAL: PageSource = { page: 2, url: 'file:///home/delegate/My%20feeds/nis/page-2.json' };
const T0 = '2026-11-01T10:00:00Z';
const V11 = 'https://jsonfeed.org/version/1.1';

function encode(value: unknown): Uint8Array {
  return new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value, null, 2));
}

function page(items: Json[], ext?: Json, extra: Json = {}): Json {
  return { version: V11, title: 'NIS Cooperation Group', items, ...(ext ? { _delegation: ext } : {}), ...extra };
}

function item(id: string, extra: Json = {}): Json {
  return { id, title: `Paper ${id}`, content_html: `<p>Text of ${id}.</p>`, ...extra };
}

function read(value: unknown, source: PageSource = HTTPS): FeedPageRecords {
  return readPage(value instanceof Uint8Array ? value : encode(value), source);
}

/** The message of the FeedError a page is refused with. */
function refusal(value: unknown, source: PageSource = HTTPS): string {
  try {
    read(value, source);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return (error as FeedError).message;
  }
  throw new Error('expected the page to be refused');
}

const at = (path: string, problem: string, source: PageSource = HTTPS) =>
  `page ${source.page} (${source.url.startsWith('file:') ? decodeURIComponent(new URL(source.url).pathname) : source.url}): ${path}: ${problem}`;

describe('readPage: JSON Feed basics', () => {
  it('accepts a minimal JSON Feed 1.1 page', () => {
    const records = read({ version: V11, title: 'Minimal', items: [{ id: '1', content_text: 'Hello, delegates.' }] });
    expect(records).toEqual({
      title: 'Minimal',
      publisher: null,
      nextUrl: null,
      claims: [{ kind: 'documents', id: '1', path: 'items[0]', meetingId: null, stored: false }],
      documents: [
        {
          id: '1',
          type: 'news',
          title: '',
          summary: null,
          url: null,
          reference: null,
          feedRevision: null,
          workStreamId: null,
          status: null,
          supersedes: null,
          language: null,
          tags: [],
          datePublished: null,
          dateModified: null,
          contentHtml: null,
          contentText: 'Hello, delegates.',
          attachments: [],
          recordHash: expect.any(String),
          contentHash: expect.any(String),
          fingerprint: null,
        },
      ],
      meetings: [],
      agendaItems: [],
      contacts: [],
      workStreams: [],
      tombstones: [],
    });
  });

  it('accepts a JSON Feed 1.0 page, and an empty one', () => {
    expect(read({ version: 'https://jsonfeed.org/version/1', title: 'Old', items: [item('a')] }).documents).toHaveLength(1);
    expect(read({ version: V11, title: 'Empty', items: [] }).documents).toEqual([]);
  });

  it('accepts a page that starts with a UTF-8 byte order mark', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(page([item('a')]))]);
    expect(read(bom).documents.map((d) => d.id)).toEqual(['a']);
  });

  it('refuses another JSON Feed version', () => {
    expect(refusal({ ...page([]), version: 'https://jsonfeed.org/version/2' })).toBe(
      at('version', 'not a JSON Feed version 1 or 1.1 URL'),
    );
  });

  it.each(['version', 'title', 'items'])('requires %s, and names it', (field) => {
    const incomplete: Json = page([item('a')]);
    delete incomplete[field];
    expect(refusal(incomplete)).toBe(at(field, 'is required'));
  });

  it('names the wrong type of a field', () => {
    expect(refusal({ ...page([]), items: 'none' })).toBe(at('items', 'expected array'));
    expect(refusal({ ...page([]), title: 42 })).toBe(at('title', 'expected string'));
    expect(refusal(page([item('a', { tags: 'incidents' })]))).toBe(at('items[0].tags', 'expected array'));
  });

  it('counts the other problems of a page', () => {
    expect(refusal({})).toBe(at('version', 'is required (and 2 more problems)'));
  });

  it('coerces a numeric item id to a string, as JSON Feed asks', () => {
    expect(read(page([{ id: 20260105, content_text: 'x' }])).documents[0]!.id).toBe('20260105');
  });

  it('refuses an item with neither content_html nor content_text', () => {
    expect(refusal(page([item('a'), { id: 'b', title: 'No content' }]))).toBe(
      at('items[1].content_html', 'an item needs content_html or content_text (JSON Feed requires one of them)'),
    );
    expect(read(page([{ id: 'c', content_text: '' }])).documents[0]!.contentText).toBe('');
  });

  it('refuses an empty item id', () => {
    expect(refusal(page([item('')]))).toBe(at('items[0].id', 'an id cannot be empty'));
  });

  it('ignores unknown fields anywhere', () => {
    const withExtras = page(
      [
        item('a', {
          _acme: { colour: 'blue' },
          banner_image: 'https://x.example/b.png',
          attachments: [{ url: 'https://x.example/a.pdf', mime_type: 'application/pdf', checksum: 'x', _delegation: { future: 1 } }],
          _delegation: { type: 'report', future_field: true },
        }),
      ],
      {
        schema: 1,
        future_list: [1, 2, 3],
        meetings: [{ id: 'm1', title: 'Plenary', kind: 'plenary', starts_at: T0, updated_at: T0, room: 'Room 0.A' }],
        contacts: [{ id: 'c1', name: 'CERT-FR', roles: ['csirt'], country: 'FR', updated_at: T0, fax: '+33' }],
      },
      { hubs: [{ type: 'WebSub', url: 'https://hub.example' }], user_comment: 'Hello' },
    );
    const records = read(withExtras);
    expect(records.documents[0]!.type).toBe('report');
    expect(records.documents[0]!.attachments).toEqual([
      { url: 'https://x.example/a.pdf', mimeType: 'application/pdf', title: null, sizeInBytes: null, sha256: null },
    ]);
    expect(records.meetings[0]).not.toHaveProperty('room');
    expect(records.contacts[0]).not.toHaveProperty('fax');
    expect(JSON.stringify(records)).not.toMatch(/future|hubs|acme|Room 0\.A/);
  });

  it('makes an item without _delegation a news item', () => {
    expect(read(page([item('a')])).documents[0]!.type).toBe('news');
    expect(read(page([item('a', { _delegation: {} })])).documents[0]!.type).toBe('news');
  });

  it('accepts _delegation.schema 1 and refuses a newer one, saying which version the app supports', () => {
    expect(read(page([], { schema: 1 })).documents).toEqual([]);
    const message = refusal(page([], { schema: 2 }));
    expect(message).toMatch(/^page 1 \(https:\/\/nis-cg\.example\.eu\/feeds\/feed\.json\): _delegation\.schema: /);
    expect(message).toMatch(/supports format version 1\b/);
    expect(message).toMatch(/update Delegate Desk/);
  });

  it('is a DeskError of kind rejected that keeps the page and the path', () => {
    try {
      read(page([item('a', { date_published: 'soon' })]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DeskError);
      expect((error as FeedError).kind).toBe('rejected');
      expect((error as FeedError).path).toBe('items[0].date_published');
      expect((error as FeedError).source).toEqual(HTTPS);
    }
  });
});

describe('readPage: dates', () => {
  it.each([
    '2026-03-05T09:30:00Z',
    '2026-03-05T09:30:00+01:00',
    '2026-03-05T09:30:00.123456-05:30',
    '2026-03-05t09:30:00z',
    '2026-03-05 09:30:00Z',
    '2024-02-29T12:00:00Z',
    '2026-06-30T23:59:60Z',
    '2026-03-05T09:30:00+23:59',
  ])('accepts %s', (date) => {
    expect(read(page([item('a', { date_published: date })])).documents[0]!.datePublished).toBe(date);
  });

  it.each([
    'yesterday',
    '2026-03-05',
    '2026-03-05T09:30:00',
    '2026-03-05T09:30Z',
    '2026-3-5T09:30:00Z',
    '05/03/2026 09:30',
    '2026-02-30T10:00:00Z',
    '2025-02-29T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-00-10T10:00:00Z',
    '2026-03-00T10:00:00Z',
    '2026-03-05T24:00:00Z',
    '2026-03-05T09:60:00Z',
    '2026-03-05T09:30:61Z',
    '2026-03-05T09:30:00+24:00',
    '2026-03-05T09:30:00+01:60',
    '2026-03-05T09:30:00+0100',
  ])('refuses %s, naming the exact path and nothing else', (date) => {
    expect(refusal(page([item('a'), item('b', { date_published: date })]))).toBe(
      'page 1 (https://nis-cg.example.eu/feeds/feed.json): items[1].date_published: not an RFC 3339 date',
    );
  });

  it('names the path of a bad date deep in the extension, on a local page shown as a path', () => {
    const bad = page([], {
      meetings: [
        { id: 'm1', title: 'Plenary', kind: 'plenary', starts_at: T0, updated_at: T0 },
        { id: 'm2', title: 'Plenary', kind: 'plenary', starts_at: T0, ends_at: '2027-02-30T18:00:00+01:00', updated_at: T0 },
      ],
    });
    expect(refusal(bad, LOCAL)).toBe(
      'page 2 (/home/delegate/My feeds/nis/page-2.json): _delegation.meetings[1].ends_at: not an RFC 3339 date',
    );
  });

  it('refuses a date that is not a string', () => {
    expect(refusal(page([item('a', { date_modified: 1767225600 })]))).toBe(
      at('items[0].date_modified', 'expected an RFC 3339 date as a string'),
    );
  });
});

describe('readPage: allowed values', () => {
  const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

  it.each([
    ['document type', page([item('a', { _delegation: { type: 'memo' } })]), 'items[0]._delegation.type', DOCUMENT_TYPES],
    [
      'meeting kind',
      page([], { meetings: [{ id: 'm', title: 'M', kind: 'summit', starts_at: T0, updated_at: T0 }] }),
      '_delegation.meetings[0].kind',
      MEETING_KINDS,
    ],
    [
      'agenda purpose',
      page([], {
        agenda_items: [{ id: 'a', meeting_id: 'm', number: '1', order: 1, title: 'A', purpose: 'vote', updated_at: T0 }],
      }),
      '_delegation.agenda_items[0].purpose',
      AGENDA_PURPOSES,
    ],
    [
      'contact role',
      page([], { contacts: [{ id: 'c', name: 'C', roles: ['csirt', 'ciso'], country: 'FR', updated_at: T0 }] }),
      '_delegation.contacts[0].roles[1]',
      CONTACT_ROLES,
    ],
    ['tombstone type', page([], { deleted: [{ type: 'paper', id: 'x', deleted_at: T0 }] }), '_delegation.deleted[0].type', TOMBSTONE_TYPES],
  ] as const)('a bad %s names the allowed values', (_, value, path, allowed) => {
    expect(refusal(value)).toBe(at(path, `must be one of ${list(allowed)}`));
  });
});

describe('readPage: bytes that are not a JSON page', () => {
  it('refuses bytes that are not UTF-8', () => {
    const latin1 = new Uint8Array([...encode('{"version": "'), 0x52, 0xe9, 0x73, 0x65, 0x61, 0x75, ...encode('"}')]);
    expect(refusal(latin1)).toBe('page 1 (https://nis-cg.example.eu/feeds/feed.json): is not UTF-8 text');
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toBe('page 1 (https://nis-cg.example.eu/feeds/feed.json): is not UTF-8 text');
  });

  it('refuses invalid JSON with the line and column of the problem: a trailing comma in an object', () => {
    const text = `{\n  "version": "${V11}",\n  "title": "Feed",\n  "items": [],\n}\n`;
    expect(refusal(text)).toBe('page 1 (https://nis-cg.example.eu/feeds/feed.json): is not valid JSON (line 5, column 1)');
  });

  it('refuses invalid JSON with the line and column of the problem: a missing comma', () => {
    const text = `{\n  "version": "${V11}"\n  "title": "Feed"\n}`;
    expect(refusal(text)).toBe('page 1 (https://nis-cg.example.eu/feeds/feed.json): is not valid JSON (line 3, column 3)');
  });

  it('refuses invalid JSON with the line and column of the problem: a trailing comma in an array', () => {
    const text = `{\n  "version": "${V11}",\n  "title": "Feed",\n  "items": [\n    {"id": "a", "content_text": "x"},\n  ]\n}`;
    expect(refusal(text)).toBe('page 1 (https://nis-cg.example.eu/feeds/feed.json): is not valid JSON (line 6, column 3)');
  });

  it('refuses invalid JSON with the line and column of the problem: a bare word', () => {
    const text = `{\n  "version": "${V11}",\n  "title": Feed\n}`;
    expect(refusal(text)).toBe('page 1 (https://nis-cg.example.eu/feeds/feed.json): is not valid JSON (line 3, column 12)');
  });

  it('refuses a truncated page, saying it ends too early', () => {
    expect(refusal(`{\n  "version": "${V11}",\n  "title": `)).toBe(
      'page 1 (https://nis-cg.example.eu/feeds/feed.json): is not valid JSON (it ends too early)',
    );
  });

  it('refuses an empty file and an HTML error page, readably', () => {
    expect(refusal('')).toMatch(/^page 1 \(https:\/\/nis-cg\.example\.eu\/feeds\/feed\.json\): is not valid JSON/);
    const html = refusal('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>');
    expect(html).toMatch(/: is not valid JSON/);
    expect(html).not.toMatch(/\n\s+at |SyntaxError/);
  });

  it('refuses JSON that is not an object', () => {
    expect(refusal('[]')).toBe('page 1 (https://nis-cg.example.eu/feeds/feed.json): (the whole page): expected object');
  });
});

describe('readPage: links', () => {
  it('resolves a relative item URL against the page URL', () => {
    const records = read(page([item('a', { url: 'papers/cg-2026-01.html' }), item('b', { url: '../archive/b.html?lang=fr#p2' })]));
    expect(records.documents.map((d) => d.url)).toEqual([
      'https://nis-cg.example.eu/feeds/papers/cg-2026-01.html',
      'https://nis-cg.example.eu/archive/b.html?lang=fr#p2',
    ]);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(document.cookie)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://x.example/a'])(
    'refuses the item URL %j',
    (url) => {
      expect(refusal(page([item('a', { url })]))).toBe(at('items[0].url', 'only http and https links are allowed'));
    },
  );

  it('refuses a link that is not a URL', () => {
    expect(refusal(page([item('a', { url: 'https://[nis-cg' })]))).toBe(at('items[0].url', 'not a valid link'));
  });

  it('refuses a dangerous contact URL, naming its path', () => {
    const bad = page([], {
      contacts: [{ id: 'c', name: 'C', roles: ['spoc'], country: 'FR', url: 'javascript:alert(1)', updated_at: T0 }],
    });
    expect(refusal(bad)).toBe(at('_delegation.contacts[0].url', 'only http and https links are allowed'));
  });

  it('resolves a relative next_url', () => {
    expect(read(page([], undefined, { next_url: 'feed-2.json' })).nextUrl).toBe('https://nis-cg.example.eu/feeds/feed-2.json');
    expect(read(page([], undefined, { next_url: '/feeds/feed.json?page=2' })).nextUrl).toBe(
      'https://nis-cg.example.eu/feeds/feed.json?page=2',
    );
  });

  it('refuses an https page that continues over http or on the local disk', () => {
    expect(refusal(page([], undefined, { next_url: 'http://nis-cg.example.eu/feeds/feed-2.json' }))).toBe(
      at('next_url', 'a https feed can only continue with an https page'),
    );
    expect(refusal(page([], undefined, { next_url: 'file:///home/delegate/.ssh/id_ed25519' }))).toBe(
      at('next_url', 'a https feed can only continue with an https page'),
    );
  });

  it('lets an http page continue over http or https', () => {
    const http: PageSource = { page: 1, url: 'http://localhost:8080/feed.json' };
    expect(read(page([], undefined, { next_url: 'feed-2.json' }), http).nextUrl).toBe('http://localhost:8080/feed-2.json');
    expect(read(page([], undefined, { next_url: 'https://nis-cg.example.eu/f.json' }), http).nextUrl).toBe('https://nis-cg.example.eu/f.json');
  });

  it('lets a local page continue only with a local page', () => {
    expect(read(page([], undefined, { next_url: 'page-3.json' }), LOCAL).nextUrl).toBe('file:///home/delegate/My%20feeds/nis/page-3.json');
    expect(refusal(page([], undefined, { next_url: 'https://nis-cg.example.eu/feeds/feed.json' }), LOCAL)).toBe(
      at('next_url', 'a local feed can only continue with a local page', LOCAL),
    );
  });

  it("keeps a local page's attachments inside the feed's folder", () => {
    const attach = (url: string) => page([item('a', { attachments: [{ url, mime_type: 'application/pdf' }] })]);
    expect(read(attach('papers/cg 2026-01.pdf'), LOCAL).documents[0]!.attachments[0]!.url).toBe(
      'file:///home/delegate/My%20feeds/nis/papers/cg%202026-01.pdf',
    );
    for (const url of ['../secret.pdf', '../../.ssh/id_ed25519', 'file:///etc/passwd', 'papers/../../other/x.pdf']) {
      expect(refusal(attach(url), LOCAL), url).toBe(
        at('items[0].attachments[0].url', "a local attachment must be inside the feed's folder", LOCAL),
      );
    }
  });

  it("accepts a local attachment whose name merely starts with two dots, inside the feed's folder", () => {
    const records = read(page([item('a', { attachments: [{ url: '..draft.pdf', mime_type: 'application/pdf' }] })]), LOCAL);
    expect(records.documents[0]!.attachments[0]!.url).toBe('file:///home/delegate/My%20feeds/nis/..draft.pdf');
  });

  it('lets a local page attach https files, and refuses dangerous attachment links on any page', () => {
    const attach = (url: string) => page([item('a', { attachments: [{ url, mime_type: 'application/pdf' }] })]);
    expect(read(attach('https://nis-cg.example.eu/a.pdf'), LOCAL).documents[0]!.attachments[0]!.url).toBe('https://nis-cg.example.eu/a.pdf');
    expect(refusal(attach('javascript:alert(1)'), LOCAL)).toBe(at('items[0].attachments[0].url', 'only http and https links are allowed', LOCAL));
    expect(refusal(attach('file:///etc/passwd'))).toBe(at('items[0].attachments[0].url', 'only http and https links are allowed'));
    expect(read(attach('a.pdf')).documents[0]!.attachments[0]!.url).toBe('https://nis-cg.example.eu/feeds/a.pdf');
  });
});

describe('readPage: record hashes', () => {
  const full = (extra: Json = {}) =>
    item('cg-2026-01', {
      title: 'Guidelines on incident notification',
      content_html: '<p>Thresholds.</p>',
      tags: ['incidents'],
      date_published: T0,
      _delegation: { type: 'guideline', revision: 2 },
      ...extra,
    });
  const doc = (value: Json) => read(page([value])).documents[0]!;

  it('gives the same record the same hashes, every time', () => {
    expect(doc(full())).toEqual(doc(full()));
  });

  it('does not depend on the order of fields in the feed', () => {
    const reordered = Object.fromEntries(Object.entries(full()).reverse());
    expect(doc(reordered).recordHash).toBe(doc(full()).recordHash);
  });

  it('changes the record hash but not the content hash when only the title changes', () => {
    const a = doc(full());
    const b = doc(full({ title: 'Guidelines on incident notification (rev. 2)' }));
    expect(b.recordHash).not.toBe(a.recordHash);
    expect(b.contentHash).toBe(a.contentHash);
  });

  it('changes both hashes when content_html changes', () => {
    const a = doc(full());
    const b = doc(full({ content_html: '<p>New thresholds.</p>' }));
    expect(b.contentHash).not.toBe(a.contentHash);
    expect(b.recordHash).not.toBe(a.recordHash);
  });

  it('tells the same words given as HTML and as text apart', () => {
    expect(doc({ id: 'a', content_html: 'x' }).contentHash).not.toBe(doc({ id: 'a', content_text: 'x' }).contentHash);
  });

  it('changes the record hash when an attachment or a tag changes', () => {
    const a = doc(full());
    expect(doc(full({ tags: ['incidents', 'art-23'] })).recordHash).not.toBe(a.recordHash);
    expect(doc(full({ attachments: [{ url: 'https://x.example/a.pdf', mime_type: 'application/pdf' }] })).recordHash).not.toBe(a.recordHash);
  });

  it('hashes meetings, agenda items, contacts and work streams by their content', () => {
    const ext = (location: string) => ({
      meetings: [{ id: 'm1', title: 'Plenary', kind: 'plenary', starts_at: T0, location, updated_at: T0 }],
      work_streams: [{ id: 'ws', title: 'Supply chain' }],
    });
    const a = read(page([], ext('Brussels')));
    const b = read(page([], ext('Brussels')));
    const c = read(page([], ext('Luxembourg')));
    expect(b.meetings[0]!.recordHash).toBe(a.meetings[0]!.recordHash);
    expect(c.meetings[0]!.recordHash).not.toBe(a.meetings[0]!.recordHash);
    expect(c.workStreams[0]!.recordHash).toBe(a.workStreams[0]!.recordHash);
  });
});

describe('readPage: contacts', () => {
  const contact = (extra: Json) => page([], { contacts: [{ id: 'c', name: 'CERT-FR', roles: ['csirt'], country: 'FR', updated_at: T0, ...extra }] });

  it.each(['FR', 'EU', 'BG'])('accepts the country code %s', (country) => {
    expect(read(contact({ country })).contacts[0]!.country).toBe(country);
  });

  it.each(['fr', 'FRA', 'France', 'F', ''])('refuses the country %j', (country) => {
    expect(refusal(contact({ country }))).toBe(
      at('_delegation.contacts[0].country', 'expected an ISO 3166-1 alpha-2 country code, or EU'),
    );
  });

  it('requires a country', () => {
    const bad = page([], { contacts: [{ id: 'c', name: 'CERT-FR', roles: ['csirt'], updated_at: T0 }] });
    expect(refusal(bad)).toBe(at('_delegation.contacts[0].country', 'is required'));
  });

  it.each(['cert-fr@ssi.gouv.example', 'first.last+nis@ec.europa.eu'])('accepts the e-mail %s', (email) => {
    expect(read(contact({ email })).contacts[0]!.email).toBe(email);
  });

  it.each(['not an address', 'cert-fr@', '@ssi.gouv.fr', 'a@b@c.eu'])('refuses the e-mail %j', (email) => {
    expect(refusal(contact({ email }))).toBe(at('_delegation.contacts[0].email', 'not an e-mail address'));
  });
});

describe('readPage: normalised records', () => {
  const ext: Json = {
    schema: 1,
    publisher: 'NIS Cooperation Group Secretariat',
    work_streams: [
      { id: 'ws-sc', title: 'Supply chain security', lead: 'NL', description: 'Toolbox follow-up.' },
      { id: 'ws-5g', title: '5G security' },
    ],
    meetings: [
      {
        id: 'plenary-41', title: '41st plenary', description: 'Hybrid.', kind: 'plenary', starts_at: '2027-02-17T09:30:00+01:00',
        ends_at: '2027-02-18T13:00:00+01:00', location: 'Brussels', format: 'hybrid', status: 'confirmed', work_stream: 'ws-sc',
        chair: 'Presidency', updated_at: T0,
      },
      { id: 'ws-sc-12', title: 'WS meeting', kind: 'work_stream', starts_at: '2026-12-03T14:00:00Z', updated_at: T0 },
    ],
    agenda_items: [
      {
        id: 'plenary-41-3b', meeting_id: 'plenary-41', number: '3.b', order: 4, title: 'Incident notification', purpose: 'decision',
        description: 'Adoption.', document_ids: ['cg-2026-01', 'cg-2026-09'], lead: 'ENISA', updated_at: T0,
      },
      { id: 'plenary-41-1', meeting_id: 'plenary-41', number: '1', order: 1, title: 'Agenda', purpose: 'information', updated_at: T0 },
    ],
    contacts: [
      {
        id: 'cert-fr', name: 'CERT-FR', organisation: 'ANSSI', roles: ['csirt', 'spoc'], country: 'FR', email: 'cert-fr@ssi.gouv.example',
        phone: '+33 1 00 00 00 00', url: 'https://cert.ssi.gouv.example/', updated_at: T0,
      },
      { id: 'bg-nca', name: 'Министерство на електронното управление', roles: ['nca'], country: 'BG', updated_at: T0 },
    ],
    deleted: [
      { type: 'document', id: 'cg-2019-03', deleted_at: T0 },
      { type: 'agenda_item', id: 'plenary-40-7', deleted_at: '2026-10-01T12:00:00+02:00' },
    ],
  };
  const records = () =>
    read(
      page(
        [
          item('cg-2026-01', {
            url: 'https://nis-cg.example.eu/papers/cg-2026-01',
            title: 'Guidelines on incident notification',
            summary: 'Thresholds under Art. 23.',
            content_html: '<p>Thresholds.</p>',
            content_text: 'Thresholds.',
            date_published: '2026-03-05T09:30:00+01:00',
            date_modified: '2026-10-30T17:00:00+01:00',
            tags: ['incidents', 'art-23'],
            language: 'en',
            attachments: [
              {
                url: 'cg-2026-01.pdf', mime_type: 'application/pdf', title: 'Full text', size_in_bytes: 3481223,
                _delegation: { sha256: 'a'.repeat(64) },
              },
            ],
            _delegation: {
              type: 'guideline', reference: 'CG Publication 01/2026', revision: 3, work_stream: 'ws-sc', status: 'published',
              supersedes: 'cg-2020-01',
            },
          }),
        ],
        ext,
        { next_url: 'feed-2.json' },
      ),
    );

  it('reads the page title, publisher and next page', () => {
    const r = records();
    expect([r.title, r.publisher, r.nextUrl]).toEqual([
      'NIS Cooperation Group',
      'NIS Cooperation Group Secretariat',
      'https://nis-cg.example.eu/feeds/feed-2.json',
    ]);
  });

  it('normalises a document with all its fields and attachments', () => {
    expect(records().documents).toEqual([
      {
        id: 'cg-2026-01',
        type: 'guideline',
        title: 'Guidelines on incident notification',
        summary: 'Thresholds under Art. 23.',
        url: 'https://nis-cg.example.eu/papers/cg-2026-01',
        reference: 'CG Publication 01/2026',
        feedRevision: 3,
        workStreamId: 'ws-sc',
        status: 'published',
        supersedes: 'cg-2020-01',
        language: 'en',
        tags: ['incidents', 'art-23'],
        datePublished: '2026-03-05T09:30:00+01:00',
        dateModified: '2026-10-30T17:00:00+01:00',
        contentHtml: '<p>Thresholds.</p>',
        contentText: 'Thresholds.',
        attachments: [
          {
            url: 'https://nis-cg.example.eu/feeds/cg-2026-01.pdf',
            mimeType: 'application/pdf',
            title: 'Full text',
            sizeInBytes: 3481223,
            sha256: 'a'.repeat(64),
          },
        ],
        recordHash: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        contentHash: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        fingerprint: null,
      },
    ]);
  });

  it('normalises meetings, missing fields as null', () => {
    expect(records().meetings).toEqual([
      {
        id: 'plenary-41', title: '41st plenary', description: 'Hybrid.', kind: 'plenary', startsAt: '2027-02-17T09:30:00+01:00',
        endsAt: '2027-02-18T13:00:00+01:00', location: 'Brussels', format: 'hybrid', status: 'confirmed', workStreamId: 'ws-sc',
        chair: 'Presidency', updatedAt: T0, recordHash: expect.any(String), fingerprint: null,
      },
      {
        id: 'ws-sc-12', title: 'WS meeting', description: null, kind: 'work_stream', startsAt: '2026-12-03T14:00:00Z', endsAt: null,
        location: null, format: null, status: null, workStreamId: null, chair: null, updatedAt: T0, recordHash: expect.any(String), fingerprint: null,
      },
    ]);
  });

  it('normalises agenda items in feed order, with their document links', () => {
    expect(records().agendaItems).toEqual([
      {
        id: 'plenary-41-3b', meetingId: 'plenary-41', number: '3.b', order: 4, title: 'Incident notification', purpose: 'decision',
        description: 'Adoption.', documentIds: ['cg-2026-01', 'cg-2026-09'], lead: 'ENISA', updatedAt: T0, recordHash: expect.any(String), fingerprint: null,
      },
      {
        id: 'plenary-41-1', meetingId: 'plenary-41', number: '1', order: 1, title: 'Agenda', purpose: 'information', description: null,
        documentIds: [], lead: null, updatedAt: T0, recordHash: expect.any(String), fingerprint: null,
      },
    ]);
  });

  it('normalises contacts', () => {
    expect(records().contacts).toEqual([
      {
        id: 'cert-fr', name: 'CERT-FR', organisation: 'ANSSI', roles: ['csirt', 'spoc'], country: 'FR', email: 'cert-fr@ssi.gouv.example',
        phone: '+33 1 00 00 00 00', url: 'https://cert.ssi.gouv.example/', updatedAt: T0, recordHash: expect.any(String), fingerprint: null,
      },
      {
        id: 'bg-nca', name: 'Министерство на електронното управление', organisation: null, roles: ['nca'], country: 'BG', email: null,
        phone: null, url: null, updatedAt: T0, recordHash: expect.any(String), fingerprint: null,
      },
    ]);
  });

  it('normalises work streams and tombstones', () => {
    const r = records();
    expect(r.workStreams).toEqual([
      { id: 'ws-sc', title: 'Supply chain security', lead: 'NL', description: 'Toolbox follow-up.', recordHash: expect.any(String), fingerprint: null },
      { id: 'ws-5g', title: '5G security', lead: null, description: null, recordHash: expect.any(String), fingerprint: null },
    ]);
    expect(r.tombstones).toEqual([
      { type: 'document', id: 'cg-2019-03', deletedAt: T0 },
      { type: 'agenda_item', id: 'plenary-40-7', deletedAt: '2026-10-01T12:00:00+02:00' },
    ]);
  });

  it('refuses an agenda item without a whole-number order', () => {
    const bad = page([], {
      agenda_items: [{ id: 'a', meeting_id: 'm', number: '1', order: 1.5, title: 'A', purpose: 'decision', updated_at: T0 }],
    });
    expect(refusal(bad)).toMatch(/: _delegation\.agenda_items\[0\]\.order: /);
  });
});

// The committed sample feed (resources/sample-feed/) and the example in docs/feed-format.md are
// what a publisher copies from: they must be valid, correctly signed, and faithful to the public
// facts they are built from.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage } from '../src/feed/read-page';
import type { FeedPageRecords } from '../src/feed/records';
import { parsePublicKey, verifyPage } from '../src/feed/signature';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const SAMPLE = 'resources/sample-feed/';
const UNPUBLISHED = 'doc-not-yet-published';

// The publications table of the domain notes (/work/shared/domain/nis-cooperation-group.md),
// copied here so the test runs anywhere; `null` stands for "unknown" (and "2019 or later").
const PUBLICATIONS: Array<[title: string, reference: string | null, date: string | null]> = [
  ['Reference document on security measures for Operators of Essential Services', null, '2018-02'],
  ['Reference document on incident notification for Operators of Essential Services: circumstances of notification', 'CG Publication 02/2018', '2018-02'],
  ['Compendium on Cyber Security of Election Technology', 'CG Publication 03/2018', '2018-07'],
  ['Cybersecurity Incident Taxonomy', 'CG Publication 04/2018', '2018-07'],
  ['Guidelines on notification of Operators of Essential Services incidents: formats and procedures', 'CG Publication 05/2018', '2018-07'],
  ['Guidelines on cross-border dependencies', null, null],
  ['Sectoral implementation of the NIS Directive in the energy sector', null, null],
  ['EU coordinated risk assessment of the cybersecurity of 5G networks', null, '2019-10-09'],
  ['Cybersecurity of 5G networks: EU Toolbox of risk mitigating measures', 'CG Publication 01/2020', '2020-01-29'],
  ["Report on Member States' progress in implementing the EU Toolbox on 5G Cybersecurity", null, '2020-07-24'],
  ["Second report on Member States' progress in implementing the EU Toolbox on 5G Cybersecurity", null, '2023-06-15'],
  ['Report on the cybersecurity and resiliency of the EU communications infrastructures and networks', null, '2024-02'],
  ['EU cybersecurity risk evaluation and scenarios for the telecommunications and electricity sectors', null, '2024-07-24'],
  ['A coordinated implementation roadmap for the transition to post-quantum cryptography', null, '2025-06-23'],
];

function readSamplePage(file: string, page: number): FeedPageRecords {
  const path = root(SAMPLE + file);
  return readPage(readFileSync(path), { page, url: pathToFileURL(path).href });
}

describe('the sample feed', () => {
  const first = readSamplePage('feed.json', 1);
  const second = readSamplePage('feed-2.json', 2);
  const documents = [...first.documents, ...second.documents];

  it('is two valid pages, the first continuing with the second', () => {
    expect(first.title).toBe('NIS Cooperation Group — sample feed');
    expect(first.publisher).toBe('Delegate Desk sample data');
    expect(second.publisher).toBe('Delegate Desk sample data');
    expect(first.nextUrl).toBe(pathToFileURL(root(SAMPLE + 'feed-2.json')).href);
    expect(second.nextUrl).toBeNull();
    expect(second.meetings.length).toBe(2);
    expect(second.contacts.length).toBeGreaterThan(20);
    const raw = JSON.parse(readFileSync(root(SAMPLE + 'feed.json'), 'utf8'));
    expect(raw.home_page_url).toBe('https://digital-strategy.ec.europa.eu/en/policies/nis-cooperation-group');
    expect(raw._delegation.schema).toBe(1);
  });

  it('is signed page by page, verifiable with the PEM and the base64 publisher key', () => {
    const keys = ['publisher.pub', 'publisher.pub.b64'].map((file) => parsePublicKey(readFileSync(root(SAMPLE + file), 'utf8')));
    expect(readFileSync(root(SAMPLE + 'publisher.pub.b64'), 'utf8').trim()).not.toMatch(/\s/);
    for (const file of ['feed.json', 'feed-2.json']) {
      const bytes = readFileSync(root(SAMPLE + file));
      const signature = readFileSync(root(SAMPLE + file + '.sig'), 'utf8');
      for (const key of keys) expect(verifyPage(bytes, signature, key), file).toBe(true);
    }
  });

  it('carries no private key', () => {
    expect(existsSync(root(SAMPLE + 'publisher.key'))).toBe(false);
    for (const file of ['feed.json', 'feed-2.json', 'publisher.pub', 'publisher.pub.b64']) {
      expect(readFileSync(root(SAMPLE + file), 'utf8')).not.toContain('PRIVATE KEY');
    }
  });

  it('lists every publication of the domain notes with its title, reference and date as stated', () => {
    expect(documents.length).toBe(PUBLICATIONS.length);
    for (const [title, reference, date] of PUBLICATIONS) {
      const doc = documents.find((d) => d.title === title);
      expect(doc, title).toBeDefined();
      expect(doc!.reference, title).toBe(reference);
      const expected = date === null ? null : date.length === 7 ? `${date}-01T00:00:00Z` : `${date}T00:00:00Z`;
      expect(doc!.datePublished, title).toBe(expected);
      expect(doc!.url).toBe('https://digital-strategy.ec.europa.eu/en/policies/nis-cooperation-group');
      expect(doc!.language).toBe('en');
      expect(doc!.feedRevision).toBe(1);
      expect(doc!.status).toBe('published');
      expect(['guideline', 'reference_document', 'report', 'toolbox']).toContain(doc!.type);
      expect(doc!.summary).toBeTruthy();
      expect(doc!.contentHtml!.match(/<p>/g)!.length).toBeGreaterThanOrEqual(2);
    }
  });

  it.skipIf(!existsSync('/work/shared/domain/nis-cooperation-group.md'))('copies the domain table faithfully', () => {
    const notes = readFileSync('/work/shared/domain/nis-cooperation-group.md', 'utf8');
    for (const [title, reference, date] of PUBLICATIONS) {
      const row = notes.split('\n').find((line) => line.startsWith(`| ${title} |`));
      expect(row, title).toBeDefined();
      const [, ref, when] = row!.split('|').map((cell) => cell.trim()).filter(Boolean);
      expect(ref === 'unknown' ? null : ref).toBe(reference);
      expect(when === 'unknown' || when === '2019 or later' ? null : when).toBe(date);
    }
  });

  it('links agenda items only to published papers, except the one deliberately unavailable', () => {
    const published = new Set(documents.map((d) => d.id));
    const meetings = new Set(second.meetings.map((m) => m.id));
    const linked = second.agendaItems.flatMap((a) => a.documentIds);
    expect(linked).toContain(UNPUBLISHED);
    expect(published.has(UNPUBLISHED)).toBe(false);
    for (const id of linked) if (id !== UNPUBLISHED) expect(published, id).toContain(id);
    for (const item of second.agendaItems) expect(meetings, item.id).toContain(item.meetingId);
    const workStreams = new Set(second.workStreams.map((w) => w.id));
    for (const m of second.meetings) if (m.workStreamId) expect(workStreams).toContain(m.workStreamId);
  });

  it('labels its meetings as sample data, upcoming, with four to six agenda items each', () => {
    for (const meeting of second.meetings) {
      expect(meeting.title).toMatch(/^Sample: /);
      expect(meeting.startsAt.startsWith('2027-')).toBe(true);
      const items = second.agendaItems.filter((a) => a.meetingId === meeting.id);
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(items.length).toBeLessThanOrEqual(6);
      expect(items.some((a) => /sample data/i.test(a.description ?? ''))).toBe(true);
    }
  });

  it('holds organisations only: no personal-looking e-mail addresses', () => {
    for (const contact of second.contacts) {
      // first.last@, f.last@ or firstname@ — any mailbox that is not a function's.
      if (contact.email !== null) {
        expect(contact.email, contact.id).not.toMatch(/^[a-z]+[._-][a-z]+@/i);
        expect(contact.email, contact.id).toMatch(/^(info|contact|secretariat|cert|csirt|incident|office|press)[a-z-]*@/i);
      }
      expect(contact.country).toMatch(/^[A-Z]{2}$/);
    }
  });
});

describe('docs/feed-format.md', () => {
  it('opens with a complete example page that validates', () => {
    const doc = readFileSync(root('docs/feed-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const records = readPage(new TextEncoder().encode(example), { page: 1, url: 'https://example.org/feed.json' });
    expect(records.documents.length).toBeGreaterThan(0);
    expect(records.meetings.length).toBeGreaterThan(0);
    expect(records.agendaItems.length).toBeGreaterThan(0);
  });

  it('has a tombstone example that validates', () => {
    const doc = readFileSync(root('docs/feed-format.md'), 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const tombstones = blocks.find((b) => b.includes('"deleted"'));
    expect(tombstones).toBeDefined();
    const records = readPage(new TextEncoder().encode(tombstones), { page: 1, url: 'https://example.org/feed.json' });
    expect(records.tombstones.length).toBeGreaterThan(0);
  });
});

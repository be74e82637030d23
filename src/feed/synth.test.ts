import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readPage } from './read-page';
import type { FeedPageRecords } from './records';
import { writeSyntheticFeed, type SyntheticFeedOptions } from './synth';

const base = mkdtempSync(join(tmpdir(), 'desk-synth-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const SMALL: SyntheticFeedOptions = { documents: 120, meetings: 15, agendaItems: 140, contacts: 40, pageSize: 50, textBytes: 1500, seed: 7 };

let folders = 0;
async function write(options: SyntheticFeedOptions) {
  const dir = join(base, `feed-${++folders}`);
  const feed = await writeSyntheticFeed(dir, options);
  const pages = feed.pages.map((path, i) => readPage(readFileSync(path), { page: i + 1, url: pathToFileURL(path).href }));
  return { dir, feed, pages };
}

/** Every record of a feed by kind and id, as its raw JSON. */
function recordsById(paths: string[]): Map<string, string> {
  const records = new Map<string, string>();
  for (const path of paths) {
    const page = JSON.parse(readFileSync(path, 'utf8'));
    for (const item of page.items) records.set(`document:${item.id}`, JSON.stringify(item));
    for (const kind of ['meetings', 'agenda_items', 'contacts']) {
      for (const record of page._delegation[kind] ?? []) records.set(`${kind}:${record.id}`, JSON.stringify(record));
    }
  }
  return records;
}

function all<K extends keyof FeedPageRecords>(pages: FeedPageRecords[], kind: K): FeedPageRecords[K] {
  return pages.flatMap((p) => p[kind] as unknown[]) as FeedPageRecords[K];
}

describe('writeSyntheticFeed', () => {
  it('writes valid pages, chained from feed.json by relative next_url, with every record counted', async () => {
    const { dir, feed, pages } = await write(SMALL);
    // 315 records, 50 a page.
    expect(feed.pages.map((p) => basename(p))).toEqual(['feed.json', ...[2, 3, 4, 5, 6, 7].map((n) => `feed-${n}.json`)]);
    pages.forEach((page, i) => {
      expect(page.nextUrl).toBe(i + 1 < pages.length ? pathToFileURL(join(dir, `feed-${i + 2}.json`)).href : null);
      const size = page.documents.length + page.meetings.length + page.agendaItems.length + page.contacts.length;
      expect(size).toBeLessThanOrEqual(50);
    });
    expect(JSON.parse(readFileSync(feed.pages[1]!, 'utf8')).next_url).toBe('feed-3.json');
    expect(feed.bytes).toBe(feed.pages.reduce((n, p) => n + readFileSync(p).byteLength, 0));

    const documents = all(pages, 'documents');
    const meetings = all(pages, 'meetings');
    const agendaItems = all(pages, 'agendaItems');
    expect(documents).toHaveLength(120);
    expect(meetings).toHaveLength(15);
    expect(agendaItems).toHaveLength(140);
    expect(all(pages, 'contacts')).toHaveLength(40);
    expect(new Set(documents.map((d) => d.id)).size).toBe(120);

    const meetingIds = new Set(meetings.map((m) => m.id));
    const documentIds = new Set(documents.map((d) => d.id));
    for (const item of agendaItems) {
      expect(meetingIds.has(item.meetingId)).toBe(true);
      for (const id of item.documentIds) expect(documentIds.has(id)).toBe(true);
    }
    expect(agendaItems.some((a) => a.documentIds.length > 0)).toBe(true);
  });

  it('writes documents of about the asked size, in paragraphs with some markup and accented words', async () => {
    const { pages } = await write({ ...SMALL, textBytes: 6000 });
    const documents = all(pages, 'documents');
    for (const d of documents) {
      const text = d.contentHtml!.replace(/<[^>]+>/g, '');
      expect(text.length).toBeGreaterThanOrEqual(6000);
      expect(text.length).toBeLessThan(8000);
      expect(d.contentHtml).toMatch(/^<p>/);
      expect(d.type).toBeTruthy();
      expect(d.reference).toBeTruthy();
      expect(d.feedRevision).toBeGreaterThanOrEqual(1);
    }
    const html = documents.map((d) => d.contentHtml).join('\n');
    expect(html).toContain('<em>');
    expect(html).toMatch(/<a href="https:\/\//);
    for (const word of ['réseau', 'sécurité', 'Übersicht', 'CERT-EU', '5G', 'CSIRTs', 'energy']) expect(html).toContain(word);
  });

  it('gives the same bytes for the same seed, and other bytes for another', async () => {
    const one = await write(SMALL);
    const two = await write(SMALL);
    const other = await write({ ...SMALL, seed: 8 });
    one.feed.pages.forEach((path, i) => expect(readFileSync(path).equals(readFileSync(two.feed.pages[i]!))).toBe(true));
    expect(readFileSync(one.feed.pages[0]!).equals(readFileSync(other.feed.pages[0]!))).toBe(false);
  });

  it('alters about the asked fraction of records, spread over the pages, each staying on its page', async () => {
    const options = { ...SMALL, documents: 1200, agendaItems: 1400, contacts: 385, pageSize: 500, textBytes: 300 };
    const before = await write(options);
    const after = await write({ ...options, changedFraction: 0.01, edition: 2 });
    const old = recordsById(before.feed.pages);
    const now = recordsById(after.feed.pages);
    expect(now.size).toBe(3000);
    const changed = [...now.keys()].filter((id) => now.get(id) !== old.get(id));
    expect(changed).toHaveLength(30);
    // Spread out: every page has some, so every page's bytes changed.
    before.feed.pages.forEach((path, i) => expect(readFileSync(path).equals(readFileSync(after.feed.pages[i]!))).toBe(false));
    // Each record on the same page as before.
    before.feed.pages.forEach((path, i) => {
      expect([...recordsById([after.feed.pages[i]!]).keys()]).toEqual([...recordsById([path]).keys()]);
    });
    // A changed record says so where a sync looks: its dates and its text.
    const document = changed.find((id) => id.startsWith('document:'));
    if (document) {
      const item = JSON.parse(now.get(document)!);
      expect(item.date_modified).toBe('2025-12-20T08:00:00Z');
      expect(item.title).toContain('edition 2');
    }
    const other = await write({ ...options, changedFraction: 0.01, edition: 3 });
    const third = recordsById(other.feed.pages);
    const changedInThird = [...third.keys()].filter((id) => third.get(id) !== old.get(id));
    expect(changedInThird).toHaveLength(30);
    expect(changedInThird).not.toEqual(changed);
  });

  it('can alter records together, in one run on a page or two, keeping an earlier edition and the other pages byte for byte', async () => {
    const options = { ...SMALL, documents: 1200, agendaItems: 1400, contacts: 385, pageSize: 500, textBytes: 300 };
    const spread = { edition: 2, changedFraction: 0.01 };
    const before = await write({ ...options, ...spread });
    const after = await write({ ...options, changedFraction: 0.01, edition: 3, changedPlacement: 'together' as const, keepEdition: spread });
    const old = recordsById(before.feed.pages);
    const now = recordsById(after.feed.pages);
    expect([...now.keys()].filter((id) => now.get(id) !== old.get(id))).toHaveLength(30);
    const pagesChanged = before.feed.pages.filter((path, i) => !readFileSync(path).equals(readFileSync(after.feed.pages[i]!)));
    expect(pagesChanged.length).toBeGreaterThanOrEqual(1);
    expect(pagesChanged.length).toBeLessThanOrEqual(2);
  });
});

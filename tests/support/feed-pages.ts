// Builds small feeds for tests: plain objects in the feed format, written as chained pages.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signPage } from '../../src/feed/signature';

export type Json = Record<string, unknown>;

export const T0 = '2026-11-01T10:00:00Z';

export function doc(id: string, extra: Json = {}): Json {
  return {
    id,
    title: `Paper ${id}`,
    content_html: `<p>The text of paper ${id} about incident notification.</p>`,
    date_published: T0,
    _delegation: { type: 'guideline', revision: 1 },
    ...extra,
  };
}

export function meeting(id: string, extra: Json = {}): Json {
  return { id, title: `Meeting ${id}`, kind: 'plenary', starts_at: '2027-02-17T09:30:00+01:00', updated_at: T0, ...extra };
}

export function agendaItem(id: string, meetingId: string, extra: Json = {}): Json {
  return { id, meeting_id: meetingId, number: '1', order: 1, title: `Item ${id}`, purpose: 'discussion', updated_at: T0, ...extra };
}

export function contact(id: string, extra: Json = {}): Json {
  return { id, name: `CSIRT ${id}`, roles: ['csirt'], country: 'FR', updated_at: T0, ...extra };
}

export function page(items: Json[], ext: Json = {}, extra: Json = {}): Json {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test feed',
    items,
    _delegation: { schema: 1, ...ext },
    ...extra,
  };
}

export function tempDir(prefix = 'dd-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Writes pages as feed.json, feed-2.json, ... chained by relative next_url (unless a page sets
 * its own), signing each when a private key is given. Returns the first page's path.
 */
export function writeFeed(dir: string, pages: (Json | string)[], privateKeyPem?: string): string {
  pages.forEach((p, i) => {
    const name = i === 0 ? 'feed.json' : `feed-${i + 1}.json`;
    let text: string;
    if (typeof p === 'string') text = p;
    else {
      const withNext = i < pages.length - 1 && p.next_url === undefined ? { ...p, next_url: `feed-${i + 2}.json` } : p;
      text = JSON.stringify(withNext, null, 1);
    }
    writeFileSync(join(dir, name), text);
    if (privateKeyPem) writeFileSync(join(dir, `${name}.sig`), signPage(Buffer.from(text), privateKeyPem));
  });
  return join(dir, 'feed.json');
}

// What each page of a subscription looked like at the last applied sync.
import type { Store } from '../store/open';

export interface CachedPage {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** Equal exactly when the page's bytes are (feed/page-fingerprint.ts); kept in the column `sha256`. */
  fingerprint: string;
  nextUrl: string | null;
}

export function readPageCache(db: Store, subscriptionId: number): Map<string, CachedPage> {
  const rows = db
    .prepare(
      `SELECT url, etag, last_modified AS lastModified, sha256 AS fingerprint, next_url AS nextUrl
       FROM feed_pages WHERE subscription_id = ?`,
    )
    .all(subscriptionId) as CachedPage[];
  return new Map(rows.map((r) => [r.url, r]));
}

/**
 * Replaces the cache with the pages of this sync (pages gone from the chain are forgotten). `records`
 * holds what each page read in this sync held (known-records.ts); a page not read keeps what it had.
 */
export function writePageCache(db: Store, subscriptionId: number, pages: CachedPage[], now: string, records: ReadonlyMap<string, string>): void {
  db.prepare('DELETE FROM feed_pages WHERE subscription_id = ? AND url NOT IN (SELECT value FROM json_each(?))').run(
    subscriptionId,
    JSON.stringify(pages.map((p) => p.url)),
  );
  const upsert = db.prepare(
    `INSERT INTO feed_pages (subscription_id, url, etag, last_modified, sha256, next_url, fetched_at, records)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (subscription_id, url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       sha256 = excluded.sha256, next_url = excluded.next_url, fetched_at = excluded.fetched_at,
       records = coalesce(excluded.records, feed_pages.records)`,
  );
  for (const p of pages) upsert.run(subscriptionId, p.url, p.etag, p.lastModified, p.fingerprint, p.nextUrl, now, records.get(p.url) ?? null);
}

export function clearPageCache(db: Store, subscriptionId: number): void {
  db.prepare('DELETE FROM feed_pages WHERE subscription_id = ?').run(subscriptionId);
}

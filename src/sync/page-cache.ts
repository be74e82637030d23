// What each page of a subscription looked like at the last applied sync.
import type { Store } from '../store/open';

export interface CachedPage {
  url: string;
  etag: string | null;
  lastModified: string | null;
  sha256: string;
  nextUrl: string | null;
}

export function readPageCache(db: Store, subscriptionId: number): Map<string, CachedPage> {
  const rows = db
    .prepare(
      `SELECT url, etag, last_modified AS lastModified, sha256, next_url AS nextUrl
       FROM feed_pages WHERE subscription_id = ?`,
    )
    .all(subscriptionId) as CachedPage[];
  return new Map(rows.map((r) => [r.url, r]));
}

/** Replaces the cache with the pages of this sync (pages gone from the chain are forgotten). */
export function writePageCache(db: Store, subscriptionId: number, pages: CachedPage[], now: string): void {
  db.prepare('DELETE FROM feed_pages WHERE subscription_id = ?').run(subscriptionId);
  const insert = db.prepare(
    `INSERT INTO feed_pages (subscription_id, url, etag, last_modified, sha256, next_url, fetched_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const p of pages) insert.run(subscriptionId, p.url, p.etag, p.lastModified, p.sha256, p.nextUrl, now);
}

export function clearPageCache(db: Store, subscriptionId: number): void {
  db.prepare('DELETE FROM feed_pages WHERE subscription_id = ?').run(subscriptionId);
}

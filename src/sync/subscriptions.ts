// The feeds the delegate follows. A source is kept as a URL: http(s) as given, a local path as a
// file: URL, so one subscription is one string whatever the kind.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import { parsePublicKey, samePublicKey } from '../feed/signature';
import { clearPageCache } from './page-cache';
import type { AttachmentPolicy, Feed as Subscription } from '../api/types';
import { inWriteTransaction } from '../store/transactions';

export type { Subscription };

const COLUMNS = `id, url, public_key AS publicKey, title, is_sample AS isSample, added_at AS addedAt,
  last_synced_at AS lastSyncedAt, last_outcome AS lastOutcome, last_error AS lastError,
  attachment_policy AS attachmentPolicy, attachment_budget_bytes AS attachmentBudgetBytes`;

/** A URL as typed, or a path to a local file, as the URL the store keeps. */
export function sourceUrl(source: string): string {
  if (/^https?:\/\//i.test(source)) {
    try {
      return new URL(source).href;
    } catch {
      throw new DeskError('rejected', `"${source}" is not a valid web address`);
    }
  }
  if (source.startsWith('file:')) return new URL(source).href;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    throw new DeskError('rejected', `"${source}": only https, http and local files can be synced`);
  }
  const path = resolve(source);
  if (!existsSync(path)) throw new DeskError('failed', `the file ${path} does not exist`);
  return pathToFileURL(path).href;
}

export function listSubscriptions(db: Store): Subscription[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM feed_subscriptions ORDER BY id`).all() as Subscription[]).map(fixBool);
}

export function findSubscription(db: Store, url: string): Subscription | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM feed_subscriptions WHERE url = ?`).get(url) as Subscription | undefined;
  return row ? fixBool(row) : null;
}

export function getSubscription(db: Store, id: number): Subscription {
  const row = db.prepare(`SELECT ${COLUMNS} FROM feed_subscriptions WHERE id = ?`).get(id) as Subscription | undefined;
  if (!row) throw new DeskError('not_found', `there is no feed with id ${id}`);
  return fixBool(row);
}

/**
 * Adds a feed, or updates the pinned key of a feed already there. A new key forgets the page
 * cache, so every page is fetched and verified against it on the next sync.
 */
export function saveSubscription(
  db: Store,
  url: string,
  options: { publicKey?: string | null; isSample?: boolean; now?: string } = {},
): Subscription {
  if (options.publicKey) parsePublicKey(options.publicKey);
  const existing = findSubscription(db, url);
  if (!existing) {
    db.prepare('INSERT INTO feed_subscriptions (url, public_key, is_sample, added_at) VALUES (?, ?, ?, ?)').run(
      url,
      options.publicKey?.trim() || null,
      options.isSample ? 1 : 0,
      options.now ?? new Date().toISOString(),
    );
  } else if (options.publicKey && !samePublicKey(options.publicKey, existing.publicKey)) {
    inWriteTransaction(db, () => {
      pinPublisherKey(db, existing.id, options.publicKey!);
      // Pages read under the old key are read again under the new one at the next sync.
      clearPageCache(db, existing.id);
    });
  }
  return findSubscription(db, url)!;
}

/** Pins a publisher key on a feed, as given (trimmed); the caller has read it (parsePublicKey). */
export function pinPublisherKey(db: Store, id: number, publicKey: string): void {
  db.prepare('UPDATE feed_subscriptions SET public_key = ? WHERE id = ?').run(publicKey.trim(), id);
}

/** Which attachments a sync of this feed keeps on the device, and the 'upcoming' policy's budget. */
export function setAttachmentPolicy(db: Store, id: number, policy: AttachmentPolicy, budgetBytes?: number): Subscription {
  const changes = db
    .prepare('UPDATE feed_subscriptions SET attachment_policy = ?, attachment_budget_bytes = coalesce(?, attachment_budget_bytes) WHERE id = ?')
    .run(policy, budgetBytes ?? null, id).changes;
  if (changes === 0) throw new DeskError('not_found', `there is no feed with id ${id}`);
  return getSubscription(db, id);
}

/** Removes a feed from the list. Its records stay: removing a source never removes papers. */
export function removeSubscription(db: Store, id: number): void {
  const changes = db.prepare('DELETE FROM feed_subscriptions WHERE id = ?').run(id).changes;
  if (changes === 0) throw new DeskError('not_found', `there is no feed with id ${id}`);
}

function fixBool(row: Subscription): Subscription {
  return { ...row, isSample: Boolean(row.isSample) };
}

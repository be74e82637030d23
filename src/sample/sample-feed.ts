// The sample feed shipped in resources/sample-feed: real NIS Cooperation Group publications and
// two sample meetings, so a newcomer sees a working desk at once, offline. The app loads it into
// a new, empty store; the CLI only on request (`delegate-desk seed`). Removing it is one step, and
// goes through the same path as a feed's tombstones, so anything the delegate annotated is
// archived rather than lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/open';
import { emptyCounts, type SyncCounts } from '../sync/counts';
import { syncSource, type SyncResult } from '../sync/sync';
import { applyTombstones } from '../sync/tombstones';
import type { TombstoneRecord } from '../feed/records';
import type { TombstoneType } from '../feed/format';
import { inWriteTransaction } from '../store/transactions';

/** Where the sample lives: beside the sources, or in a packaged app's resources folder. */
export function sampleFeedFolder(resourcesDir?: string): string {
  if (resourcesDir) return join(resourcesDir, 'sample-feed');
  return fileURLToPath(new URL('../../resources/sample-feed/', import.meta.url));
}

export async function loadSample(db: Store, folder: string = sampleFeedFolder()): Promise<SyncResult> {
  const key = readFileSync(join(folder, 'publisher.pub.b64'), 'utf8').trim();
  const result = await syncSource(db, join(folder, 'feed.json'), { key });
  if (result.subscriptionId !== null) {
    db.prepare('UPDATE feed_subscriptions SET is_sample = 1 WHERE id = ?').run(result.subscriptionId);
  }
  return result;
}

/** True for a store with no feeds and no records: the moment to offer the sample. */
export function isEmptyStore(db: Store): boolean {
  return !db.prepare('SELECT 1 FROM feed_subscriptions UNION ALL SELECT 1 FROM documents UNION ALL SELECT 1 FROM meetings LIMIT 1').get();
}

/** Loads the sample into a new, empty store (the desktop app and browser mode do this). */
export async function seedIfEmpty(db: Store, folder?: string): Promise<SyncResult | null> {
  return isEmptyStore(db) ? loadSample(db, folder) : null;
}

export function hasSample(db: Store): boolean {
  return Boolean(db.prepare('SELECT 1 FROM feed_subscriptions WHERE is_sample = 1').get());
}

// Agenda items before their meetings, so an item with a position is archived on its own account.
const ORDER: [TombstoneType, string][] = [
  ['agenda_item', 'agenda_items'],
  ['meeting', 'meetings'],
  ['document', 'documents'],
  ['contact', 'contacts'],
  ['work_stream', 'work_streams'],
];

/** Removes the sample's records and its feed, in one transaction. */
export function removeSample(db: Store, now: Date = new Date()): SyncCounts {
  const counts = emptyCounts();
  inWriteTransaction(db, () => {
    const ids = db.prepare('SELECT id FROM feed_subscriptions WHERE is_sample = 1').pluck().all() as number[];
    for (const sourceId of ids) {
      const tombstones: TombstoneRecord[] = ORDER.flatMap(([type, table]) =>
        (db.prepare(`SELECT id FROM ${table} WHERE source_id = ?`).pluck().all(sourceId) as string[]).map((id) => ({
          type,
          id,
          deletedAt: now.toISOString(),
        })),
      );
      applyTombstones(db, tombstones, counts, now.toISOString());
      db.prepare('DELETE FROM feed_subscriptions WHERE id = ?').run(sourceId);
    }
  });
  return counts;
}


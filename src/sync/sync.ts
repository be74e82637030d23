// One sync of one feed, all or nothing: every page is fetched, verified and validated first
// (fetch-feed.ts, feed-check.ts); only then are all changed pages applied in one transaction.
// Any problem before the commit leaves the store exactly as it was. Every run is logged.
import type { KeyObject } from 'node:crypto';
import type { Store } from '../store/open';
import { DeskError, asDeskError } from '../desk-error';
import { displayUrl } from '../feed/feed-error';
import { readPageAgainst } from '../feed/read-page';
import type { FeedPageRecords } from '../feed/records';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePublicKey, samePublicKey } from '../feed/signature';
import { countChanges, emptyCounts, type SyncCounts } from './counts';
import { FeedCheck } from './feed-check';
import { fetchFeed, type FeedProgress } from './fetch-feed';
import { DEFAULT_LIMITS, type SyncLimits } from './limits';
import { readPageCache, writePageCache, type CachedPage } from './page-cache';
import { RecordWriter } from './apply-records';
import { claimsOnPage, knownRecordsOnPage } from './known-records';
import { readSpooledRecords } from './spool';
import { PageBuffers } from './page-buffers';
import { applyTombstones } from './tombstones';
import { reanchorRevisedDocuments } from '../annotations/reanchor';
import { logSyncRun, type SyncOutcome } from './sync-log';
import type { SyncResult } from '../api/types';

export type { SyncResult };
import {
  findSubscription,
  listSubscriptions,
  pinPublisherKey,
  removeSubscription,
  saveSubscription,
  sourceUrl,
  type Subscription,
} from './subscriptions';
import { inWriteTransaction } from '../store/transactions';

export interface SyncOptions {
  /** Publisher key to pin (PEM or base64 DER SPKI); without it, the subscription's own. */
  key?: string;
  limits?: Partial<SyncLimits>;
  onProgress?: (progress: FeedProgress) => void;
  /** For tests: the clock. */
  now?: () => Date;
}

/** What one run needs beyond SyncOptions. */
interface RunOptions extends SyncOptions {
  /**
   * `key` replaces the pinned key, once this sync succeeds: every page is read again and checked
   * with it, and the pin changes in the same transaction as the records. A sync the new key
   * refuses leaves the old pin, as it leaves everything else.
   */
  replacesPin?: boolean;
}

/** Syncs one source (URL or file path), saving it as a subscription. Never throws. */
export async function syncSource(db: Store, source: string, options: SyncOptions = {}): Promise<SyncResult> {
  let subscription: Subscription;
  let isNew: boolean;
  let replacesPin = false;
  try {
    const url = sourceUrl(source);
    const existing = findSubscription(db, url);
    isNew = existing === null;
    if (existing && options.key) replacesPin = !samePublicKey(options.key, existing.publicKey);
    subscription = existing ?? saveSubscription(db, url, { publicKey: options.key ?? null });
  } catch (error) {
    const problem = asDeskError(error, `Could not sync ${source}`);
    const now = (options.now ?? (() => new Date()))().toISOString();
    const result = failedResult(problem, source, null, 0, 0, 0);
    logSyncRun(db, { ...result, outcome: result.status, startedAt: now, finishedAt: now, error: result.error ?? null });
    return result;
  }
  const result = await syncSubscription(db, subscription, { ...options, replacesPin });
  // A source tried once and refused is not worth keeping in the list of feeds.
  if (isNew && (result.status === 'rejected' || result.status === 'failed')) {
    removeSubscription(db, subscription.id);
    result.subscriptionId = null;
  }
  return result;
}

/** Syncs every saved subscription in turn. */
export async function syncAll(db: Store, options: Omit<SyncOptions, 'key'> = {}): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (const s of listSubscriptions(db)) results.push(await syncSubscription(db, s, options));
  return results;
}

// One sync per store at a time: a scheduled sync and a "sync now" must not interleave.
const running = new WeakMap<Store, Promise<unknown>>();

export function syncSubscription(db: Store, subscription: Subscription, options: RunOptions = {}): Promise<SyncResult> {
  const previous = running.get(db) ?? Promise.resolve();
  const next = previous.then(() => runSync(db, subscription, options));
  running.set(db, next.catch(() => undefined));
  return next;
}

async function runSync(db: Store, subscription: Subscription, options: RunOptions): Promise<SyncResult> {
  const clock = options.now ?? (() => new Date());
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const started = clock();
  const startedMs = performance.now();
  const source = displayUrl(subscription.url);
  let pages = 0;
  let bytes = 0;
  let spoolDir: string | null = null;

  try {
    const keyText = options.key ?? subscription.publicKey;
    const key: KeyObject | null = keyText ? parsePublicKey(keyText) : null;
    const check = new FeedCheck();
    // Under a new key, no page counts as checked already.
    const cache = options.replacesPin ? new Map<string, CachedPage>() : readPageCache(db, subscription.id);
    // Each changed page is read against what it held when last read (known-records.ts). Records
    // recognised so are not read again, so the store must not change under them before the
    // transaction: data_version tells if another connection wrote meanwhile.
    const storeVersion = dataVersion(db);
    let reliedOnStore = false;
    const claimsOf = new Map<number, Pick<FeedPageRecords, 'claims' | 'tombstones'>>();
    const fetched = await fetchFeed({
      // Only a page that changed needs one: a resync answered 304 makes no folder at all.
      spoolDir: () => (spoolDir ??= mkdtempSync(join(tmpdir(), 'delegate-desk-sync-'))),
      url: subscription.url,
      key,
      cache,
      limits,
      onProgress: options.onProgress,
      read: (page, target) => {
        const records = readPageAgainst(page, target, knownRecordsOnPage(db, subscription.id, target.url));
        reliedOnStore ||= records.claims.some((c) => c.stored);
        return records;
      },
      onRecords: (records, target) => claimsOf.set(target.page, { claims: records.claims, tombstones: records.tombstones }),
    });
    pages = fetched.pages.length;
    bytes = fetched.bytes;
    // The checks across pages, in page order. A page that did not change still publishes what it
    // held when last read: its ids count too, once another page brings something new.
    if (claimsOf.size > 0) {
      for (const page of fetched.pages) {
        const read = claimsOf.get(page.page);
        if (read) check.add(read.claims, read.tombstones, page);
        else check.add(claimsOnPage(db, subscription.id, page.url), [], page);
      }
      check.finish(db);
    }

    const counts = emptyCounts();
    const changed = fetched.pages.filter((p) => p.spooled !== null);
    const now = clock().toISOString();
    if (changed.length === 0 && sameCache(cache, fetched.pages.map((p) => p.cache))) {
      // Nothing new at all (304s or identical bytes): not even the cache is rewritten.
      return finish({ status: 'unchanged', source, subscriptionId: subscription.id, counts, pages, bytes, durationMs: 0 });
    }
    inWriteTransaction(db, () => {
      if (reliedOnStore && dataVersion(db) !== storeVersion) {
        throw new DeskError(
          'failed',
          'another program (a second Delegate Desk, or the command line) changed the store during the sync; nothing was applied. Sync again.',
        );
      }
      const writer = new RecordWriter(db, subscription.id, now, counts);
      const held = new Map<string, string>();
      const spoolBuffers = new PageBuffers();
      for (const page of changed) {
        options.onProgress?.({ phase: 'applying', page: page.page, bytes });
        const { head, batches } = readSpooledRecords(page.spooled!, page.page, spoolBuffers);
        writer.recognised(claimsOf.get(page.page)!.claims);
        for (const batch of batches) writer.applyPage(batch);
        held.set(page.url, head.entries);
      }
      // In the same transaction: the placements always match the revisions they were made on.
      reanchorRevisedDocuments(db, writer.revisedDocuments, now);
      applyTombstones(db, check.tombstones, counts, now);
      writePageCache(db, subscription.id, fetched.pages.map((p) => p.cache), now, held);
      if (options.replacesPin) pinPublisherKey(db, subscription.id, options.key!);
    });
    const status = changed.length === 0 || countChanges(counts) === 0 ? 'unchanged' : 'applied';
    return finish({ status, source, subscriptionId: subscription.id, counts, pages, bytes, durationMs: 0 });
  } catch (error) {
    return finish(failedResult(asDeskError(error, 'The sync stopped'), source, subscription.id, pages, bytes, 0));
  }

  function finish(result: SyncResult): SyncResult {
  if (spoolDir) rmSync(spoolDir, { recursive: true, force: true });
  result.durationMs = Math.round(performance.now() - startedMs);
  try {
    logSyncRun(db, { ...result, outcome: result.status, startedAt: started.toISOString(), finishedAt: clock().toISOString(), error: result.error ?? null });
  } catch {
    // The log is a record of what happened, not a condition of it: a full disk that refuses the
    // log line must not turn an applied sync into a reported failure.
  }
  return result;
  }
}

/** Changes when another connection (another process) commits to the store; never for our own. */
function dataVersion(db: Store): number {
  return db.pragma('data_version', { simple: true }) as number;
}

function sameCache(stored: Map<string, CachedPage>, pages: CachedPage[]): boolean {
  return (
    stored.size === pages.length &&
    pages.every((p) => {
      const s = stored.get(p.url);
      return s !== undefined && s.etag === p.etag && s.lastModified === p.lastModified && s.fingerprint === p.fingerprint && s.nextUrl === p.nextUrl;
    })
  );
}

function failedResult(
  problem: DeskError,
  source: string,
  subscriptionId: number | null,
  pages: number,
  bytes: number,
  durationMs: number,
): SyncResult {
  return {
    status: problem.kind === 'failed' ? 'failed' : 'rejected',
    source,
    subscriptionId,
    counts: emptyCounts(),
    pages,
    bytes,
    durationMs,
    error: problem.message,
  };
}

// Walks a feed's chain of pages: fetches each (conditionally), verifies its signature when a key
// is pinned, and validates it. Nothing is written to the store here; the result is the records of
// the pages that changed, every one already proven valid, waiting on disk to be applied together.
import type { KeyObject } from 'node:crypto';
import { DeskError } from '../desk-error';
import { describePage } from '../feed/feed-error';
import { fingerprintPage, type FingerprintedPage } from '../feed/page-fingerprint';
import type { FeedPageRecords } from '../feed/records';
import { verifyPage } from '../feed/signature';
import { fetchUrl, type Fetched, type FetchTarget } from './fetch-page';
import { MAX_SIGNATURE_BYTES, type SyncLimits } from './limits';
import type { CachedPage } from './page-cache';
import { pageEntries } from './known-records';
import { PageBuffers } from './page-buffers';
import { spoolRecords, type SpooledPage } from './spool';

export interface FetchedPage {
  page: number;
  url: string;
  /** Where the records of a page that changed since the last sync wait; null when it did not. */
  spooled: SpooledPage | null;
  cache: CachedPage;
}

export interface FeedProgress {
  phase: 'fetching' | 'applying';
  page: number;
  bytes: number;
}

export interface FetchFeedOptions {
  url: string;
  key: KeyObject | null;
  cache: Map<string, CachedPage>;
  limits: SyncLimits;
  onProgress?: (progress: FeedProgress) => void;
  /** Reads and validates a changed page (throwing a FeedError at the first problem). */
  read: (page: FingerprintedPage, target: FetchTarget) => FeedPageRecords;
  /** Called with the records of every changed page, for the checks across pages. */
  onRecords: (records: FeedPageRecords, target: FetchTarget) => void;
  /** A folder for the pages' records between checking and applying (spool.ts), made when first needed. */
  spoolDir: () => string;
}

export async function fetchFeed(options: FetchFeedOptions): Promise<{ pages: FetchedPage[]; bytes: number }> {
  const { limits } = options;
  const pages: FetchedPage[] = [];
  const visited = new Map<string, number>();
  let totalBytes = 0;
  let url: string | null = options.url;
  const buffers = new PageBuffers();
  const ahead = askAhead(options, buffers);

  while (url !== null) {
    const target: FetchTarget = { page: pages.length + 1, url };
    if (visited.has(url)) {
      throw new DeskError('rejected', `${describePage(target)}: next_url leads back to page ${visited.get(url)}, so the pages go round in a loop`);
    }
    if (target.page > limits.maxPages) {
      throw new DeskError('rejected', `the feed has more than ${limits.maxPages} pages, the limit for one sync`);
    }
    visited.set(url, target.page);
    options.onProgress?.({ phase: 'fetching', page: target.page, bytes: totalBytes });

    const cached = options.cache.get(url);
    const fetched = await (ahead.take(url) ??
      fetchUrl(target, limits, { validators: cached ? { etag: cached.etag, lastModified: cached.lastModified } : undefined, buffers }));
    if (fetched.kind === 'missing') {
      throw new DeskError('failed', `${describePage(target)}: not found (the server or folder has no such page)`);
    }
    if (fetched.kind === 'not_modified') {
      if (!cached) throw new DeskError('rejected', `${describePage(target)}: the server answered "not modified" to a first request`);
      pages.push({ page: target.page, url, spooled: null, cache: cached });
      url = cached.nextUrl;
      continue;
    }

    totalBytes += fetched.bytes.byteLength;
    const page = await readChanged(options, target, cached, fetched);
    // Whatever was kept of the page is copied by now (strings, spooled frames): its memory can
    // take the next page.
    buffers.give(fetched.bytes);
    pages.push(page);
    url = page.cache.nextUrl;
  }
  return { pages, bytes: totalBytes };
}

/** A page that came with a body: nothing to do if its bytes are those of last time; otherwise
 *  verified, read and spooled. */
async function readChanged(
  options: FetchFeedOptions,
  target: FetchTarget,
  cached: CachedPage | undefined,
  fetched: Fetched & { kind: 'body' },
): Promise<FetchedPage> {
  const { bytes, etag, lastModified } = fetched;
  const page = fingerprintPage(bytes);
  const { fingerprint } = page;
  // Same bytes as last time: already verified and applied, nothing to read again.
  if (cached && cached.fingerprint === fingerprint) return { page: target.page, url: target.url, spooled: null, cache: { ...cached, etag, lastModified } };

  if (options.key) await checkSignature(target, bytes, options.key, options.limits);
  const records = options.read(page, target);
  options.onRecords(records, target);
  const spooled = await spoolRecords(options.spoolDir(), target.page, records, pageEntries(records));
  return { page: target.page, url: target.url, spooled, cache: { url: target.url, etag, lastModified, fingerprint, nextUrl: records.nextUrl } };
}

/** Conditional requests in flight at once when the whole chain is known (as a browser does). */
const AHEAD = 6;

interface AskedAhead {
  /** The answer for this page, when it was asked ahead; the walk takes each once. */
  take(url: string): Promise<Fetched> | undefined;
}

/**
 * When the last sync saw the whole chain of pages, their conditional requests need not wait for
 * one another: they go out a few at a time, and the walk above takes each answer when it gets
 * there. An answer it never reaches (the chain changed) is simply dropped. For a feed that did
 * not change, this turns fifty round trips one after another into a handful of rounds.
 *
 * Pages that did change arrive faster than they are read: no request goes out while AHEAD bodies
 * are on their way or waiting for the walk, or a feed's worth of them would wait in memory at once.
 */
function askAhead(options: FetchFeedOptions, buffers: PageBuffers): AskedAhead {
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let url: string | null = options.url; url !== null && !seen.has(url) && chain.length < options.limits.maxPages; ) {
    const cached = options.cache.get(url);
    if (!cached || url.startsWith('file:')) return { take: () => undefined };
    seen.add(url);
    chain.push(url);
    url = cached.nextUrl;
  }
  const answers = new Map<string, Promise<Fetched>>();
  const bodies = new Set<string>();
  let asked = 0;
  let inFlight = 0;
  const ask = (): void => {
    while (inFlight + bodies.size < AHEAD && asked < chain.length) {
      const index = asked++;
      const url = chain[index]!;
      const cached = options.cache.get(url)!;
      const answer = fetchUrl({ page: index + 1, url }, options.limits, {
        validators: { etag: cached.etag, lastModified: cached.lastModified },
        buffers,
      });
      // An answer the walk never collects must not become an unhandled rejection; one it does
      // collect still rejects there.
      answer.catch(() => undefined);
      answers.set(url, answer);
      inFlight++;
      answer.then(
        (fetched) => {
          inFlight--;
          if (fetched.kind === 'body' && answers.has(url)) bodies.add(url);
          ask();
        },
        () => {
          inFlight--;
          ask();
        },
      );
    }
  };
  ask();
  return {
    take: (url) => {
      const answer = answers.get(url);
      if (answer === undefined) return undefined;
      answers.delete(url);
      bodies.delete(url);
      ask();
      return answer;
    },
  };
}

async function checkSignature(target: FetchTarget, bytes: Buffer, key: KeyObject, limits: SyncLimits): Promise<void> {
  const sigTarget = { page: target.page, url: `${target.url}.sig` };
  const sig = await fetchUrl(sigTarget, limits, { maxBytes: MAX_SIGNATURE_BYTES, accept: '*/*' });
  if (sig.kind !== 'body') {
    throw new DeskError('rejected', `${describePage(target)}: has no signature (${sigTarget.url} is missing), but this feed's publisher key is pinned`);
  }
  if (!verifyPage(bytes, sig.bytes.toString('utf8'), key)) {
    throw new DeskError('rejected', `${describePage(target)}: the signature does not match the publisher's key, so the page may have been altered`);
  }
}

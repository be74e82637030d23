// What each page of a subscription held when it was last read (migration 007): its records, their
// places, and the fingerprints of their bytes. A resync reads a changed page against the records
// it held, so those published again byte for byte are neither decoded nor validated a second time
// (feed/read-page.ts readPageAgainst); a page that did not change still lends its ids to the
// checks across pages.
import type { Store } from '../store/open';
import { prepared } from '../store/prepared';
import { RECORD_KINDS, RECORD_LIST, type FeedPageRecords, type KnownRecord, type RecordClaim, type RecordKind } from '../feed/records';

/** One record as its page held it: [kind, id, path, fingerprint ('' when unknown), record hash, meeting id]. */
type PageEntry = [RecordKind, string, string, string, string, string | null];

/**
 * The records of one page (as it was when last read) that the store still holds as their bytes
 * made them: same record hash, from this subscription, not archived. Anything else that changed
 * a record since (another feed, a tombstone) makes it unknown again, so it is read. Only the page
 * being read is looked at: a record's bytes are only recognised on the page they were read from.
 */
export function knownRecordsOnPage(db: Store, subscriptionId: number, pageUrl: string): Map<string, KnownRecord> {
  const known = new Map<string, KnownRecord>();
  const ofKind = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [] as PageEntry[]])) as Record<RecordKind, PageEntry[]>;
  for (const entry of entriesOnPage(db, subscriptionId, pageUrl)) if (entry[3] !== '') ofKind[entry[0]].push(entry);
  const ids: Record<string, unknown> = { subscriptionId };
  for (const kind of RECORD_KINDS) ids[kind] = JSON.stringify(ofKind[kind].map((entry) => entry[1]));
  // Each row found names its entry by its place in its kind's list of ids.
  for (const [kind, at, recordHash] of prepared(db, HELD).raw().all(ids) as [RecordKind, number, string][]) {
    const [, id, , fingerprint, entryHash, meetingId] = ofKind[kind][at]!;
    if (recordHash === entryHash) known.set(fingerprint, { kind, id, pageUrl, fingerprint, recordHash, meetingId });
  }
  return known;
}

// The page's entries are read out of their JSON in JavaScript, and only each kind's ids handed to
// SQLite, which looks them up by primary key: reading every entry's fields out of the JSON inside
// SQLite cost half as much again (57 pages: 160 ms against 100 ms), and a lookup from JavaScript per
// record several times as much. CROSS JOIN holds SQLite to that order: with the statistics that
// closing a store leaves (PRAGMA optimize runs ANALYZE), it chose to scan every agenda item,
// meeting and contact once per page instead, and a resync of 20,000 papers with 1 % changed took
// 57 s, not 1.3 s.
const HELD = RECORD_KINDS.map(
  (kind) => `
  SELECT '${kind}', e.key, r.record_hash FROM json_each(:${kind}) e CROSS JOIN ${kind} r ON r.id = e.value
  WHERE r.source_id = :subscriptionId AND r.archived_at IS NULL`,
).join(' UNION ALL ');

function entriesOnPage(db: Store, subscriptionId: number, pageUrl: string): PageEntry[] {
  const json = prepared(db, 'SELECT records FROM feed_pages WHERE subscription_id = ? AND url = ?')
    .pluck()
    .get(subscriptionId, pageUrl) as string | null | undefined;
  return json ? (JSON.parse(json) as PageEntry[]) : [];
}

/** The records a page held when it was last read: what it still publishes if its bytes did not change. */
export function claimsOnPage(db: Store, subscriptionId: number, pageUrl: string): RecordClaim[] {
  return entriesOnPage(db, subscriptionId, pageUrl).map(([kind, id, path, , , meetingId]) => ({ kind, id, path, meetingId, stored: true }));
}

/** What a page read in this sync holds, for the page cache (page-cache.ts writePageCache). */
export function pageEntries(records: FeedPageRecords): string {
  const read = new Map<string, { fingerprint: string | null; recordHash: string }>();
  for (const kind of RECORD_KINDS) for (const r of records[RECORD_LIST[kind]]) read.set(`${kind}\0${r.id}`, r);
  const entries = records.claims.map((c): PageEntry => {
    const r = c.known ?? read.get(`${c.kind}\0${c.id}`)!;
    // A page read the ordinary way (it could not be taken apart) leaves its records' bytes unknown.
    return [c.kind, c.id, c.path, r.fingerprint ?? '', r.recordHash, c.meetingId];
  });
  return JSON.stringify(entries);
}

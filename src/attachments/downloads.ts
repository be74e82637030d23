// The downloads of a desk, in the background: what the policies want is queued after each sync,
// one or two files come at a time, a failure is tried again later (sooner first, then less
// often), and the delegate can ask for one now or remove a local copy.
//
// Nothing here runs inside a sync's transaction: each step writes one short statement or
// transaction of its own between awaits, so a sync and the UI are never held up by a download.
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import type { Store } from '../store/open';
import type { AttachmentCopy, DownloadsStatus } from '../api/types';
import { DeskError, asDeskError, type DeskErrorKind } from '../desk-error';
import type { FileStore } from './file-store';
import { downloadAttachment, DEFAULT_DOWNLOAD_LIMITS, type DownloadLimits, type DownloadProgress } from './download';
import { getCopy, getTarget, type AttachmentRef, type AttachmentTarget } from './copies';
import { wantedAttachments } from './policy';
import { inWriteTransaction } from '../store/transactions';

/** A copy replaced by the new version a feed listed: annotations move from one text to the other. */
export interface CopyReplaced extends AttachmentRef {
  previousSha256: string;
  sha256: string;
}

/** Where a stored file is: its store and its files folder, for a hook that reads it. */
export interface StoredIn {
  db: Store;
  files: FileStore;
}

export interface DownloadManagerOptions {
  limits?: DownloadLimits;
  /** Files fetched at once. */
  concurrency?: number;
  /** Tries of one file before it is marked failed (the delegate can still ask again). */
  maxAttempts?: number;
  /** The wait before try n+1, after n failed tries. */
  backoffMs?: (attempts: number) => number;
  /** A new file is in the store (once per file, not per paper attaching it). */
  onFileStored?: (sha256: string, mimeType: string, where: StoredIn) => void | Promise<void>;
  /** A copy now holds another version than before; the previous bytes are gone, its text is kept. */
  onCopyReplaced?: (change: CopyReplaced) => void | Promise<void>;
  now?: () => Date;
}

/** 5 s, 20 s, 80 s, 5 min, 21 min, then at most an hour. */
export const defaultBackoff = (attempts: number): number => Math.min(5_000 * 4 ** (attempts - 1), 3_600_000);

const MAX_ATTEMPTS = 6;
const PROGRESS_WRITE_MS = 1_000;

interface Active {
  ref: AttachmentRef;
  title: string | null;
  bytesReceived: number;
  bytesTotal: number | null;
  abort: AbortController;
  done: Promise<void>;
  onProgress?: (p: DownloadProgress) => void;
}

export class DownloadManager {
  private readonly active = new Map<string, Active>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private recovered = false;
  private idleWaiters: (() => void)[] = [];
  private readonly concurrency: number;
  /** Copies the delegate asked for (download now, opening a paper) while this manager runs: no policy withdraws them. */
  private readonly requested = new Set<string>();
  /** The kind of each copy's last failure, for the CLI's exit code. */
  private readonly lastProblem = new Map<string, DeskErrorKind>();

  constructor(
    private readonly db: Store,
    readonly files: FileStore,
    private readonly options: DownloadManagerOptions = {},
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? 2);
  }

  /** Queues what the policies want, and starts downloading. Called at open and after each sync. */
  start(): void {
    this.stopped = false;
    if (!this.recovered) this.recoverInterrupted();
    this.recovered = true;
    this.plan();
    this.pump();
    void this.forgetDeletedPapers().catch((error: unknown) => console.error('Delegate Desk: could not tidy the files folder', error));
  }

  /** Stops every download (their bytes so far stay for a later resume) and every timer. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const running = [...this.active.values()];
    for (const a of running) a.abort.abort();
    await Promise.all(running.map((a) => a.done));
    this.wakeIdle();
  }

  /** Resolves once nothing is downloading or waiting for a try (failures given up on included). */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Queues the attachments the feeds' policies want that are not on the device (nor set aside by
   * the delegate), and a new version of a stored one when its feed lists another sha256.
   */
  plan(): number {
    const now = this.now();
    const wanted = wantedAttachments(this.db, now);
    const queue = this.db.prepare(
      `INSERT INTO attachment_copies (document_id, url, state, updated_at) VALUES (?, ?, 'queued', ?)
       ON CONFLICT (document_id, url) DO NOTHING`,
    );
    // A stale copy whose new version has not already failed for good (see policy.ts).
    const renew = this.db.prepare(
      `UPDATE attachment_copies SET next_attempt_at = ?, attempts = 0, updated_at = ? WHERE document_id = ? AND url = ?`,
    );
    let queued = 0;
    // Only what changes is written: a plan after a sync of an unchanged library writes nothing.
    inWriteTransaction(this.db, () => {
      const stamp = now.toISOString();
      for (const w of wanted) {
        if (w.copyState === null) queued += queue.run(w.documentId, w.url, stamp).changes;
        else if (w.renewable) queued += renew.run(stamp, stamp, w.documentId, w.url).changes;
      }
      this.withdrawUnwanted(new Set(wanted.map(keyOf)));
    });
    return queued;
  }

  /**
   * What a policy queued and no longer wants (the feed's policy changed, the meeting is over) is
   * taken off the queue, unless the delegate asked for it. Bytes already partly fetched are kept.
   */
  private withdrawUnwanted(wanted: Set<string>): void {
    const waiting = this.db
      .prepare(`SELECT document_id AS documentId, url, state FROM attachment_copies WHERE state = 'queued' OR (state = 'stored' AND next_attempt_at IS NOT NULL)`)
      .all() as (AttachmentRef & { state: string })[];
    for (const row of waiting) {
      const key = keyOf(row);
      if (wanted.has(key) || this.requested.has(key) || this.active.has(key)) continue;
      if (row.state === 'queued') this.db.prepare('DELETE FROM attachment_copies WHERE document_id = ? AND url = ?').run(row.documentId, row.url);
      else this.db.prepare('UPDATE attachment_copies SET next_attempt_at = NULL WHERE document_id = ? AND url = ?').run(row.documentId, row.url);
    }
  }

  /** "Download now": whatever the policy, and again after a removal or a failure. */
  downloadNow(ref: AttachmentRef): AttachmentCopy {
    const target = getTarget(this.db, ref);
    this.requested.add(keyOf(ref));
    const stamp = this.now().toISOString();
    if (target.state === 'stored') {
      if (isStale(target)) {
        this.db
          .prepare('UPDATE attachment_copies SET next_attempt_at = ?, attempts = 0, error = NULL, updated_at = ? WHERE document_id = ? AND url = ?')
          .run(stamp, stamp, ref.documentId, ref.url);
      }
    } else if (!this.active.has(keyOf(ref))) {
      // 'downloading' with no download here: one cut short by a crash; it starts again.
      this.db
        .prepare(
          `INSERT INTO attachment_copies (document_id, url, state, updated_at) VALUES (?, ?, 'queued', ?)
           ON CONFLICT (document_id, url) DO UPDATE SET state = 'queued', sha256 = NULL, attempts = 0, error = NULL,
             next_attempt_at = NULL, updated_at = excluded.updated_at`,
        )
        .run(ref.documentId, ref.url, stamp);
    }
    if (!this.stopped) this.pump();
    return getCopy(this.db, ref);
  }

  /**
   * Downloads one attachment now, in the foreground (the CLI): tries again after each passing
   * failure, with the back-off, until it is stored or has failed for good.
   */
  async fetchNow(ref: AttachmentRef, onProgress?: (p: DownloadProgress) => void): Promise<{ copy: AttachmentCopy; problem: DeskErrorKind | null }> {
    this.lastProblem.delete(keyOf(ref));
    this.downloadNow(ref);
    for (;;) {
      const copy = getCopy(this.db, ref);
      const waiting = copy.state === 'queued' || (copy.state === 'stored' && copy.nextAttemptAt !== null);
      if (!waiting) return { copy, problem: copy.state === 'failed' || copy.error ? (this.lastProblem.get(keyOf(ref)) ?? 'failed') : null };
      const wait = copy.nextAttemptAt ? Date.parse(copy.nextAttemptAt) - this.now().getTime() : 0;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await (this.active.get(keyOf(ref))?.done ?? this.begin(ref, onProgress));
    }
  }

  /** Queues a paper's attachments whose feed fetches them only when the delegate opens the paper. */
  documentOpened(documentId: string): number {
    const refs = this.db
      .prepare(
        `SELECT a.document_id AS documentId, a.url FROM attachments a
         JOIN documents d ON d.id = a.document_id JOIN feed_subscriptions s ON s.id = d.source_id
         LEFT JOIN attachment_copies c ON c.document_id = a.document_id AND c.url = a.url
         WHERE a.document_id = ? AND s.attachment_policy = 'on_open' AND c.state IS NULL`,
      )
      .all(documentId) as AttachmentRef[];
    for (const ref of refs) this.downloadNow(ref);
    return refs.length;
  }

  /**
   * "Remove local copy": deletes the bytes (when no other copy uses the same file) but keeps the
   * text, so search and annotations still work; no policy fetches it again by itself.
   */
  async remove(ref: AttachmentRef): Promise<AttachmentCopy> {
    const previous = getTarget(this.db, ref).storedSha256;
    this.requested.delete(keyOf(ref));
    // Marked first, so neither the loop nor a download finishing meanwhile can bring it back.
    this.db
      .prepare(
        `INSERT INTO attachment_copies (document_id, url, state, updated_at) VALUES (?, ?, 'removed', ?)
         ON CONFLICT (document_id, url) DO UPDATE SET state = 'removed', bytes_received = 0, attempts = 0,
           error = NULL, next_attempt_at = NULL, updated_at = excluded.updated_at`,
      )
      .run(ref.documentId, ref.url, this.now().toISOString());
    const running = this.active.get(keyOf(ref));
    if (running) {
      running.abort.abort();
      await running.done;
    }
    await this.files.dropPartial(partialKey(getTarget(this.db, ref)));
    if (previous) await this.forgetIfUnused(previous);
    this.wakeIdle();
    return getCopy(this.db, ref);
  }

  status(): DownloadsStatus {
    // Added up in SQL: the Sync view asks often, and the queue may hold thousands.
    const WAITING = `(c.state IN ('queued', 'downloading') OR (c.state = 'stored' AND c.next_attempt_at IS NOT NULL))`;
    const TOTAL = `coalesce(c.bytes_total, (SELECT a.size_in_bytes FROM attachments a WHERE a.document_id = c.document_id AND a.url = c.url LIMIT 1), 0)`;
    const sums = this.db
      .prepare(
        `SELECT coalesce(sum(${WAITING}), 0) AS pending, coalesce(sum(c.state = 'failed'), 0) AS failed,
           coalesce(sum(CASE WHEN c.state IN ('queued', 'downloading') THEN c.bytes_received ELSE 0 END), 0) AS received,
           coalesce(sum(CASE WHEN ${WAITING} THEN ${TOTAL} ELSE 0 END), 0) AS total
         FROM attachment_copies c`,
      )
      .get() as { pending: number; failed: number; received: number; total: number };
    let { received: bytesReceived, total: bytesTotal } = sums;
    // What is downloading right now counts as far as it got, not as far as last written.
    const row = this.db.prepare(
      `SELECT CASE WHEN c.state = 'stored' THEN 0 ELSE c.bytes_received END AS received, ${TOTAL} AS total
       FROM attachment_copies c WHERE c.document_id = ? AND c.url = ?`,
    );
    for (const live of this.active.values()) {
      const written = row.get(live.ref.documentId, live.ref.url) as { received: number; total: number } | undefined;
      if (!written) continue;
      bytesReceived += live.bytesReceived - written.received;
      bytesTotal += (live.bytesTotal ?? written.total) - written.total;
    }
    const { pending, failed } = sums;
    const current = [...this.active.values()][0];
    return {
      pending,
      failed,
      bytesReceived,
      bytesTotal,
      current: current
        ? { ...current.ref, title: current.title, bytesReceived: current.bytesReceived, bytesTotal: current.bytesTotal }
        : null,
      // The desk adds the PDFs waiting for their text (its extractor knows them).
      extracting: 0,
    };
  }

  // The loop: start what is due, up to the concurrency; wake again when the next retry is due.
  private pump(): void {
    if (this.stopped) return this.wakeIdle();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const nowIso = this.now().toISOString();
    while (this.active.size < this.concurrency) {
      const next = this.nextDue(nowIso);
      if (!next) break;
      this.begin(next);
    }
    const later = this.db
      .prepare(
        `SELECT min(next_attempt_at) FROM attachment_copies
         WHERE (state = 'queued' OR state = 'stored') AND next_attempt_at > ?`,
      )
      .pluck()
      .get(nowIso) as string | null;
    if (later && this.active.size < this.concurrency) {
      this.timer = setTimeout(() => this.pump(), Math.max(0, Date.parse(later) - Date.parse(nowIso)));
    }
    this.wakeIdle();
  }

  private nextDue(nowIso: string): AttachmentRef | null {
    const busy = [...this.active.keys()];
    const rows = this.db
      .prepare(
        `SELECT document_id AS documentId, url FROM attachment_copies
         WHERE (state = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?))
            OR (state = 'stored' AND next_attempt_at <= ?)
         ORDER BY attempts, updated_at LIMIT ?`,
      )
      .all(nowIso, nowIso, busy.length + 1) as AttachmentRef[];
    return rows.find((r) => !this.active.has(keyOf(r))) ?? null;
  }

  private begin(ref: AttachmentRef, onProgress?: (p: DownloadProgress) => void): Promise<void> {
    let target: AttachmentTarget;
    try {
      target = getTarget(this.db, ref);
    } catch {
      // The paper or its attachment is gone since it was queued: so is the need for it.
      this.db.prepare(`DELETE FROM attachment_copies WHERE document_id = ? AND url = ? AND state = 'queued'`).run(ref.documentId, ref.url);
      this.db.prepare(`UPDATE attachment_copies SET next_attempt_at = NULL WHERE document_id = ? AND url = ?`).run(ref.documentId, ref.url);
      return Promise.resolve();
    }
    const abort = new AbortController();
    const entry: Active = { ref, title: target.title, bytesReceived: 0, bytesTotal: target.sizeInBytes, abort, done: Promise.resolve(), onProgress };
    this.active.set(keyOf(ref), entry);
    if (target.state !== 'stored') {
      this.db
        .prepare(`UPDATE attachment_copies SET state = 'downloading', updated_at = ? WHERE document_id = ? AND url = ?`)
        .run(this.now().toISOString(), ref.documentId, ref.url);
    }
    entry.done = this.attempt(target, entry)
      .catch((error: unknown) => console.error('Delegate Desk: a download went wrong', error))
      .finally(() => {
        this.active.delete(keyOf(ref));
        if (this.db.open) this.pump();
        else this.wakeIdle();
      });
    return entry.done;
  }

  private async attempt(target: AttachmentTarget, entry: Active): Promise<void> {
    // Each step below first checks the store is still open: the desk may close mid-download.
    let lastWrite = 0;
    const progress = this.db.prepare('UPDATE attachment_copies SET bytes_received = ?, bytes_total = ? WHERE document_id = ? AND url = ?');
    try {
      const already = target.sha256 ? await this.files.find(this.db, target.sha256.toLowerCase()) : null;
      const stored = already
        ? { sha256: already.sha256, sizeInBytes: already.sizeInBytes }
        : await downloadAttachment(this.files, toDownloadTarget(target), {
            partialKey: partialKey(target),
            limits: this.options.limits ?? DEFAULT_DOWNLOAD_LIMITS,
            signal: entry.abort.signal,
            onProgress: (p) => {
              entry.bytesReceived = p.bytesReceived;
              entry.bytesTotal = p.bytesTotal ?? target.sizeInBytes;
              entry.onProgress?.({ bytesReceived: entry.bytesReceived, bytesTotal: entry.bytesTotal });
              if (Date.now() - lastWrite < PROGRESS_WRITE_MS) return;
              lastWrite = Date.now();
              progress.run(p.bytesReceived, entry.bytesTotal, target.documentId, target.url);
            },
          });
      if (!this.db.open) return;
      await this.stored(target, stored.sha256, stored.sizeInBytes);
    } catch (error) {
      if (!this.db.open) return;
      // Only stop() and remove() abort: an interruption, not a failure.
      if (entry.abort.signal.aborted) return this.interrupted(target, entry);
      this.failed(target, entry, asDeskError(error, 'Could not download the file'));
    }
  }

  private async stored(target: AttachmentTarget, sha256: string, size: number): Promise<void> {
    this.requested.delete(keyOf(target));
    const stamp = this.now().toISOString();
    const previous = target.state === 'stored' ? target.storedSha256 : null;
    let isNewFile = false;
    let removed = false;
    inWriteTransaction(this.db, () => {
      // The delegate removed it while its last bytes came: the removal wins.
      removed = this.db.prepare(`SELECT state FROM attachment_copies WHERE document_id = ? AND url = ?`).pluck().get(target.documentId, target.url) === 'removed';
      if (removed) return;
      isNewFile =
        this.db
          .prepare('INSERT INTO stored_files (sha256, size_in_bytes, mime_type, stored_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING')
          .run(sha256, size, target.mimeType, stamp).changes === 1;
      this.db
        .prepare(
          `UPDATE attachment_copies SET state = 'stored', sha256 = ?, bytes_received = ?, bytes_total = ?, attempts = 0,
             error = NULL, next_attempt_at = NULL, updated_at = ? WHERE document_id = ? AND url = ?`,
        )
        .run(sha256, size, size, stamp, target.documentId, target.url);
    });
    if (removed) return this.forgetIfUnused(sha256);
    if (isNewFile) await runHook(() => this.options.onFileStored?.(sha256, target.mimeType, { db: this.db, files: this.files }));
    if (previous && previous !== sha256) {
      await runHook(() => this.options.onCopyReplaced?.({ documentId: target.documentId, url: target.url, previousSha256: previous, sha256 }));
      await this.forgetIfUnused(previous);
    }
  }

  private failed(target: AttachmentTarget, entry: Active, error: DeskError): void {
    this.lastProblem.set(keyOf(target), error.kind);
    const attempts = target.attempts + 1;
    const final = error.kind !== 'failed' || attempts >= (this.options.maxAttempts ?? MAX_ATTEMPTS);
    const retryAt = final ? null : new Date(this.now().getTime() + (this.options.backoffMs ?? defaultBackoff)(attempts)).toISOString();
    const message =
      final && error.kind === 'failed'
        ? `${error.message.replace(/(;? it will (be tried again|resume))?\.$/, '')}; gave up after ${attempts} tries.`
        : error.message;
    // A stale copy keeps the version the delegate has; only its new version failed.
    const state = target.state === 'stored' ? 'stored' : final ? 'failed' : 'queued';
    if (final) this.requested.delete(keyOf(target));
    this.db
      .prepare(
        `UPDATE attachment_copies SET state = ?, attempts = ?, error = ?, next_attempt_at = ?, bytes_received = ?, bytes_total = ?,
           updated_at = ? WHERE document_id = ? AND url = ? AND state != 'removed'`,
      )
      .run(state, attempts, message, retryAt, entry.bytesReceived, entry.bytesTotal, this.now().toISOString(), target.documentId, target.url);
  }

  /** Stopped by the delegate's removal or by closing: not a failure, and no try is used up. */
  private interrupted(target: AttachmentTarget, entry: Active): void {
    this.db
      .prepare(`UPDATE attachment_copies SET state = 'queued', bytes_received = ? WHERE document_id = ? AND url = ? AND state = 'downloading'`)
      .run(entry.bytesReceived, target.documentId, target.url);
  }

  /** Downloads cut short by a crash or a closed app go back to the queue. */
  private recoverInterrupted(): void {
    this.db.prepare(`UPDATE attachment_copies SET state = 'queued' WHERE state = 'downloading'`).run();
  }

  /**
   * A paper the feed deleted (a tombstone; an annotated one is archived instead, and keeps its
   * copies) takes its copies with it, and their bytes once no other paper holds them.
   */
  async forgetDeletedPapers(): Promise<void> {
    const gone = this.db
      .prepare(
        `SELECT document_id AS documentId, url, sha256 FROM attachment_copies c
         WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.document_id)`,
      )
      .all() as (AttachmentRef & { sha256: string | null })[];
    for (const copy of gone) {
      if (this.active.has(keyOf(copy)) || !this.db.open) continue;
      this.db.prepare('DELETE FROM attachment_copies WHERE document_id = ? AND url = ?').run(copy.documentId, copy.url);
      if (copy.sha256) await this.forgetIfUnused(copy.sha256);
    }
  }

  /** Deletes a file's bytes once no copy holds it; its text stays for search and annotations. */
  private async forgetIfUnused(sha256: string): Promise<void> {
    const used = this.db.prepare(`SELECT 1 FROM attachment_copies WHERE sha256 = ? AND state = 'stored'`).get(sha256);
    if (used) return;
    this.db.prepare('DELETE FROM stored_files WHERE sha256 = ?').run(sha256);
    await this.files.delete(sha256);
  }

  private isIdle(): boolean {
    if (this.active.size > 0) return false;
    if (this.stopped) return true;
    return !this.db
      .prepare(`SELECT 1 FROM attachment_copies WHERE state IN ('queued', 'downloading') OR (state = 'stored' AND next_attempt_at IS NOT NULL)`)
      .get();
  }

  private wakeIdle(): void {
    if (!this.isIdle()) return;
    for (const wake of this.idleWaiters.splice(0)) wake();
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

const keyOf = (ref: AttachmentRef) => `${ref.documentId}\n${ref.url}`;

/** Partial bytes belong to one attachment of one paper in one listed version. */
const partialKey = (target: AttachmentTarget) => `${target.documentId}\n${target.url}\n${target.sha256 ?? ''}`;

const isStale = (target: AttachmentTarget) =>
  target.sha256 !== null && target.storedSha256 !== null && target.sha256.toLowerCase() !== target.storedSha256;

function toDownloadTarget(target: AttachmentTarget) {
  return {
    url: target.url,
    sha256: target.sha256,
    sizeInBytes: target.sizeInBytes,
    // A local feed's attachments may be local files, inside its own folder only.
    localFolder: target.feedUrl?.startsWith('file:') ? dirname(fileURLToPath(target.feedUrl)) : null,
  };
}

/** The hooks are the lead's (text extraction, re-anchoring): their trouble is not the download's. */
async function runHook(hook: () => void | Promise<void>): Promise<void> {
  try {
    await hook();
  } catch (error) {
    console.error('Delegate Desk: after storing a file', error);
  }
}

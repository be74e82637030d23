// A running desk: the store, the syncs running on it and their schedule. The desktop app's main
// process and the browser mode's host each hold one; the API handlers work on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Store } from '../store/open';
import { closeStore, openStore } from '../store/open';
import { defaultDataFolder } from '../store/data-folder';
import { seedIfEmpty } from '../sample/sample-feed';
import { readSettings } from '../settings/settings';
import { syncAll, syncSubscription, type SyncResult } from '../sync/sync';
import { getSubscription } from '../sync/subscriptions';
import { listSyncRuns } from '../sync/sync-log';
import { SyncScheduler } from '../sync/scheduler';
import type { FeedProgress } from '../sync/fetch-feed';
import { displayUrl } from '../feed/feed-error';
import type { SyncStatus } from '../api/types';
import { FILES_FOLDER, FileStore } from '../attachments/file-store';
import { storedFileLookup, type StoredFileLookup } from '../attachments/serve-file';
import type { DownloadManager } from '../attachments/downloads';
import type { TextExtractor } from '../pdf/text-extractor';
import { backupsFolderOf } from '../backups/work-backups';
import { createAttachmentWork, type AttachmentWorkOptions } from './attachment-work';
import { WorkBackups } from '../backups/backup-schedule';

export interface DeskOptions {
  storePath: string;
  mode: 'desktop' | 'browser';
  version: string;
  /** A packaged app's resources folder, where the sample feed lives. */
  resourcesDir?: string;
  /** better-sqlite3's addon built for Electron's ABI (the desktop app passes it). */
  nativeBinding?: string;
  /** Load the sample feed into a new, empty store (the app does; tests may not). */
  seedSample?: boolean;
  /**
   * Back up the delegate's work beside the data file (delegate-desk-backups) as the desk opens,
   * each day and as it closes (src/backups; the apps do, tests need not).
   */
  backUp?: boolean;
  /** Run the scheduled sync (off in tests). */
  schedule?: boolean;
  /**
   * Where attachments are kept; `<data folder>/files` by default. A store in memory gets a
   * temporary folder of its own, removed on close, so a test never writes into the real data folder.
   */
  filesFolder?: string;
  /** Limits and retries of the downloads. */
  downloads?: AttachmentWorkOptions['downloads'];
  /** The built PDF text worker, when running from a bundle (the desktop app); see text-extractor.ts. */
  pdfWorkerEntry?: string | URL;
}

export class Desk {
  private running: Promise<SyncResult[]> | null = null;
  private progress: SyncStatus['progress'] = null;
  readonly scheduler: SyncScheduler;
  readonly files: FileStore;
  /** The attachments' downloads, in the background: re-planned at open and after each sync. */
  readonly downloads: DownloadManager;
  /** Reads the text of stored PDFs in a worker thread, for search and annotations. */
  readonly texts: TextExtractor;
  /** The delegate's work backed up on its own (src/backups). */
  readonly backups: WorkBackups;
  /** A store in memory keeps its files and backups in a temporary folder, removed on close. */
  private readonly temporaryFolder: string | null;

  private constructor(
    readonly db: Store,
    readonly options: DeskOptions,
  ) {
    this.temporaryFolder = options.storePath === ':memory:' ? mkdtempSync(join(tmpdir(), 'delegate-desk-')) : null;
    this.files = new FileStore(options.filesFolder ?? join(this.temporaryFolder ?? dirname(options.storePath), FILES_FOLDER));
    this.backups = new WorkBackups(db, backupsFolderOf(this.temporaryFolder ? join(this.temporaryFolder, 'desk.db') : options.storePath), {
      name: 'Delegate Desk',
      version: options.version,
    });
    ({ downloads: this.downloads, texts: this.texts } = createAttachmentWork(db, this.files, {
      downloads: options.downloads,
      pdfWorkerEntry: options.pdfWorkerEntry,
    }));
    this.scheduler = new SyncScheduler(
      () => this.sync(),
      () => readSettings(this.db).syncIntervalMinutes,
    );
  }

  static async open(options: DeskOptions): Promise<Desk> {
    const db = openStore(options.storePath, { nativeBinding: options.nativeBinding });
    const desk = new Desk(db, options);
    if (options.seedSample) {
      const folder = options.resourcesDir ? join(options.resourcesDir, 'sample-feed') : undefined;
      await seedIfEmpty(db, folder);
    }
    if (options.schedule) desk.scheduler.start();
    if (options.backUp) desk.backups.start();
    desk.downloads.start();
    return desk;
  }

  get dataFolder(): string {
    return this.options.storePath === ':memory:' ? defaultDataFolder() : dirname(this.options.storePath);
  }

  /** The stored files for the hosts' `files/<sha256>` route. */
  get storedFiles(): StoredFileLookup {
    return storedFileLookup(this.db, this.files);
  }

  /** Syncs one feed or all of them. A sync already running is joined, not doubled. */
  sync(feedId?: number): Promise<SyncResult[]> {
    if (this.running && feedId === undefined) return this.running;
    const onProgress = (source: string) => (p: FeedProgress) => {
      this.progress = { source, phase: p.phase, page: p.page, bytes: p.bytes };
    };
    // Started in a later microtask, so `running` is set before any of it runs or ends.
    const work: Promise<SyncResult[]> = Promise.resolve()
      .then(async () => {
        if (feedId !== undefined) {
          const feed = getSubscription(this.db, feedId);
          return [await syncSubscription(this.db, feed, { onProgress: onProgress(displayUrl(feed.url)) })];
        }
        return syncAll(this.db, { onProgress: onProgress('all feeds') });
      })
      .finally(() => {
        // A later sync may have started meanwhile (one feed while all run): it owns the state now.
        if (this.running === work) {
          this.progress = null;
          this.running = null;
        }
        this.scheduler.reschedule();
        // After the sync's transaction, never inside it: what the policies now want is queued.
        if (this.db.open) this.downloads.start();
      });
    this.running = work;
    return work;
  }

  status(): SyncStatus {
    return {
      running: this.running !== null,
      progress: this.progress,
      lastRun: listSyncRuns(this.db, 1)[0] ?? null,
      nextScheduledAt: this.scheduler.nextRunAt?.toISOString() ?? null,
    };
  }

  close(): void {
    this.scheduler.stop();
    // The session's work, before the store goes.
    this.backups.stop();
    // Downloads stop at once; their partial bytes stay for the next start to resume.
    void this.downloads.stop();
    // A PDF being read stays 'pending' and is read again on the next start.
    void this.texts.close();
    closeStore(this.db);
    if (this.temporaryFolder) rmSync(this.temporaryFolder, { recursive: true, force: true });
  }
}

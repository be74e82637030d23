// When the work is backed up (work-backups.ts): a moment after the desk opens, so the window comes
// first; every day while it runs; and as it closes. Each time only if the work changed. A backup
// that fails never stops the app: it is tried again next time, and what went wrong is kept for
// the Settings to say.
import type { BackupMade, Backups } from '../api/types';
import type { PackApp } from '../packs/export';
import type { Store } from '../store/open';
import { backUpWork, KEEP_BACKUPS, listBackups } from './work-backups';

const AFTER_OPENING_MS = 5000;
const EVERY_DAY_MS = 24 * 60 * 60 * 1000;

export class WorkBackups {
  private timers: NodeJS.Timeout[] = [];
  private started = false;
  /** What went wrong with the last automatic backup, if it failed. */
  private problem: string | null = null;

  constructor(
    private readonly db: Store,
    readonly folder: string,
    private readonly app: PackApp,
  ) {}

  start(): void {
    this.started = true;
    this.timers.push(setTimeout(() => this.onItsOwn(), AFTER_OPENING_MS).unref(), setInterval(() => this.onItsOwn(), EVERY_DAY_MS).unref());
  }

  /** Stops the schedule; a started one backs up the session's work a last time. */
  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    if (this.started && this.db.open) this.onItsOwn();
    this.started = false;
  }

  /** Asked for ("Back up now"): a failure is the caller's to report. */
  now(): BackupMade {
    const outcome = backUpWork(this.db, this.folder, { app: this.app });
    this.problem = null;
    return outcome;
  }

  /** A folder that cannot be read is said as the problem, beside no backups. */
  list(): Backups {
    const base = { folder: this.folder, kept: KEEP_BACKUPS };
    try {
      return { ...base, backups: listBackups(this.folder), problem: this.problem };
    } catch (error) {
      return { ...base, backups: [], problem: error instanceof Error ? error.message : String(error) };
    }
  }

  private onItsOwn(): void {
    try {
      this.now();
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }
}

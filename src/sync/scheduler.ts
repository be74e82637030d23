// Syncs every feed on a timer while the app runs. The interval comes from the settings each
// time, so a change applies from the next round; 0 turns the schedule off. A round that fails
// (offline, a bad feed) is logged like any sync and the schedule simply goes on.
export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export class SyncScheduler {
  private handle: unknown = null;
  private next: Date | null = null;
  private stopped = true;

  constructor(
    private readonly run: () => Promise<unknown>,
    private readonly intervalMinutes: () => number,
    private readonly timers: Timers = {
      setTimeout: (fn, ms) => {
        const t = setTimeout(fn, ms);
        t.unref?.();
        return t;
      },
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    },
    private readonly now: () => Date = () => new Date(),
  ) {}

  get nextRunAt(): Date | null {
    return this.next;
  }

  start(): void {
    this.stopped = false;
    this.reschedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
    this.next = null;
  }

  /** Plans the next round from now (after a settings change or a manual sync). */
  reschedule(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
    this.next = null;
    const minutes = this.intervalMinutes();
    if (this.stopped || !(minutes > 0)) return;
    const ms = minutes * 60_000;
    this.next = new Date(this.now().getTime() + ms);
    this.handle = this.timers.setTimeout(() => {
      void this.run()
        .catch(() => undefined)
        .finally(() => this.reschedule());
    }, ms);
  }
}

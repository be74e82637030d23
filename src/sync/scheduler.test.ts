import { describe, expect, it, vi } from 'vitest';
import { SyncScheduler, type Timers } from './scheduler';

function fakeTimers() {
  let next: { fn: () => void; ms: number } | null = null;
  const timers: Timers = {
    setTimeout: (fn, ms) => (next = { fn, ms }),
    clearTimeout: () => (next = null),
  };
  return { timers, pending: () => next, fire: () => next?.fn() };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the scheduled sync', () => {
  it('runs every interval from the settings, and plans the next round after each', async () => {
    const t = fakeTimers();
    const run = vi.fn(() => Promise.resolve());
    const scheduler = new SyncScheduler(run, () => 15, t.timers, () => new Date('2026-11-27T10:00:00Z'));
    scheduler.start();
    expect(t.pending()?.ms).toBe(15 * 60_000);
    expect(scheduler.nextRunAt?.toISOString()).toBe('2026-11-27T10:15:00.000Z');
    t.fire();
    await settle();
    expect(run).toHaveBeenCalledTimes(1);
    expect(t.pending()?.ms).toBe(15 * 60_000);
  });

  it('goes on after a failed round (offline, a bad feed)', async () => {
    const t = fakeTimers();
    const run = vi.fn(() => Promise.reject(new Error('offline')));
    const scheduler = new SyncScheduler(run, () => 30, t.timers);
    scheduler.start();
    t.fire();
    await settle();
    expect(run).toHaveBeenCalledTimes(1);
    expect(t.pending()?.ms).toBe(30 * 60_000);
  });

  it('is off at interval 0, follows a changed interval, and stops', () => {
    const t = fakeTimers();
    let minutes = 0;
    const scheduler = new SyncScheduler(() => Promise.resolve(), () => minutes, t.timers);
    scheduler.start();
    expect(t.pending()).toBeNull();
    expect(scheduler.nextRunAt).toBeNull();
    minutes = 60;
    scheduler.reschedule();
    expect(t.pending()?.ms).toBe(3_600_000);
    scheduler.stop();
    expect(t.pending()).toBeNull();
    scheduler.reschedule();
    expect(t.pending()).toBeNull();
  });
});

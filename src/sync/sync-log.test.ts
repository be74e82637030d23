import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore, openStore, type Store } from '../store/open';
import { emptyCounts } from './counts';
import { listSyncRuns, logSyncRun, RUNS_KEPT, type SyncOutcome } from './sync-log';

let db: Store;
beforeEach(() => {
  db = openStore(':memory:');
});
afterEach(() => closeStore(db));

function log(outcome: SyncOutcome, at: string) {
  logSyncRun(db, {
    startedAt: at, finishedAt: at, source: 'https://example.org/feed.json', subscriptionId: null, outcome,
    counts: emptyCounts(), pages: 1, bytes: 10, durationMs: 5, error: null,
  });
}

const count = () => db.prepare('SELECT count(*) FROM sync_runs').pluck().get() as number;

describe('the sync log', () => {
  it('keeps the latest runs, and always the latest that applied changes', () => {
    log('applied', '2026-01-01T08:00:00Z');
    for (let i = 0; i < RUNS_KEPT + 20; i++) log('unchanged', `2026-01-02T08:00:${String(i % 60).padStart(2, '0')}Z`);
    expect(count()).toBe(RUNS_KEPT + 1);
    expect(listSyncRuns(db, 1)[0]!.outcome).toBe('unchanged');
    const applied = db.prepare("SELECT started_at FROM sync_runs WHERE outcome = 'applied'").pluck().all();
    expect(applied).toEqual(['2026-01-01T08:00:00Z']);

    // A newer applied run takes its place; the older one goes with the rest.
    log('applied', '2026-01-03T08:00:00Z');
    expect(db.prepare("SELECT started_at FROM sync_runs WHERE outcome = 'applied'").pluck().all()).toEqual(['2026-01-03T08:00:00Z']);
    expect(count()).toBe(RUNS_KEPT);
  });

  it('keeps every run below the limit', () => {
    for (let i = 0; i < 10; i++) log(i % 2 ? 'failed' : 'unchanged', `2026-01-02T08:00:0${i}Z`);
    expect(count()).toBe(10);
  });
});

// The log of sync runs: every run leaves one row, whatever its outcome.
import type { Store } from '../store/open';
import type { SyncCounts } from './counts';
import type { SyncOutcome, SyncRun } from '../api/types';
import { inWriteTransaction } from '../store/transactions';

export type { SyncOutcome, SyncRun };

/**
 * Runs kept: a sync every quarter of an hour, all day, for ten days. The oldest go, so a store
 * synced on a schedule for years does not grow without end; the latest run that applied changes
 * always stays, as the dashboard dates "new since the last sync" by it.
 */
export const RUNS_KEPT = 1000;

export function logSyncRun(db: Store, run: Omit<SyncRun, 'id'>): void {
  inWriteTransaction(db, () => {
    db.prepare(
      `INSERT INTO sync_runs (started_at, finished_at, source, subscription_id, outcome, counts, pages, bytes, duration_ms, error)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      run.startedAt, run.finishedAt, run.source, run.subscriptionId, run.outcome,
      JSON.stringify(run.counts), run.pages, run.bytes, run.durationMs, run.error,
    );
    if (run.subscriptionId !== null) {
      db.prepare('UPDATE feed_subscriptions SET last_synced_at = ?, last_outcome = ?, last_error = ? WHERE id = ?').run(
        run.finishedAt, run.outcome, run.error, run.subscriptionId,
      );
    }
    db.prepare(
      `DELETE FROM sync_runs
       WHERE id < (SELECT id FROM sync_runs ORDER BY id DESC LIMIT 1 OFFSET ${RUNS_KEPT - 1})
         AND id IS NOT (SELECT max(id) FROM sync_runs WHERE outcome = 'applied')`,
    ).run();
  });
}

export function listSyncRuns(db: Store, limit = 50): SyncRun[] {
  const rows = db
    .prepare(
      `SELECT id, started_at AS startedAt, finished_at AS finishedAt, source, subscription_id AS subscriptionId,
              outcome, counts, pages, bytes, duration_ms AS durationMs, error
       FROM sync_runs ORDER BY id DESC LIMIT ?`,
    )
    .all(limit) as (Omit<SyncRun, 'counts'> & { counts: string })[];
  return rows.map((r) => ({ ...r, counts: JSON.parse(r.counts) }));
}

// Everything a store holds, as plain data, to prove that a refused sync changed nothing.
import type { Store } from '../../src/store/open';

/** Tables that record that a sync happened, which a refused sync still writes. */
const LOG_TABLES = new Set(['sync_runs']);

export function snapshot(db: Store, options: { only?: string[] } = {}): Record<string, unknown[]> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table'
       AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    if (LOG_TABLES.has(t)) continue;
    if (options.only && !options.only.includes(t)) continue;
    let rows = db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all() as Record<string, unknown>[];
    if (t === 'feed_subscriptions') rows = rows.map(({ last_synced_at, last_outcome, last_error, ...rest }) => rest);
    if (t === 'search_index') rows = db.prepare('SELECT rowid, * FROM search_index ORDER BY rowid').all() as Record<string, unknown>[];
    out[t] = rows;
  }
  return out;
}

/** The delegate's own records, which no sync writes (annotation_anchors is derived: a sync re-places it). */
export const LOCAL_TABLES = ['annotations', 'positions', 'notes', 'read_state', 'statements', 'local_versions'];

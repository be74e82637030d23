// The history of the delegate's records: every saved state, kept as the record itself. A
// position's "what changed, restore", and the side that loses a pack merge, both land here, so
// nothing the delegate wrote is ever dropped. A state is kept once (by its hash, updated_at
// included), which makes importing the same pack twice a no-op.
import { createHash } from 'node:crypto';
import type { Store } from '../store/open';
import { prepared } from '../store/prepared';
import type { LocalRecordOf, LocalRecordType } from './records';

/** Why a state is in the history: saved here, taken from a pack, or the local side a pack replaced. */
export type VersionOrigin = 'saved' | 'imported' | 'kept_from_import';

export interface Version<T extends LocalRecordType> {
  versionId: number;
  savedAt: string;
  origin: VersionOrigin;
  record: LocalRecordOf[T];
}

/** JSON with keys in a fixed order, so the same record always has the same hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function recordHash(record: object): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}

/** Keeps one state of a record; false when that very state was already kept. */
export function keepVersion<T extends LocalRecordType>(
  db: Store,
  type: T,
  record: LocalRecordOf[T],
  origin: VersionOrigin,
): boolean {
  const body = canonicalJson(record);
  const result = prepared(
    db,
    `INSERT INTO local_versions (record_type, record_id, body, body_hash, saved_at, origin)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (record_type, record_id, body_hash) DO NOTHING`,
  ).run(type, record.id, body, recordHash(record), record.updatedAt, origin);
  return result.changes === 1;
}

/** Every kept state of one record, newest first. */
export function listVersions<T extends LocalRecordType>(db: Store, type: T, id: string): Version<T>[] {
  const rows = prepared(
    db,
    `SELECT key AS versionId, saved_at AS savedAt, origin, body FROM local_versions
     WHERE record_type = ? AND record_id = ? ORDER BY saved_at DESC, key DESC`,
  ).all(type, id) as { versionId: number; savedAt: string; origin: VersionOrigin; body: string }[];
  return rows.map(({ body, ...v }) => ({ ...v, record: JSON.parse(body) as LocalRecordOf[T] }));
}

/** Every kept state of every record of a kind, for a pack (oldest first). */
export function allVersions<T extends LocalRecordType>(db: Store, type: T, ids?: readonly string[]): Version<T>[] {
  const rows = prepared(
    db,
    `SELECT key AS versionId, record_id AS recordId, saved_at AS savedAt, origin, body FROM local_versions
     WHERE record_type = ? ORDER BY saved_at, key`,
  ).all(type) as { versionId: number; recordId: string; savedAt: string; origin: VersionOrigin; body: string }[];
  const wanted = ids ? new Set(ids) : null;
  return rows
    .filter((r) => !wanted || wanted.has(r.recordId))
    .map(({ body, recordId: _, ...v }) => ({ ...v, record: JSON.parse(body) as LocalRecordOf[T] }));
}

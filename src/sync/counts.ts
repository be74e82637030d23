// What a sync did, per kind of record.
import type { KindCounts, SyncCounts } from '../api/types';
import { RECORD_KINDS, type RecordKind } from '../feed/records';

export type { KindCounts, SyncCounts, RecordKind };
export { RECORD_KINDS };

export function emptyCounts(): SyncCounts {
  const zero = (): KindCounts => ({ added: 0, updated: 0, unchanged: 0, deleted: 0, archived: 0 });
  return { documents: zero(), meetings: zero(), agenda_items: zero(), contacts: zero(), work_streams: zero() };
}

export function countChanges(counts: SyncCounts): number {
  return RECORD_KINDS.reduce((n, k) => n + counts[k].added + counts[k].updated + counts[k].deleted + counts[k].archived, 0);
}

// What a sync did, in the delegate's words: "3 papers added, 1 updated" rather than a table of
// counters, and an outcome as a label and a colour that mean the same everywhere.
import type { KindCounts, SyncCounts, SyncOutcome, SyncResult, SyncStatus } from '../../api/types';
import { formatBytes } from '../shell/format';

const KINDS: { key: keyof SyncCounts; one: string; many: string }[] = [
  { key: 'documents', one: 'paper', many: 'papers' },
  { key: 'meetings', one: 'meeting', many: 'meetings' },
  { key: 'agenda_items', one: 'agenda item', many: 'agenda items' },
  { key: 'contacts', one: 'contact', many: 'contacts' },
  { key: 'work_streams', one: 'work stream', many: 'work streams' },
];

const CHANGES: { key: keyof KindCounts; verb: string }[] = [
  { key: 'added', verb: 'added' },
  { key: 'updated', verb: 'updated' },
  { key: 'archived', verb: 'archived' },
  { key: 'deleted', verb: 'removed' },
];

/**
 * "3 papers added, 1 updated" when one kind of record changed; "14 papers, 2 meetings and
 * 26 contacts added; 1 paper updated" when several did. '' when nothing changed.
 */
export function summariseCounts(counts: Partial<SyncCounts> | null | undefined): string {
  if (!counts) return '';
  const changed = KINDS.filter((kind) => CHANGES.some((change) => (counts[kind.key]?.[change.key] ?? 0) > 0));
  if (changed.length === 0) return '';
  const n = (kind: (typeof KINDS)[number], change: (typeof CHANGES)[number]) => counts[kind.key]?.[change.key] ?? 0;
  const noun = (kind: (typeof KINDS)[number], count: number) => `${count} ${count === 1 ? kind.one : kind.many}`;
  if (changed.length === 1) {
    const kind = changed[0]!;
    const parts = CHANGES.filter((change) => n(kind, change) > 0);
    return parts.map((change, i) => `${i === 0 ? noun(kind, n(kind, change)) : n(kind, change)} ${change.verb}`).join(', ');
  }
  return CHANGES.map((change) => {
    const items = changed.filter((kind) => n(kind, change) > 0).map((kind) => noun(kind, n(kind, change)));
    return items.length === 0 ? '' : `${listOf(items)} ${change.verb}`;
  })
    .filter(Boolean)
    .join('; ');
}

/** "a, b and c". */
function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The counts of several syncs added up, for one "Sync all" notice. */
export function addCounts(results: { counts: Partial<SyncCounts> }[]): Partial<SyncCounts> {
  const total: Partial<SyncCounts> = {};
  for (const r of results) {
    for (const kind of KINDS) {
      const c = r.counts[kind.key];
      if (!c) continue;
      const sum = (total[kind.key] ??= { added: 0, updated: 0, unchanged: 0, deleted: 0, archived: 0 });
      for (const key of Object.keys(sum) as (keyof KindCounts)[]) sum[key] += c[key] ?? 0;
    }
  }
  return total;
}

export const OUTCOME: Record<SyncOutcome, { label: string; color: string; meaning: string }> = {
  applied: { label: 'Updated', color: 'green', meaning: 'New or changed records were saved.' },
  unchanged: { label: 'Up to date', color: 'blue', meaning: 'The feed had nothing new.' },
  rejected: { label: 'Refused', color: 'orange', meaning: 'The feed was refused, so nothing was changed.' },
  failed: { label: 'Failed', color: 'red', meaning: 'The feed could not be read, so nothing was changed.' },
};

export function outcomeOf(value: string | null | undefined): (typeof OUTCOME)[SyncOutcome] | null {
  return value && value in OUTCOME ? OUTCOME[value as SyncOutcome] : null;
}

export function isFailure(outcome: string | null | undefined): boolean {
  return outcome === 'failed' || outcome === 'rejected';
}

/** "Syncing all feeds: fetching page 2 (340 KB so far)…". */
export function describeProgress(progress: SyncStatus['progress']): string {
  if (!progress) return 'Starting the sync…';
  const doing = progress.phase === 'fetching' ? 'fetching' : 'saving';
  const received = progress.bytes > 0 ? ` (${formatBytes(progress.bytes)} so far)` : '';
  return `Syncing ${progress.source}: ${doing} page ${progress.page}${received}…`;
}

/** The one-line notice after a sync: what changed across every feed that was synced. */
export function describeResults(results: SyncResult[]): { title: string; message: string; failed: boolean } {
  if (results.length === 0) {
    return { title: 'Nothing to sync', message: 'You do not follow any feed yet. Add one below.', failed: false };
  }
  const failures = results.filter((r) => isFailure(r.status));
  const changes = summariseCounts(addCounts(results.filter((r) => !isFailure(r.status))));
  if (failures.length > 0) {
    const title =
      results.length === 1 ? 'The sync did not work' : `${failures.length} of ${results.length} feeds could not be synced`;
    const reasons = failures.map((f) => (f.error ? sentence(f.error) : OUTCOME[f.status].meaning)).join(' ');
    const unchanged = results.length === 1 ? 'Nothing was changed.' : 'Nothing from a failed feed was changed.';
    return { title, message: [changes && `${capitalise(changes)}.`, reasons, unchanged].filter(Boolean).join(' '), failed: true };
  }
  return { title: 'Sync finished', message: changes ? `${capitalise(changes)}.` : 'Already up to date.', failed: false };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A message from the core as a sentence: capital first, full stop last. */
export function sentence(text: string): string {
  const s = capitalise(text.trim());
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** "0.4 s", "12 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 100) return 'under 0.1 s';
  if (ms < 1000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
}

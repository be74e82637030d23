// An import report in words, the same on the command line and in the app: counts by kind, what
// changed, and what waits for a paper or agenda item this store does not have yet. Plain data in,
// strings out (the page uses it too, so nothing here may touch Node).
import type { PackImportReport } from '../api/types';
import type { LocalRecordType } from '../local-records/records';

export const RECORD_NOUNS: Record<LocalRecordType, [one: string, many: string]> = {
  annotation: ['highlight', 'highlights'],
  position: ['position', 'positions'],
  statement: ['tour de table statement', 'tour de table statements'],
  note: ['note', 'notes'],
};

export const TYPES = Object.keys(RECORD_NOUNS) as LocalRecordType[];

export function plural(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** e.g. "2 added, 1 updated, 3 left as they were"; the zero counts left out; "nothing" for none. */
export function outcomeCounts(counts: { added: number; updated: number; left: number }): string {
  const parts = [
    counts.added ? `${counts.added} added` : '',
    counts.updated ? `${counts.updated} updated` : '',
    counts.left ? `${counts.left} left as ${counts.left === 1 ? 'it was' : 'they were'}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing';
}

/** One line for a notice: "3 added, 1 updated, 2 left as they were". */
export function importSummary(report: PackImportReport): string {
  const total = { added: 0, updated: 0, left: 0 };
  for (const type of TYPES) {
    for (const k of ['added', 'updated', 'left'] as const) total[k] += report.byType[type][k];
  }
  return outcomeCounts(total);
}

/** Each record the pack brings that waits, named so that what it waits for shows. */
export function waitingLines(report: PackImportReport): string[] {
  const labels = new Map(report.changes.map((c) => [`${c.type}\n${c.id}`, c.label]));
  return report.waiting.map((w) => {
    const label = labels.get(`${w.type}\n${w.id}`) ?? `${w.type} ${w.id}`;
    // A label names a missing subject by kind and id already ("Position on agenda item x").
    return label.includes(w.refersTo) ? label : `${label}: waits for ${w.refersTo}`;
  });
}

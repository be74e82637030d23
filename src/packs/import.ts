// Merges a pack into the store, in one transaction: the whole pack is checked first, and if
// anything fails on the way nothing of it stays. Each record is merged by id (positions and
// statements by their agenda item and speaker): the later state wins (merge.ts), the other one is
// kept in the record's history, never dropped; the pack's own history joins the store's. Every
// state is kept once, so importing the same pack again changes nothing.
import type { PackImportReport } from '../api/types';
import { reanchorEverywhere } from '../annotations/reanchor';
import { cleanFeedHtml } from '../feed/clean-html';
import type { LocalRecordOf, LocalRecordType } from '../local-records/records';
import { readRecord, writeRecord } from '../local-records/tables';
import { keepVersion, recordHash } from '../local-records/versions';
import type { Store } from '../store/open';
import { PACK_LISTS, RECORD_TYPES, type Pack } from './format';
import { RecordDescriber, subjectOf } from './describe-records';
import { RecordMatcher } from './match-records';
import { mergeOutcome } from './merge';
import { readPack } from './read-pack';
import { inWriteTransaction } from '../store/transactions';

export interface ImportOptions {
  /** Work out the report, then roll everything back. */
  dryRun?: boolean;
  now?: Date;
}

/** Thrown at the end of a dry run to roll its transaction back. */
class DryRunDone extends Error {}

export function importPack(db: Store, content: string, options: ImportOptions = {}): PackImportReport {
  const pack = cleanAtTheDoor(readPack(content));
  const dryRun = options.dryRun ?? false;
  let report: PackImportReport | undefined;
  try {
    // A dry run is the real merge, rolled back by the exception that ends it.
    inWriteTransaction(db, () => {
      report = mergePack(db, pack, options.now ?? new Date(), !dryRun);
      if (dryRun) throw new DryRunDone();
    });
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
  return report!;
}

function mergePack(db: Store, pack: Pack, now: Date, applied: boolean): PackImportReport {
  const countVersions = () => db.prepare('SELECT count(*) FROM local_versions').pluck().get() as number;
  const versionsBefore = countVersions();
  const matcher = new RecordMatcher(db, pack);
  const describer = new RecordDescriber(db);
  const report: PackImportReport = {
    applied,
    byType: {
      annotation: { added: 0, updated: 0, left: 0 },
      position: { added: 0, updated: 0, left: 0 },
      statement: { added: 0, updated: 0, left: 0 },
      note: { added: 0, updated: 0, left: 0 },
    },
    versionsAdded: 0,
    changes: [],
    waiting: [],
  };
  const reanchor = new Set<string>();

  const merge = <T extends LocalRecordType>(type: T, record: LocalRecordOf[T]) => {
    const incoming = matcher.match(type, record);
    const local = readRecord(db, type, incoming.id);
    const outcome = mergeOutcome(local, incoming);
    if (outcome === 'left') {
      // The store's state stays; the pack's, when it differs, joins the history.
      if (recordHash(local!) !== recordHash(incoming)) keepVersion(db, type, incoming, 'imported');
    } else {
      if (local) keepVersion(db, type, local, 'kept_from_import');
      writeRecord(db, type, incoming, 'imported');
      if (type === 'annotation') reanchor.add((incoming as LocalRecordOf['annotation']).documentId);
    }
    const kept = outcome === 'left' ? local! : incoming;
    report.byType[type][outcome]++;
    report.changes.push({ type, id: incoming.id, outcome, label: describer.label(type, kept) });
    const subject = subjectOf(type, kept);
    if (!kept.deletedAt && !describer.isAvailable(subject)) {
      report.waiting.push({ type, id: incoming.id, refersTo: `${subject.kind} ${subject.id}` });
    }
  };

  for (const type of RECORD_TYPES) {
    for (const record of pack[PACK_LISTS[type]]) merge(type, record);
  }
  for (const { type, record } of pack.versions) keepVersion(db, type, matcher.match(type, record), 'imported');
  for (const documentId of reanchor) reanchorEverywhere(db, documentId, now);

  report.versionsAdded = countVersions() - versionsBefore;
  return report;
}

/**
 * Speaking points are HTML from someone else's machine: cleaned with the feed's allow-list before
 * they are compared or kept, as every write cleans them. So a state is compared and kept in the
 * form the store holds it, and the same pack imported twice finds its states already there.
 */
function cleanAtTheDoor(pack: Pack): Pack {
  const clean = (p: LocalRecordOf['position']) => ({ ...p, speakingPoints: cleanFeedHtml(p.speakingPoints).html });
  return {
    ...pack,
    positions: pack.positions.map(clean),
    versions: pack.versions.map((v) => (v.type === 'position' ? { type: v.type, record: clean(v.record) } : v)),
  };
}

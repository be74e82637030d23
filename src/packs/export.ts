// Writes the delegate's work out as a pack: all of it, or one meeting's. Deleted records go too
// (as tombstones), so a deletion reaches the store the pack is imported into; and every record's
// history goes with it, so the colleague can see what changed and restore.
//
// A meeting's work is what hangs off its agenda: the positions and the tour de table of its
// items, the highlights on the papers linked to them, and the notes on the meeting, its items
// and those papers. Notes on contacts are not tied to any meeting, so only a full pack has them.
import type { PackExport } from '../api/types';
import { DeskError } from '../desk-error';
import type { LocalRecordOf, LocalRecordType } from '../local-records/records';
import { readRecords } from '../local-records/tables';
import { allVersions } from '../local-records/versions';
import type { Store } from '../store/open';
import { inOneSnapshot } from '../store/transactions';
import { PACK_FORMAT, PACK_VERSION, RECORD_TYPES, type Pack, type PackVersionEntry } from './format';

export interface PackApp {
  name: string;
  version: string;
}

export interface ExportOptions {
  meetingId?: string;
  app: PackApp;
  now?: Date;
}

type Filter = { where?: string; params?: Record<string, unknown> };

export function buildPack(db: Store, options: ExportOptions): Pack {
  // The records and their histories as of one moment: a note saved meanwhile (the app, while a
  // command line makes a backup) is in both or in neither, never a history without its record.
  return inOneSnapshot(db, () => packAsOfNow(db, options));
}

function packAsOfNow(db: Store, options: ExportOptions): Pack {
  const now = options.now ?? new Date();
  const { scope, filters } = options.meetingId ? meetingScope(db, options.meetingId) : { scope: {}, filters: null };
  const read = <T extends LocalRecordType>(type: T): LocalRecordOf[T][] =>
    readRecords(db, type, { ...(filters?.[type] ?? {}), includeDeleted: true, orderBy: 'r.id' });
  const annotations = read('annotation');
  const positions = read('position');
  const statements = read('statement');
  const notes = read('note');
  const ids: Record<LocalRecordType, string[]> = {
    annotation: annotations.map((r) => r.id),
    position: positions.map((r) => r.id),
    statement: statements.map((r) => r.id),
    note: notes.map((r) => r.id),
  };
  const versions = RECORD_TYPES.flatMap((type) =>
    allVersions(db, type, ids[type]).map((v) => ({ type, record: v.record }) as PackVersionEntry),
  );
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    exportedAt: now.toISOString(),
    app: options.app,
    scope,
    annotations,
    positions,
    statements,
    notes,
    versions,
  };
}

export function exportPack(db: Store, options: ExportOptions): PackExport {
  const pack = buildPack(db, options);
  const counts = {
    annotations: pack.annotations.length,
    positions: pack.positions.length,
    statements: pack.statements.length,
    notes: pack.notes.length,
    versions: pack.versions.length,
  };
  return { fileName: packFileName(pack), content: `${JSON.stringify(pack, null, 2)}\n`, counts };
}

/** e.g. delegate-desk-pack-mtg-2027-02-plenary-2026-11-27.json: letters, digits, dot, dash, underscore only. */
export function packFileName(pack: Pack): string {
  const what = (pack.scope.meetingId ?? 'all')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  return `delegate-desk-pack-${what || 'meeting'}-${pack.exportedAt.slice(0, 10)}.json`;
}

function meetingScope(db: Store, meetingId: string): { scope: Pack['scope']; filters: Record<LocalRecordType, Filter> } {
  const title = db.prepare('SELECT title FROM meetings WHERE id = ?').pluck().get(meetingId) as string | undefined;
  if (title === undefined) throw new DeskError('not_found', `There is no meeting "${meetingId}" in this store`);
  const items = db.prepare('SELECT id FROM agenda_items WHERE meeting_id = ?').pluck().all(meetingId) as string[];
  const documents = db
    .prepare(
      `SELECT DISTINCT d.document_id FROM agenda_item_documents d
       JOIN agenda_items a ON a.id = d.agenda_item_id WHERE a.meeting_id = ?`,
    )
    .pluck()
    .all(meetingId) as string[];
  const params = { meeting: meetingId, items: JSON.stringify(items), documents: JSON.stringify(documents) };
  const onItems = { where: 'r.agenda_item_id IN (SELECT value FROM json_each(:items))', params: { items: params.items } };
  return {
    scope: { meetingId, meetingTitle: title },
    filters: {
      annotation: { where: 'r.document_id IN (SELECT value FROM json_each(:documents))', params: { documents: params.documents } },
      position: onItems,
      statement: onItems,
      note: {
        where: `(r.subject_type = 'meeting' AND r.subject_id = :meeting)
          OR (r.subject_type = 'agenda_item' AND r.subject_id IN (SELECT value FROM json_each(:items)))
          OR (r.subject_type = 'document' AND r.subject_id IN (SELECT value FROM json_each(:documents)))`,
        params,
      },
    },
  };
}

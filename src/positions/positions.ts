// The national position on an agenda item: read, save (every save a version), history, restore.
//
// A save is the whole position, as the editor holds it. Two rules keep the history honest:
// - a save identical in content to the current position is not a save: no new version, and the
//   current position comes back unchanged;
// - a save that started from an older state than the stored one (another window, the CLI) is
//   refused rather than overwriting it. The refused text is not kept in the history: the history
//   is what the position has been, and a refused draft never was the position (it would also
//   travel to colleagues in packs as if it had been). The editor still holds the delegate's text,
//   so nothing is lost; the delegate reloads and decides.
import type { Store } from '../store/open';
import { saveTime, type Clock } from '../local-records/clock';
import { DeskError } from '../desk-error';
import { cleanFeedHtml } from '../feed/clean-html';
import { formatPath } from '../feed/issue-path';
import { positionFields, positionId, positionRecord, type PositionRecord } from '../local-records/records';
import { readRecord, writeRecord } from '../local-records/tables';
import { listVersions } from '../local-records/versions';
import type { PositionVersion } from '../api/types';
import { requireAgendaItem } from './agenda-item';
import { inWriteTransaction } from '../store/transactions';

/** What the delegate writes; everything else about a position is bookkeeping. */
export const POSITION_CONTENT = positionFields.keyof().options;
export type PositionContent = Pick<PositionRecord, (typeof POSITION_CONTENT)[number]>;

export interface PositionSave extends PositionContent {
  agendaItemId: string;
  /**
   * The updatedAt of the position the editor started from (null: it started from none). When
   * given and the stored position is another, the save is refused. Left out: saved regardless.
   */
  expectedUpdatedAt?: string | null;
}

/** When a change happens; tests pass their own clock. */
/** A position never saved, as the editor starts it. */
export const EMPTY_POSITION: PositionContent = {
  status: 'none', lineToTake: '', speakingPoints: '', redLines: '', fallback: '', background: '', owner: '', dueDate: null,
};

/** The current position on an item; null when none was ever saved. */
export function getPosition(db: Store, agendaItemId: string): PositionRecord | null {
  const stored = readRecord(db, 'position', positionId(agendaItemId));
  return stored && stored.deletedAt === null ? stored : null;
}

export function savePosition(db: Store, input: PositionSave, clock: Clock = {}): PositionRecord {
  return inWriteTransaction(db, () => save(db, input, clock));
}

/** Every saved state of the position, newest first. */
export function positionVersions(db: Store, agendaItemId: string): PositionVersion[] {
  return listVersions(db, 'position', positionId(agendaItemId));
}

/** Saves the content of an earlier version as the position's newest; the history keeps all. */
export function restorePosition(db: Store, agendaItemId: string, versionId: number, clock: Clock = {}): PositionRecord {
  const version = positionVersions(db, agendaItemId).find((v) => v.versionId === versionId);
  if (!version) throw new DeskError('not_found', `the position on agenda item "${agendaItemId}" has no saved version ${versionId}`);
  return savePosition(db, { agendaItemId, ...contentOf(version.record) }, clock);
}

function save(db: Store, input: PositionSave, clock: Clock): PositionRecord {
  requireAgendaItem(db, input.agendaItemId);
  const stored = readRecord(db, 'position', positionId(input.agendaItemId));
  const current = stored && stored.deletedAt === null ? stored : null;
  const content = { ...contentOf(input), speakingPoints: cleanFeedHtml(input.speakingPoints).html };

  // Nothing would change, so nothing can be lost either: the current position stands, whatever
  // state the editor started from.
  if (current && sameContent(current, content)) return current;

  if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== (current?.updatedAt ?? null)) {
    const when = current ? `saved at ${readableTime(current.updatedAt)}` : 'it was deleted';
    throw new DeskError(
      'rejected',
      `This position was changed elsewhere since you opened it (${when}). Reload it to see that version; yours was not saved.`,
    );
  }

  const now = saveTime(clock, stored?.updatedAt);
  const record: PositionRecord = {
    id: positionId(input.agendaItemId),
    agendaItemId: input.agendaItemId,
    ...content,
    createdAt: stored?.createdAt ?? now,
    updatedAt: now,
    deletedAt: null,
  };
  const checked = positionRecord.safeParse(record);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new DeskError('rejected', `the position was not saved: ${formatPath(issue.path)}: ${issue.message}`);
  }
  return writeRecord(db, 'position', checked.data);
}

export function contentOf(source: PositionContent): PositionContent {
  return Object.fromEntries(POSITION_CONTENT.map((field) => [field, source[field]])) as unknown as PositionContent;
}

function sameContent(a: PositionContent, b: PositionContent): boolean {
  return POSITION_CONTENT.every((field) => a[field] === b[field]);
}

/** A stamp as a person reads it, in UTC whatever offset it was written with (a pack's may differ). */
function readableTime(iso: string): string {
  const utc = new Date(iso).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 19)} UTC`;
}

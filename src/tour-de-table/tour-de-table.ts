// The tour de table of an agenda item: what each speaker said, one statement per speaker.
// Removing a statement keeps it as a tombstone (so a pack imported later cannot bring back what
// the delegate removed); recording the same speaker again revives that same record.
import type { Store } from '../store/open';
import { saveTime, type Clock } from '../local-records/clock';
import { DeskError } from '../desk-error';
import { statementId, type Stance, type StatementRecord } from '../local-records/records';
import { readRecord, readRecords, writeRecord } from '../local-records/tables';
import { readSettings } from '../settings/settings';
import type { TourDeTable } from '../api/types';
import { requireAgendaItem } from '../positions/agenda-item';
import { canonicalSpeaker, compareSpeakers } from './speakers';
import { summarise } from './summary';
import { inWriteTransaction } from '../store/transactions';

export interface StatementInput {
  agendaItemId: string;
  speaker: string;
  stance: Stance;
  /** Left out: an existing statement keeps its comment (changing the stance in the grid keeps it). */
  comment?: string;
}

/** When a change happens; tests pass their own clock. */
/**
 * The statements on an item in listing order, and the summary against our own. Any item id is
 * read, including one not (yet) in the store, whose statements came in a pack.
 */
export function getTourDeTable(db: Store, agendaItemId: string): TourDeTable {
  const statements = readRecords(db, 'statement', { where: 'r.agenda_item_id = :item', params: { item: agendaItemId } }).sort((a, b) =>
    compareSpeakers(a.speaker, b.speaker),
  );
  const country = readSettings(db).delegationCountry;
  const ownSpeaker = country === null ? null : canonicalSpeaker(country);
  return { agendaItemId, statements, ownSpeaker, summary: summarise(statements, ownSpeaker) };
}

export function recordStatement(db: Store, input: StatementInput, clock: Clock = {}): StatementRecord {
  return inWriteTransaction(db, () => {
    requireAgendaItem(db, input.agendaItemId);
    const speaker = canonicalSpeaker(input.speaker);
    const stored = readRecord(db, 'statement', statementId(input.agendaItemId, speaker));
    const alive = stored && stored.deletedAt === null ? stored : undefined;
    // A removed statement's comment went with it: a new statement starts blank.
    const comment = input.comment ?? alive?.comment ?? '';
    if (alive && alive.stance === input.stance && alive.comment === comment) return alive;
    const now = saveTime(clock, stored?.updatedAt);
    return writeRecord(db, 'statement', {
      id: statementId(input.agendaItemId, speaker),
      agendaItemId: input.agendaItemId,
      speaker,
      stance: input.stance,
      comment,
      createdAt: stored?.createdAt ?? now,
      updatedAt: now,
      deletedAt: null,
    });
  });
}

/** Removes a speaker's statement from the item (kept as a tombstone, which it returns). */
export function removeStatement(db: Store, input: { agendaItemId: string; speaker: string }, clock: Clock = {}): StatementRecord {
  return inWriteTransaction(db, () => {
    const speaker = canonicalSpeaker(input.speaker);
    const stored = readRecord(db, 'statement', statementId(input.agendaItemId, speaker));
    if (!stored) throw new DeskError('not_found', `nothing is recorded for ${speaker} on agenda item "${input.agendaItemId}"`);
    // Removing twice (a double click, two windows) is the same as removing once.
    if (stored.deletedAt !== null) return stored;
    const now = saveTime(clock, stored?.updatedAt);
    return writeRecord(db, 'statement', { ...stored, updatedAt: now, deletedAt: now });
  });
}

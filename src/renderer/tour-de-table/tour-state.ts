// The tour de table as the grid shows it while a save is on its way: a stance recorded or
// cleared appears at once, and goes back to what it was if the save fails. These functions
// change the grid's copy; the summary is the core's to compute and arrives with the next read.
import type { Stance, StatementRecord, TourDeTable } from '../../api/types';
import { statementId } from '../../local-records/records';

export function withStatement(
  table: TourDeTable,
  said: { speaker: string; stance: Stance; comment: string },
  now: string = new Date().toISOString(),
): TourDeTable {
  const existing = table.statements.find((s) => s.speaker === said.speaker);
  const statement: StatementRecord = existing
    ? { ...existing, stance: said.stance, comment: said.comment, updatedAt: now }
    : {
        id: statementId(table.agendaItemId, said.speaker),
        agendaItemId: table.agendaItemId,
        speaker: said.speaker,
        stance: said.stance,
        comment: said.comment,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      };
  return { ...table, statements: [...table.statements.filter((s) => s.speaker !== said.speaker), statement] };
}

export function withoutStatement(table: TourDeTable, speaker: string): TourDeTable {
  return { ...table, statements: table.statements.filter((s) => s.speaker !== speaker) };
}

/** Puts one speaker's row back as it was before a failed save. */
export function withPrevious(table: TourDeTable, speaker: string, previous: StatementRecord | undefined): TourDeTable {
  const others = table.statements.filter((s) => s.speaker !== speaker);
  return { ...table, statements: previous ? [...others, previous] : others };
}

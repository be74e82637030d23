// Who is close to the national line after a tour de table, and who is against it.
import type { Stance, StatementRecord } from '../local-records/records';
import type { TourDeTable } from '../api/types';

/** Either kind of reservation is the same signal in the room: not yet able to agree. */
function family(stance: Stance): string {
  return stance === 'scrutiny_reservation' ? 'reservation' : stance;
}

function opposite(a: Stance, b: Stance): boolean {
  return (a === 'support' && b === 'against') || (a === 'against' && b === 'support');
}

/**
 * Groups the other speakers by their stance against ours. Without a statement of our own (no
 * delegation set, or we did not speak) there is nothing to be close to: everyone is "other".
 * Statements come in listing order and the groups keep it.
 */
export function summarise(statements: readonly StatementRecord[], ownSpeaker: string | null): TourDeTable['summary'] {
  const ownStance = statements.find((s) => s.speaker === ownSpeaker)?.stance ?? null;
  const summary: TourDeTable['summary'] = { ownStance, close: [], opposed: [], other: [] };
  for (const s of statements) {
    if (s.speaker === ownSpeaker) continue;
    if (ownStance !== null && family(s.stance) === family(ownStance)) summary.close.push(s.speaker);
    else if (ownStance !== null && opposite(s.stance, ownStance)) summary.opposed.push(s.speaker);
    else summary.other.push(s.speaker);
  }
  return summary;
}

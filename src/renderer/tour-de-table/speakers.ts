// Who may speak in a tour de table, in the order the delegate fills it: their own delegation
// first (its stance is the national line the others are compared with), then the other Member
// States in the EU's protocol order (the order the floor goes round the room), then the Union's
// bodies, then any observer who took the floor. The order and the codes are the core's.
import { INSTITUTIONS, MEMBER_STATES } from '../../tour-de-table/speakers';
import { memberStateName } from '../settings/member-states';

export interface Speaker {
  /** What a statement records: a Member State's code, COM, ENISA, EEAS, or an observer's name. */
  id: string;
  name: string;
  group: 'own' | 'member_state' | 'union' | 'observer';
}

const UNION_NAMES: Record<(typeof INSTITUTIONS)[number], string> = {
  COM: 'European Commission',
  ENISA: 'ENISA',
  EEAS: 'European External Action Service',
};

export const UNION_SPEAKERS: Speaker[] = INSTITUTIONS.map((id) => ({ id, name: UNION_NAMES[id], group: 'union' }));

const STATES = new Set<string>(MEMBER_STATES);
const UNION = new Set<string>(INSTITUTIONS);

/** A speaker's name as the grid and the summary show it. */
export function speakerName(id: string): string {
  if (STATES.has(id)) return memberStateName(id);
  return UNION_SPEAKERS.find((speaker) => speaker.id === id)?.name ?? id;
}

/** Observers are whoever else spoke: anyone recorded who is not a Member State or a Union body. */
export function isObserver(id: string): boolean {
  return !STATES.has(id) && !UNION.has(id);
}

/**
 * Every row of the grid. `spoken` are the speakers already recorded (observers among them keep
 * their row); `added` are observers the delegate has just added and not yet given a stance.
 */
export function tourDeTableSpeakers(ownCountry: string | null, spoken: string[], added: string[] = []): Speaker[] {
  const own: Speaker[] = ownCountry ? [{ id: ownCountry, name: speakerName(ownCountry), group: 'own' }] : [];
  const states: Speaker[] = MEMBER_STATES.filter((code) => code !== ownCountry).map((code) => ({
    id: code,
    name: memberStateName(code),
    group: 'member_state',
  }));
  const observers = [...new Set([...spoken.filter(isObserver), ...added])]
    .filter((id) => id !== ownCountry)
    .sort((a, b) => a.localeCompare(b, 'en-GB'))
    .map((id): Speaker => ({ id, name: id, group: 'observer' }));
  return [...own, ...states, ...UNION_SPEAKERS, ...observers];
}

/** An observer's name as typed, tidied; null when it is empty or names someone already listed. */
export function observerName(typed: string, listed: Speaker[]): string | null {
  const name = typed.replace(/\s+/g, ' ').trim().slice(0, 80);
  if (!name) return null;
  const taken = listed.some((speaker) => speaker.id.toLowerCase() === name.toLowerCase() || speaker.name.toLowerCase() === name.toLowerCase());
  return taken ? null : name;
}

// Who may take the floor in a tour de table, and in what order they are listed.
//
// Member States are named by their two-letter code as the store knows countries elsewhere (the
// delegation setting, contacts): ISO 3166, so Greece is GR. The EU's own protocol code for Greece,
// EL, is what delegates often type, so it is taken as GR: otherwise one delegation could end up
// with two statements on one item, and a Greek delegate's own statement would not be found.
import { DeskError } from '../desk-error';

/** The 27 in the EU's protocol order (alphabetical by the country's name in its own language). */
export const MEMBER_STATES = [
  'BE', 'BG', 'CZ', 'DK', 'DE', 'EE', 'IE', 'GR', 'ES', 'FR', 'HR', 'IT', 'CY', 'LV', 'LT', 'LU', 'HU', 'MT', 'NL', 'AT', 'PL', 'PT',
  'RO', 'SI', 'SK', 'FI', 'SE',
] as const;

/** The Commission, the Agency and the External Action Service, after the Member States. */
export const INSTITUTIONS = ['COM', 'ENISA', 'EEAS'] as const;

const ALIASES: Record<string, string> = { EL: 'GR' };
const CODES = new Set<string>([...MEMBER_STATES, ...INSTITUTIONS]);
const MAX_NAME = 80;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The speaker as stored: a Member State or institution code (any case; EL as GR), or else an
 * observer's name, trimmed, with runs of spaces folded so "Norway" and " Norway " are one speaker.
 */
export function canonicalSpeaker(input: string): string {
  const upper = input.trim().toUpperCase();
  const code = ALIASES[upper] ?? upper;
  if (CODES.has(code)) return code;
  if (CONTROL.test(input)) {
    throw new DeskError('rejected', 'a speaker\'s name cannot hold line breaks, tabs or other control characters');
  }
  const name = input.trim().replace(/\s+/g, ' ');
  if (name === '') {
    throw new DeskError('rejected', 'say who spoke: a Member State code (e.g. FR), COM, ENISA, EEAS, or an observer\'s name');
  }
  if ([...name].length > MAX_NAME) throw new DeskError('rejected', `a speaker's name is at most ${MAX_NAME} characters`);
  return name;
}

/** Member States in protocol order, then COM, ENISA, EEAS, then observers by name. */
export function compareSpeakers(a: string, b: string): number {
  const rank = (s: string) => {
    const i = (MEMBER_STATES as readonly string[]).indexOf(s);
    if (i >= 0) return i;
    const j = (INSTITUTIONS as readonly string[]).indexOf(s);
    return j >= 0 ? MEMBER_STATES.length + j : MEMBER_STATES.length + INSTITUTIONS.length;
  };
  return rank(a) - rank(b) || a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

// How the briefing note words what the store keeps as codes: statuses, stances, kinds, countries,
// dates. One place, so the HTML, Markdown, Word and PDF notes read the same.
import type { PositionStatus, Stance } from '../local-records/records';
import type { BriefingNote } from './model';

const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });
const INSTITUTIONS: Record<string, string> = {
  COM: 'European Commission',
  ENISA: 'ENISA',
  EEAS: 'European External Action Service',
  EU: 'European Union',
};

// Looked up once per code: Intl's lookup is slow enough to show in a note naming hundreds of speakers.
const countryNames = new Map<string, string>();

export function countryName(code: string): string {
  const upper = code.toUpperCase();
  if (INSTITUTIONS[upper]) return INSTITUTIONS[upper];
  let name = countryNames.get(upper);
  if (name === undefined) {
    try {
      name = regionNames.of(upper) ?? upper;
    } catch {
      // Not a region code at all: printed as the feed gave it rather than fail.
      name = upper;
    }
    countryNames.set(upper, name);
  }
  return name;
}

/** A speaker in the tour de table: a country or institution by name, an observer as written. */
export function speakerName(speaker: string): string {
  return /^[A-Z]{2,5}$/.test(speaker) ? countryName(speaker) : speaker;
}

export const STATUS_WORDS: Record<PositionStatus, string> = {
  none: 'No position',
  draft: 'Draft',
  in_coordination: 'In coordination',
  approved: 'Approved',
};

export const STANCE_WORDS: Record<Stance, string> = {
  support: 'Support',
  against: 'Against',
  reservation: 'Reservation',
  scrutiny_reservation: 'Scrutiny reservation',
  no_view: 'No view',
};

export const SECTION_TITLES = {
  overview: 'Agenda overview',
  purpose: 'Purpose and lead',
  background: 'Background',
  position: 'National position',
  tourDeTable: 'Tour de table',
  annotations: 'Annotations on the papers',
  contacts: 'Contacts',
  notes: 'Private notes',
  meetingNotes: 'Private notes on the meeting',
  annex: 'Annex: documents referenced',
} as const;

/** "work_stream" → "Work stream", "in_person" → "In person": codes as words. */
export function codeWords(code: string): string {
  const words = code.replaceAll(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Made once: toLocaleDateString builds a formatter per call, which shows in a 40-item note.
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** "10 February 2027": dates as a ministry writes them, in UTC so every format agrees. */
export function dayWords(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return DAY.format(date);
}

/** "10 February 2027, 08:30 UTC". */
export function timeWords(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return `${dayWords(instant)}, ${TIME.format(date)} UTC`;
}

/**
 * The meeting's dates in the meeting's own time (the offset its feed gives, e.g. Brussels at
 * +01:00): a delegate reads "09:30" off the agenda, not the UTC equivalent. One day, or first to last.
 */
export function meetingDates(meeting: BriefingNote['meeting']): string {
  const start = placeTime(meeting.startsAt);
  if (!start) return meeting.startsAt;
  const end = meeting.endsAt ? placeTime(meeting.endsAt) : null;
  if (!end) return `${start.day}, ${start.time} (${start.zone})`;
  const until = end.day === start.day ? end.time : `${end.day}, ${end.time}`;
  return `${start.day}, ${start.time} – ${until} (${start.zone})`;
}

/** An RFC 3339 instant as day and time at its own offset, with the offset named. */
function placeTime(instant: string): { day: string; time: string; zone: string } | null {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(instant);
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const local = new Date(date.getTime() + minutes * 60_000);
  const zone = minutes === 0 ? 'UTC' : `UTC${offset![1]}${offset![2]}:${offset![3]}`;
  return { day: DAY.format(local), time: TIME.format(local), zone };
}

/** The cover's facts, in order, with what is unknown left out. Every format prints this list. */
export function coverFacts(note: BriefingNote): [string, string][] {
  const m = note.meeting;
  const facts: [string, string | null][] = [
    ['Meeting', codeWords(m.kind)],
    ['Dates', meetingDates(m)],
    ['Place', m.location],
    ['Format', m.format ? codeWords(m.format) : null],
    ['Chair', m.chair],
    ['Delegation', note.delegation ? `${note.delegation.name} (${note.delegation.code})` : null],
    ['Marking', note.marking],
    ['Generated', timeWords(note.generatedAt)],
    ['Last sync', note.lastSyncAt ? timeWords(note.lastSyncAt) : 'never synced'],
  ];
  return facts.filter((f): f is [string, string] => f[1] !== null && f[1].trim() !== '');
}

/** A document as one line of reference: "NIS CG 2027/03 — Title (10 February 2027)". */
export function documentLine(ref: { reference: string | null; title: string; date: string | null; available: boolean }): string {
  const head = ref.reference ? `${ref.reference} — ${ref.title}` : ref.title;
  const date = ref.date ? ` (${dayWords(ref.date)})` : '';
  return `${head}${date}${ref.available ? '' : ' (not yet published)'}`;
}

export function contactLine(c: { name: string; organisation: string | null; country: string; roles: string[]; email: string | null; phone: string | null }): string {
  return [c.name, c.organisation, countryName(c.country), c.email, c.phone].filter((p): p is string => !!p && p.trim() !== '').join(', ');
}

/** The tour de table's groups against our own stance, as sentences; empty groups left out. */
export function tourGroups(tour: NonNullable<import('./model').BriefingItem['tourDeTable']>): [string, string][] {
  const names = (codes: string[]) => codes.map(speakerName).join(', ');
  const groups: [string, string][] = [];
  if (tour.ownStance) groups.push(['Our stance', STANCE_WORDS[tour.ownStance]]);
  if (tour.close.length > 0) groups.push(['Close to our line', names(tour.close)]);
  if (tour.opposed.length > 0) groups.push(['Against our line', names(tour.opposed)]);
  if (tour.other.length > 0) groups.push([tour.ownStance ? 'Others' : 'Speakers', names(tour.other)]);
  return groups;
}

/** A safe file name for the exported note, e.g. briefing-mtg-2027-02-plenary-2027-02-10.docx. */
export function briefingFileName(note: BriefingNote, extension: string): string {
  const id = note.meeting.id
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(note.meeting.startsAt)?.[0];
  return `briefing-${id || 'meeting'}${day ? `-${day}` : ''}.${extension}`;
}

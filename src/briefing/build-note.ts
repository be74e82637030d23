// Builds the briefing note of a meeting from the store, once, for every format to print (see
// model.ts). Only what is chosen is built, and a section with nothing to say is left out rather
// than carried empty, so no renderer prints an empty heading.
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import { getMeeting } from '../meetings/meetings';
import { getPosition } from '../positions/positions';
import { getTourDeTable } from '../tour-de-table/tour-de-table';
import { listAnnotations } from '../annotations/annotations';
import { listNotes } from '../notes/notes';
import { listContacts } from '../contacts/contacts';
import { readSettings } from '../settings/settings';
import type { AgendaItem, Annotation, Contact } from '../api/types';
import {
  BRIEFING_SECTIONS,
  type BriefingAnnotation,
  type BriefingContact,
  type BriefingDocumentRef,
  type BriefingItem,
  type BriefingNote,
  type BriefingOptions,
  type BriefingSection,
} from './model';
import { speakingPointsFromHtml } from './speaking-points';
import { countryName, speakerName } from './wording';

/** Enough to reach the right people; a directory dump would bury them. */
const MAX_CONTACTS_PER_ITEM = 8;

export function buildBriefingNote(db: Store, meetingId: string, options: BriefingOptions = {}, now: Date = new Date()): BriefingNote {
  const meeting = getMeeting(db, meetingId);
  const sections = new Set<BriefingSection>(options.sections ?? BRIEFING_SECTIONS);
  const privateNotes = options.includePrivateNotes === true && sections.has('notes');
  const items = chosenItems(meeting.agenda, meeting.id, options.items);
  const documents = documentsOf(db, items);
  const annotationsByDocument = sections.has('annotations') ? groupBy(listAnnotations(db, { meetingId }), (a) => a.documentId) : new Map<string, Annotation[]>();
  const contacts = sections.has('contacts') ? directoryOf(listContacts(db)) : [];
  const country = readSettings(db).delegationCountry;

  const annex = new Map<string, BriefingDocumentRef>();
  const briefingItems = items.map((item): BriefingItem => {
    const refs = item.documents.map((d) => documents.get(d.id)!);
    for (const ref of refs) if (!annex.has(ref.id)) annex.set(ref.id, ref);
    const built: BriefingItem = { id: item.id, number: item.number, title: item.title, purpose: item.purpose, lead: item.lead };
    if (sections.has('background')) {
      const description = nonBlank(item.description);
      if (description !== null || refs.length > 0) built.background = { description, documents: refs };
    }
    if (sections.has('position')) {
      const position = positionOf(db, item.id);
      if (position) built.position = position;
    }
    if (sections.has('tourDeTable')) {
      const tour = getTourDeTable(db, item.id);
      if (tour.statements.length > 0) {
        built.tourDeTable = {
          ownStance: tour.summary.ownStance,
          statements: tour.statements.map((s) => ({ speaker: s.speaker, speakerName: speakerName(s.speaker), stance: s.stance, comment: s.comment })),
          close: tour.summary.close,
          opposed: tour.summary.opposed,
          other: tour.summary.other,
        };
      }
    }
    if (sections.has('annotations')) {
      const annotations = refs.flatMap((ref) => (annotationsByDocument.get(ref.id) ?? []).map((a) => briefingAnnotation(a, ref)));
      if (annotations.length > 0) built.annotations = annotations;
    }
    if (sections.has('contacts')) {
      const relevant = contactsOfLead(contacts, item.lead);
      if (relevant.length > 0) built.contacts = relevant;
    }
    if (privateNotes) {
      const notes = noteBodies(db, 'agenda_item', item.id);
      if (notes.length > 0) built.notes = notes;
    }
    return built;
  });

  const note: BriefingNote = {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      location: meeting.location,
      format: meeting.format,
      chair: meeting.chair,
    },
    delegation: country ? { code: country, name: countryName(country) } : null,
    marking: nonBlank(options.marking ?? null),
    generatedAt: now.toISOString(),
    lastSyncAt: lastSyncAt(db),
    overview: items.map((i) => ({ number: i.number, title: i.title, purpose: i.purpose, lead: i.lead, positionStatus: i.positionStatus })),
    items: briefingItems,
    annex: [...annex.values()],
  };
  if (privateNotes) {
    const notes = noteBodies(db, 'meeting', meeting.id);
    if (notes.length > 0) note.meetingNotes = notes;
  }
  return note;
}

/**
 * The items asked for, in agenda order; all current items when none are named. An item taken off
 * the agenda is printed only when asked for by id. An id not on this meeting's agenda is refused
 * rather than silently dropped: the delegate would carry a note missing the item they wanted.
 */
function chosenItems(agenda: AgendaItem[], meetingId: string, wanted: string[] | undefined): AgendaItem[] {
  if (wanted === undefined) return agenda.filter((i) => !i.archived);
  const ids = new Set(wanted);
  const unknown = [...ids].filter((id) => !agenda.some((i) => i.id === id));
  if (unknown.length > 0) {
    throw new DeskError('not_found', `the meeting "${meetingId}" has no agenda item ${unknown.map((id) => `"${id}"`).join(', ')}`);
  }
  return agenda.filter((i) => ids.has(i.id));
}

/** The papers the items link, published or not, looked up in one query. */
function documentsOf(db: Store, items: AgendaItem[]): Map<string, BriefingDocumentRef> {
  const ids = [...new Set(items.flatMap((i) => i.documents.map((d) => d.id)))];
  const rows = db
    .prepare(
      `SELECT d.id, d.title, d.reference, coalesce(d.date_modified, d.date_published) AS date, d.url
       FROM json_each(?) w JOIN documents d ON d.id = w.value`,
    )
    .all(JSON.stringify(ids)) as { id: string; title: string; reference: string | null; date: string | null; url: string | null }[];
  const found = new Map(rows.map((r) => [r.id, r]));
  return new Map(
    ids.map((id) => {
      const row = found.get(id);
      // A paper the agenda names but the feed has not published yet: listed by its id.
      const ref: BriefingDocumentRef = row
        ? { id, title: row.title, reference: row.reference, date: row.date, url: safeUrl(row.url), available: true }
        : { id, title: id, reference: null, date: null, url: null, available: false };
      return [id, ref];
    }),
  );
}

function positionOf(db: Store, itemId: string): BriefingItem['position'] | undefined {
  const p = getPosition(db, itemId);
  if (!p || p.deletedAt !== null) return undefined;
  const speakingPoints = speakingPointsFromHtml(p.speakingPoints);
  const written = [p.lineToTake, p.redLines, p.fallback, p.background].some((t) => t.trim() !== '') || speakingPoints.length > 0;
  if (p.status === 'none' && !written) return undefined;
  return {
    status: p.status,
    lineToTake: p.lineToTake.trim(),
    speakingPoints,
    redLines: p.redLines.trim(),
    fallback: p.fallback.trim(),
    background: p.background.trim(),
    owner: p.owner.trim(),
    dueDate: p.dueDate,
  };
}

function briefingAnnotation(a: Annotation, ref: BriefingDocumentRef): BriefingAnnotation {
  return {
    documentId: a.documentId,
    documentTitle: a.documentTitle ?? ref.title,
    quote: a.exact,
    note: a.note.trim(),
    tags: a.tags,
    orphaned: a.anchor.status === 'orphaned',
    page: annotationPage(a),
  };
}

/**
 * The PDF page a highlight is on, printed beside it (issue 6): where the anchor places it in the
 * file's current version, or, when it no longer anchors, the page it was made on. Null for a
 * highlight in a paper's HTML text.
 */
export function annotationPage(a: Pick<Annotation, 'anchor' | 'file'>): number | null {
  if (!a.file) return null;
  if (a.anchor.status === 'anchored' && typeof a.anchor.page === 'number') return a.anchor.page;
  return a.file.page;
}

/**
 * The people to call about an item are those of whoever leads it. The feed's lead is free text:
 * an organisation ("ENISA", "CERT-EU", "BSI"), a person, or a country code. So a contact is
 * relevant when its organisation or name is the lead, or when the lead is a two-letter code and the
 * contact is of that country; ENISA and the Commission also match by their directory role. No
 * lead, no contacts: guessing from the title would print strangers.
 */
function contactsOfLead(directory: DirectoryEntry[], lead: string | null): BriefingContact[] {
  const wanted = fold(lead ?? '');
  if (wanted === '') return [];
  const role = wanted === 'enisa' ? 'enisa' : wanted === 'com' || wanted.startsWith('european commission') ? 'commission' : null;
  const country = /^[a-z]{2}$/.test(wanted) ? wanted.toUpperCase() : null;
  return directory
    .filter(
      ({ contact: c, organisation, name }) =>
        organisation === wanted || name === wanted || (country !== null && c.country === country) || (role !== null && c.roles.includes(role)),
    )
    .slice(0, MAX_CONTACTS_PER_ITEM)
    .map(({ contact: c }) => ({ name: c.name, organisation: c.organisation, country: c.country, roles: c.roles, email: c.email, phone: c.phone }));
}

interface DirectoryEntry {
  contact: Contact;
  organisation: string;
  name: string;
}

/** Each contact with its names folded once, not once per agenda item (a directory of 5,000 and a
 *  15-item agenda spent 45 ms folding). */
function directoryOf(contacts: Contact[]): DirectoryEntry[] {
  return contacts.map((contact) => ({ contact, organisation: fold(contact.organisation ?? ''), name: fold(contact.name) }));
}

function noteBodies(db: Store, subject: 'meeting' | 'agenda_item', id: string): string[] {
  return listNotes(db, subject, id)
    .map((n) => n.body.trim())
    .filter((b) => b !== '');
}

/** When the store last heard from any feed (a sync that applied changes or found none). */
function lastSyncAt(db: Store): string | null {
  const row = db
    .prepare(`SELECT max(last_synced_at) AS at FROM feed_subscriptions WHERE last_outcome IN ('applied', 'unchanged')`)
    .get() as { at: string | null };
  return row.at;
}

/** Links printed in a note are ones a reader may follow: web and mail only. */
function safeUrl(url: string | null): string | null {
  return url !== null && /^(?:https?:|mailto:)/i.test(url.trim()) ? url.trim() : null;
}

function nonBlank(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function fold(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const group = out.get(k);
    if (group) group.push(t);
    else out.set(k, [t]);
  }
  return out;
}

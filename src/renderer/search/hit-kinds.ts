// The kinds of thing search finds, as the page names and draws them: one list, in the order the
// facets show, shared by the Search page and the Ctrl+K search.
import {
  IconAddressBook,
  IconCalendarEvent,
  IconFileText,
  IconFileTypePdf,
  IconFlag,
  IconHighlight,
  IconListNumbers,
  IconNote,
  type Icon,
} from '@tabler/icons-react';
import type { SearchHit, SearchKind } from '../../api/types';

interface KindLook {
  label: string;
  plural: string;
  /** As a count says it in a sentence: "1 document", "3 pages inside PDFs". */
  one: string;
  many: string;
  icon: Icon;
  color: string;
}

// Colours whose light badges keep AA contrast in light mode (teal, green, yellow, orange do not).
export const HIT_KINDS: Record<SearchKind, KindLook> = {
  document: { label: 'Document', plural: 'Documents', one: 'document', many: 'documents', icon: IconFileText, color: 'indigo' },
  pdf_page: { label: 'In a PDF', plural: 'Inside PDFs', one: 'page inside a PDF', many: 'pages inside PDFs', icon: IconFileTypePdf, color: 'red' },
  meeting: { label: 'Meeting', plural: 'Meetings', one: 'meeting', many: 'meetings', icon: IconCalendarEvent, color: 'blue' },
  agenda_item: { label: 'Agenda item', plural: 'Agenda items', one: 'agenda item', many: 'agenda items', icon: IconListNumbers, color: 'cyan' },
  contact: { label: 'Contact', plural: 'Contacts', one: 'contact', many: 'contacts', icon: IconAddressBook, color: 'violet' },
  annotation: { label: 'Annotation', plural: 'Annotations', one: 'annotation', many: 'annotations', icon: IconHighlight, color: 'pink' },
  position: { label: 'Position', plural: 'Positions', one: 'position', many: 'positions', icon: IconFlag, color: 'grape' },
  note: { label: 'Note', plural: 'Notes', one: 'note', many: 'notes', icon: IconNote, color: 'gray' },
};

export const KIND_ORDER: SearchKind[] = ['document', 'pdf_page', 'meeting', 'agenda_item', 'contact', 'annotation', 'position', 'note'];

export function isSearchKind(value: string | null): value is SearchKind {
  return value !== null && (KIND_ORDER as string[]).includes(value);
}

/** What a result is, as its badge says: its kind, and for a hit inside a PDF the page it is on. */
export function hitLabel(hit: Pick<SearchHit, 'type' | 'pdf'>): string {
  const label = HIT_KINDS[hit.type].label;
  return hit.pdf ? `${label}, page ${hit.pdf.page}` : label;
}

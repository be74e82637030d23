// The briefing note of a meeting as data: built once from the store (build-note.ts), then
// rendered per format (HTML, Markdown, DOCX, PDF), so every format says the same thing. Every
// string here is plain text except `speakingPoints`, which is a list of points (the editor's
// rich text flattened to what every format can print: paragraphs and bullets, with emphasis).
import type { PositionStatus, Stance } from '../local-records/records';

export const BRIEFING_SECTIONS = ['background', 'position', 'tourDeTable', 'annotations', 'contacts', 'notes'] as const;
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number];

export const BRIEFING_FORMATS = ['docx', 'pdf', 'html', 'md'] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

export interface BriefingOptions {
  /** Agenda item ids to include, in agenda order; all when absent. */
  items?: string[];
  /** Sections to print per item; all when absent. */
  sections?: BriefingSection[];
  /** The delegate's private notes (on the meeting and its items); left out unless asked. */
  includePrivateNotes?: boolean;
  /** Printed in the header or footer of every page, e.g. a national classification marking. */
  marking?: string | null;
}

/** A run of text with emphasis, as the speaking points editor allows. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** http(s) or mailto only. */
  link?: string;
}

/** A speaking point: a paragraph or a list item (numbered or not), made of runs. */
export interface SpeakingPoint {
  kind: 'paragraph' | 'bullet' | 'numbered';
  runs: TextRun[];
}

export interface BriefingDocumentRef {
  id: string;
  title: string;
  reference: string | null;
  /** RFC 3339 or null. */
  date: string | null;
  url: string | null;
  available: boolean;
}

export interface BriefingAnnotation {
  documentId: string;
  documentTitle: string;
  quote: string;
  note: string;
  tags: string[];
  /** Orphaned annotations are printed with their quote, marked as no longer in the current text. */
  orphaned: boolean;
  /** The PDF page, for highlights made in a PDF (issue 6); null for HTML papers. */
  page: number | null;
}

export interface BriefingContact {
  name: string;
  organisation: string | null;
  country: string;
  roles: string[];
  email: string | null;
  phone: string | null;
}

export interface BriefingItem {
  id: string;
  number: string;
  title: string;
  purpose: string;
  lead: string | null;
  /** Present only when the section is chosen and has something to say (empty sections are left out). */
  background?: { description: string | null; documents: BriefingDocumentRef[] };
  position?: {
    status: PositionStatus;
    lineToTake: string;
    speakingPoints: SpeakingPoint[];
    redLines: string;
    fallback: string;
    /** The delegate's own background notes written with the position; '' when none. */
    background?: string;
    owner: string;
    dueDate: string | null;
  };
  tourDeTable?: {
    ownStance: Stance | null;
    statements: { speaker: string; speakerName: string; stance: Stance; comment: string }[];
    close: string[];
    opposed: string[];
    other: string[];
  };
  annotations?: BriefingAnnotation[];
  contacts?: BriefingContact[];
  notes?: string[];
}

export interface BriefingNote {
  meeting: {
    id: string;
    title: string;
    kind: string;
    startsAt: string;
    endsAt: string | null;
    location: string | null;
    format: string | null;
    chair: string | null;
  };
  /** The delegation's country (ISO code and English name), when set in Settings. */
  delegation: { code: string; name: string } | null;
  marking: string | null;
  generatedAt: string;
  /** When the store last synced successfully; null if never. */
  lastSyncAt: string | null;
  /** Every item chosen, for the overview table (number, title, purpose, lead, position status). */
  overview: { number: string; title: string; purpose: string; lead: string | null; positionStatus: PositionStatus }[];
  items: BriefingItem[];
  meetingNotes?: string[];
  /** Every document referenced by the chosen items, once each, in order of first mention. */
  annex: BriefingDocumentRef[];
}

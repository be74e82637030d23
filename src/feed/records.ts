// The records a feed page carries, after validation and normalisation: what the sync applies.
// Field names follow the store's columns, not the feed's, so the feed format can evolve without
// touching the store.
import type { DocumentType, TombstoneType } from './format';

/** The kinds of record a feed publishes, named as the store's tables. */
export const RECORD_KINDS = ['documents', 'meetings', 'agenda_items', 'contacts', 'work_streams'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Where each kind's records sit among a page's records (FeedPageRecords). */
export const RECORD_LIST = {
  documents: 'documents',
  meetings: 'meetings',
  agenda_items: 'agendaItems',
  contacts: 'contacts',
  work_streams: 'workStreams',
} as const;

/** A tombstone's `type` names one record; this is the kind (table) it belongs to. */
export const KIND_OF_TYPE: Record<TombstoneType, RecordKind> = {
  document: 'documents',
  meeting: 'meetings',
  agenda_item: 'agenda_items',
  contact: 'contacts',
  work_stream: 'work_streams',
};

export interface AttachmentRecord {
  url: string;
  mimeType: string;
  title: string | null;
  sizeInBytes: number | null;
  sha256: string | null;
}

export interface DocumentRecord {
  id: string;
  type: DocumentType;
  title: string;
  summary: string | null;
  url: string | null;
  reference: string | null;
  feedRevision: number | null;
  workStreamId: string | null;
  status: string | null;
  supersedes: string | null;
  language: string | null;
  tags: string[];
  datePublished: string | null;
  dateModified: string | null;
  /** As published: sanitized only when applied, and only when it changed. */
  contentHtml: string | null;
  contentText: string | null;
  attachments: AttachmentRecord[];
  /** Digest of the whole record, to skip records that did not change. */
  recordHash: string;
  /** Digest of the content alone: a new digest is a new revision. */
  contentHash: string;
  fingerprint: Fingerprint;
}

export interface MeetingRecord {
  id: string;
  title: string;
  description: string | null;
  kind: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  format: string | null;
  status: string | null;
  workStreamId: string | null;
  chair: string | null;
  updatedAt: string;
  recordHash: string;
  fingerprint: Fingerprint;
}

export interface AgendaItemRecord {
  id: string;
  meetingId: string;
  number: string;
  order: number;
  title: string;
  purpose: string;
  description: string | null;
  documentIds: string[];
  lead: string | null;
  updatedAt: string;
  recordHash: string;
  fingerprint: Fingerprint;
}

export interface ContactRecord {
  id: string;
  name: string;
  organisation: string | null;
  roles: string[];
  country: string;
  email: string | null;
  phone: string | null;
  url: string | null;
  updatedAt: string;
  recordHash: string;
  fingerprint: Fingerprint;
}

export interface WorkStreamRecord {
  id: string;
  title: string;
  lead: string | null;
  description: string | null;
  recordHash: string;
  fingerprint: Fingerprint;
}

/**
 * The SHA-256 of the record's bytes exactly as published, with nothing decoded: a later sync that
 * meets the same bytes on the same page knows the record without reading it again (page-slices.ts).
 * Null when the page had to be read whole.
 */
export type Fingerprint = string | null;

/**
 * One record a page publishes, known at least by its id: enough for the checks across pages
 * (no id twice, every agenda item's meeting present). `stored` is true when the record's bytes are
 * exactly those the store already applied, so the page's reading left it out of the records to write.
 */
export interface RecordClaim {
  kind: RecordKind;
  id: string;
  /** Its place in the page, e.g. `items[12]`. */
  path: string;
  meetingId: string | null;
  stored: boolean;
  /** For a record recognised by its fingerprint, what the store knows of it. */
  known?: KnownRecord;
}

/** A record the store holds exactly as a page published it, found by its fingerprint. */
export interface KnownRecord {
  kind: RecordKind;
  id: string;
  /** The page it was published on: a link in it was resolved against that page's URL. */
  pageUrl: string;
  fingerprint: string;
  recordHash: string;
  meetingId: string | null;
}

export interface TombstoneRecord {
  type: TombstoneType;
  id: string;
  deletedAt: string;
}

export interface FeedPageRecords {
  title: string;
  publisher: string | null;
  nextUrl: string | null;
  /** Every record on the page, in page order, whether or not it is among the records below. */
  claims: RecordClaim[];
  /** The records to write: all of them, or, read against the store, those whose bytes changed. */
  documents: DocumentRecord[];
  meetings: MeetingRecord[];
  agendaItems: AgendaItemRecord[];
  contacts: ContactRecord[];
  workStreams: WorkStreamRecord[];
  tombstones: TombstoneRecord[];
}

// The records a feed page carries, after validation and normalisation: what the sync applies.
// Field names follow the store's columns, not the feed's, so the feed format can evolve without
// touching the store.
import type { DocumentType, TombstoneType } from './format';

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
}

export interface WorkStreamRecord {
  id: string;
  title: string;
  lead: string | null;
  description: string | null;
  recordHash: string;
}

export interface TombstoneRecord {
  type: TombstoneType;
  id: string;
  deletedAt: string;
}

/** Where a record sits in its page, for messages that name the exact JSON path. */
export interface RecordPlace {
  page: number;
  path: string;
}

export interface FeedPageRecords {
  title: string;
  publisher: string | null;
  nextUrl: string | null;
  documents: DocumentRecord[];
  meetings: MeetingRecord[];
  agendaItems: AgendaItemRecord[];
  contacts: ContactRecord[];
  workStreams: WorkStreamRecord[];
  tombstones: TombstoneRecord[];
}

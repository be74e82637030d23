// What the API's calls return: plain data that crosses a process boundary as JSON (IPC or HTTP).
// These types stand alone, importing nothing but the local records' types (type-only, from their
// zod definitions), so the renderer can use them without pulling the Node core into the web bundle. The core's read functions are declared with these very types
// (library, meetings, contacts, search, sync, settings), so there is one definition of each and
// the core and the UI cannot drift apart.

import type { AnnotationRecord, LocalRecordType, PositionRecord, PositionStatus, Stance, StatementRecord } from '../local-records/records';
export type {
  AnnotationRecord, HighlightColor, LocalRecordType, NoteRecord, NoteSubject, PositionRecord, PositionStatus, Stance, StatementRecord,
} from '../local-records/records';

export type MeetingKind = 'plenary' | 'work_stream' | 'csirts_network' | 'workshop' | 'other';
export type SyncOutcome = 'applied' | 'unchanged' | 'rejected' | 'failed';
export type SearchKind = 'document' | 'meeting' | 'agenda_item' | 'contact' | 'annotation' | 'position' | 'note' | 'pdf_page';
/** The best match first, or the most recent first (src/search/search-order.ts). */
export type SearchOrder = 'relevance' | 'newest';
export type ThemeSetting = 'light' | 'dark' | 'auto';


/** Whether the delegate has read a paper: never opened, read as it is, or changed since read. */
export type ReadMark = 'unread' | 'read' | 'changed';

export interface AppInfo {
  version: string;
  mode: 'desktop' | 'browser';
  storePath: string;
  dataFolder: string;
  hasSample: boolean;
}

export interface DocumentSummary {
  id: string;
  title: string;
  type: string;
  reference: string | null;
  revision: number;
  datePublished: string | null;
  dateModified: string | null;
  archived: boolean;
  tags: string[];
  workStreamId: string | null;
  /** The work stream's title, when the feed published the work stream. */
  workStreamTitle: string | null;
  language: string | null;
  status: string | null;
  changedAt: string;
  readMark: ReadMark;
  /** The local revision (seq) the delegate last read, if any. */
  readRevision: number | null;
}

export interface Attachment {
  url: string;
  mimeType: string;
  title: string | null;
  sizeInBytes: number | null;
  sha256: string | null;
}

export interface DocumentDetail extends DocumentSummary {
  summary: string | null;
  url: string | null;
  supersedes: string | null;
  /** Cleaned at ingest with an allow-list; the renderer cleans it again before display. */
  contentHtml: string | null;
  contentText: string;
  revisions: { seq: number; feedRevision: number | null; receivedAt: string }[];
  attachments: Attachment[];
  meetings: { id: string; title: string; agendaItemId: string; number: string }[];
  /** The newest revision the delegate annotated, the other default base of a comparison. */
  lastAnnotatedRevision: number | null;
}

export interface MeetingSummary {
  id: string;
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  format: string | null;
  status: string | null;
  archived: boolean;
  agendaItems: number;
}

export interface AgendaItem {
  id: string;
  meetingId: string;
  number: string;
  title: string;
  purpose: string;
  description: string | null;
  lead: string | null;
  archived: boolean;
  documents: { id: string; title: string | null; available: boolean; readMark: ReadMark | null }[];
  positionStatus: PositionStatus;
}

export interface MeetingDetail extends MeetingSummary {
  description: string | null;
  chair: string | null;
  workStreamId: string | null;
  agenda: AgendaItem[];
  preparation: PreparationState;
}

/** How far the delegate's preparation of a meeting is. */
export interface PreparationState {
  items: number;
  /** Items whose position is past `none`. */
  withPosition: number;
  approved: number;
  /** Linked, published papers never opened, and opened but changed since. */
  unreadDocuments: number;
  changedDocuments: number;
}

export interface Contact {
  id: string;
  name: string;
  organisation: string | null;
  roles: string[];
  country: string;
  email: string | null;
  phone: string | null;
  url: string | null;
  archived: boolean;
}

export interface SearchHit {
  type: SearchKind;
  id: string;
  title: string;
  snippet: string;
  highlights: [number, number][];
  archived: boolean;
  parentId: string | null;
  /** The page that shows the hit: a position on its meeting, a note on its subject's page. */
  place: { type: 'document' | 'meeting' | 'contact'; id: string } | null;
  /**
   * What places the hit, beside its title: a paper's reference, a meeting's location, the meeting
   * of an agenda item or of a position, a contact's organisation and country. Null when none is known.
   */
  context: string | null;
  /**
   * When (ISO): a paper's publication, a meeting's start, the start of an agenda item's or a
   * position's meeting, when an annotation or a note was last written; what "newest first" sorts by.
   */
  date: string | null;
  /** A hit inside a PDF (type 'pdf_page'): which attachment and page, so a click opens it there. */
  pdf?: { url: string; sha256: string; page: number } | null;
}

/** Text left unsaved by a window that went down, offered back (src/recovery/kept-writing.ts). */
/** A position on an earlier meeting's agenda item that discussed some of the same papers (src/meetings/carry-over.ts). */
export interface EarlierPosition {
  agendaItemId: string;
  number: string;
  title: string;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  /** How many of this item's papers that item had too. */
  sharedPapers: number;
  position: PositionRecord;
}

/** What a speaker said on the latest earlier meeting's item with some of the same papers (src/meetings/carry-over.ts). */
export interface EarlierStatement {
  speaker: string;
  stance: Stance;
  comment: string;
  agendaItemId: string;
  number: string;
  meetingTitle: string;
  meetingStartsAt: string;
}

export interface KeptWriting {
  /** Where it was being written, as the window named it ("note-new:meeting:<id>", "annotation:<id>"...). */
  place: string;
  /** The same, in words: "A new note on “NIS Cooperation Group plenary”". */
  label: string;
  body: string;
  updatedAt: string;
  /** The page to go back to it; null when what it was on is gone. */
  opens: { type: 'document' | 'meeting' | 'contact'; id: string } | null;
}

/** How many records of each kind a search finds, all of them; kinds with none are left out. */
export type SearchCounts = Partial<Record<SearchKind, number>>;

export interface KindCounts {
  added: number;
  updated: number;
  unchanged: number;
  deleted: number;
  archived: number;
}

export interface SyncCounts {
  documents: KindCounts;
  meetings: KindCounts;
  agenda_items: KindCounts;
  contacts: KindCounts;
  work_streams: KindCounts;
}

export interface SyncResult {
  status: SyncOutcome;
  source: string;
  subscriptionId: number | null;
  counts: SyncCounts;
  pages: number;
  bytes: number;
  durationMs: number;
  error?: string;
}

export interface SyncRun {
  id: number;
  startedAt: string;
  finishedAt: string;
  source: string;
  subscriptionId: number | null;
  outcome: SyncOutcome;
  counts: SyncCounts | Record<string, never>;
  pages: number;
  bytes: number;
  durationMs: number;
  error: string | null;
}

export interface SyncStatus {
  running: boolean;
  /** The feed being synced and how far it got, while running. */
  progress: { source: string; phase: 'fetching' | 'applying'; page: number; bytes: number } | null;
  lastRun: SyncRun | null;
  /** When the scheduled sync runs next, if one is scheduled. */
  nextScheduledAt: string | null;
}

/** Which attachments a sync keeps on the device (see migration 6). */
export type AttachmentPolicy = 'upcoming' | 'all' | 'on_open' | 'never';

export interface Feed {
  id: number;
  url: string;
  publicKey: string | null;
  attachmentPolicy: AttachmentPolicy;
  /** The most the 'upcoming' policy stores for this feed, in bytes. */
  attachmentBudgetBytes: number;
  title: string | null;
  isSample: boolean;
  addedAt: string;
  lastSyncedAt: string | null;
  lastOutcome: string | null;
  lastError: string | null;
}

export interface Settings {
  /** ISO 3166-1 alpha-2 code of the delegate's own Member State, or null before it is chosen. */
  delegationCountry: string | null;
  theme: ThemeSetting;
  /** Minutes between scheduled syncs while the app runs; 0 turns scheduled syncs off. */
  syncIntervalMinutes: number;
}

export interface MeetingPreparation {
  meeting: MeetingSummary;
  /** Linked papers that are published, and how many of them changed since the last sync. */
  documents: number;
  unavailableDocuments: number;
  state: PreparationState;
}

export interface Dashboard {
  nextMeetings: MeetingPreparation[];
  /** Papers added or changed by the most recent syncs, newest first. */
  changedDocuments: DocumentSummary[];
  lastSync: SyncRun | null;
  counts: { documents: number; meetings: number; contacts: number };
}

/** Where an annotation sits in the current revision of its paper, worked out from its selectors. */
export interface Anchor {
  revision: number;
  /** For an annotation in a PDF: the version of the file (sha256) and the page it sits on now. */
  sha256?: string | null;
  page?: number | null;
  status: 'anchored' | 'orphaned';
  start: number | null;
  end: number | null;
  /** Its recorded position still held, the quote was found as is, or found with a few differences. */
  method: 'position' | 'exact' | 'fuzzy' | null;
}

export interface Annotation extends AnnotationRecord {
  anchor: Anchor;
  documentTitle: string | null;
  /** False while the paper is not in the store (e.g. imported from a pack before a sync). */
  documentAvailable: boolean;
}

export interface RevisionRef {
  seq: number;
  feedRevision: number | null;
  receivedAt: string;
}

export interface DocumentComparison {
  documentId: string;
  from: RevisionRef;
  to: RevisionRef;
  /** The text of `to`, cut into runs the same as, added since, or removed since `from`. */
  parts: { kind: 'same' | 'added' | 'removed'; text: string }[];
  addedWords: number;
  removedWords: number;
}

export interface ReadState {
  documentId: string;
  revision: number | null;
  readAt: string | null;
  readMark: ReadMark;
}

export type { PositionDraft } from '../positions/drafts';

export interface PositionVersion {
  versionId: number;
  savedAt: string;
  origin: 'saved' | 'imported' | 'kept_from_import';
  record: PositionRecord;
}

export interface PositionOverviewRow {
  position: PositionRecord;
  /** Null fields when the item is not in the store (the record waits for it). */
  item: { id: string; number: string | null; title: string | null; available: boolean };
  meeting: { id: string; title: string; startsAt: string } | null;
}

export interface TourDeTable {
  agendaItemId: string;
  statements: StatementRecord[];
  /** The delegation's own country (from the settings), whose statement is the national line. */
  ownSpeaker: string | null;
  summary: {
    ownStance: Stance | null;
    /** Same stance as ours (reservations of either kind count as one). */
    close: string[];
    /** Support against our against, or the reverse. */
    opposed: string[];
    /** Everyone else who spoke. */
    other: string[];
  };
}

export interface PackCounts {
  annotations: number;
  positions: number;
  statements: number;
  notes: number;
  versions: number;
}

/** One automatic backup of the delegate's work (src/backups). */
export interface BackupFile {
  /** e.g. delegate-desk-work-2026-12-06T08-20-00Z.json */
  fileName: string;
  /** When it was made (RFC 3339, UTC). */
  madeAt: string;
  bytes: number;
}

export interface Backups {
  /** Where they are, to find them without the app. */
  folder: string;
  /** The newest first. */
  backups: BackupFile[];
  /** How many are kept, the newest. */
  kept: number;
  /** Why the last backup made on its own failed, if it did. */
  problem: string | null;
}

/** A backup asked for: the one made, or why none was needed. */
export type BackupMade = { made: BackupFile } | { made: null; why: 'nothing to back up' | 'unchanged since the last backup' };

export interface PackExport {
  /** A suggested file name, e.g. delegate-desk-pack-mtg-2027-02-plenary-2026-11-27.json. */
  fileName: string;
  content: string;
  counts: PackCounts;
}

export interface PackImportReport {
  /** False for a dry run: the report says what an import would do. */
  applied: boolean;
  byType: Record<LocalRecordType, { added: number; updated: number; left: number }>;
  /** States kept in the history: the losing side of each merge, and the pack's own history. */
  versionsAdded: number;
  changes: { type: LocalRecordType; id: string; outcome: 'added' | 'updated' | 'left'; label: string }[];
  /**
   * Records pointing at a paper, agenda item, meeting or contact not in the store: imported, shown
   * as unavailable. refersTo is its kind and id: "document cg-…", "agenda item ai-…", "meeting …", "contact …".
   */
  waiting: { type: LocalRecordType; id: string; refersTo: string }[];
}

/** A file made by an export (calendar, contacts, annotations): the UI downloads it, the CLI writes it. */
export interface ExportedFile {
  /** A suggested name: letters, digits, dot, dash and underscore only. */
  fileName: string;
  mimeType: string;
  content: string;
}

/** The briefing note as the in-app preview shows it: one self-contained HTML page. */
export interface BriefingPreview {
  html: string;
}

/** A briefing note file (DOCX and PDF are binary, so the bytes travel as base64). */
export interface BriefingExport {
  /** A suggested name, e.g. briefing-mtg-2027-02-plenary-2027-02-10.docx. */
  fileName: string;
  mimeType: string;
  base64: string;
}

/** Every call answers with this: a value, or an error a person can read. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

// The papers themselves (issue 6).

/** Where the local copy of one attachment stands. 'absent': never fetched (or the policy skips it). */
export type CopyState = 'absent' | 'queued' | 'downloading' | 'stored' | 'failed' | 'removed';

export interface AttachmentCopy extends Attachment {
  documentId: string;
  state: CopyState;
  /** The stored file's sha256, while stored. */
  storedSha256: string | null;
  /** Where the renderer reads the stored bytes: `files/<sha256>`, relative to the app's origin. */
  localUrl: string | null;
  bytesReceived: number;
  bytesTotal: number | null;
  /** Why the last attempt failed, in a delegate's words. */
  error: string | null;
  /** When the next automatic attempt is due, after a failure. */
  nextAttemptAt: string | null;
  /** The text of a stored PDF: extracted (with its page count), waiting, or why it could not be read. */
  text: { status: 'pending' | 'extracted' | 'failed'; pageCount: number | null; error: string | null } | null;
}

export interface DownloadsStatus {
  /** Attachments waiting or downloading, and how far the whole batch is. */
  pending: number;
  failed: number;
  bytesReceived: number;
  bytesTotal: number;
  current: { documentId: string; url: string; title: string | null; bytesReceived: number; bytesTotal: number | null } | null;
  /** PDFs whose text is waiting to be extracted. */
  extracting: number;
}

/** A stored PDF's text by page, as the core extracted it (src/pdf/pdf-text.ts). */
export interface PdfText {
  sha256: string;
  pages: string[];
}

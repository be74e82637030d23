// What the API's calls return: plain data that crosses a process boundary as JSON (IPC or HTTP).
// These types stand alone, importing nothing, so the renderer can use them without pulling the
// Node core into the web bundle. The core's read functions are declared with these very types
// (library, meetings, contacts, search, sync, settings), so there is one definition of each and
// the core and the UI cannot drift apart.

export type MeetingKind = 'plenary' | 'work_stream' | 'csirts_network' | 'workshop' | 'other';
export type SyncOutcome = 'applied' | 'unchanged' | 'rejected' | 'failed';
export type SearchKind = 'document' | 'meeting' | 'agenda_item' | 'contact' | 'annotation' | 'position' | 'note';
export type ThemeSetting = 'light' | 'dark' | 'auto';

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
  documents: { id: string; title: string | null; available: boolean }[];
}

export interface MeetingDetail extends MeetingSummary {
  description: string | null;
  chair: string | null;
  workStreamId: string | null;
  agenda: AgendaItem[];
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
}

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

export interface Feed {
  id: number;
  url: string;
  publicKey: string | null;
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
}

export interface Dashboard {
  nextMeetings: MeetingPreparation[];
  /** Papers added or changed by the most recent syncs, newest first. */
  changedDocuments: DocumentSummary[];
  lastSync: SyncRun | null;
  counts: { documents: number; meetings: number; contacts: number };
}

/** Every call answers with this: a value, or an error a person can read. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

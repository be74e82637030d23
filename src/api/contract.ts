// The API between the UI and the core: every call the UI can make, with the schema its input is
// validated against at the boundary and the type of its result. This is the one list: the
// Electron main process registers exactly these on ipcMain, the preload exposes exactly these on
// `window.delegateDesk`, and the browser host routes exactly these (a test proves the three sets
// are equal). Add a call here first; the type checker then points at every place to fill in.
import { z } from 'zod';
import { keptPlace, MAX_KEPT_LENGTH } from '../recovery/kept-place';
import type * as T from './types';
import { annotationRecord, NOTE_SUBJECTS, noteRecord, POSITION_STATUSES, positionFields, statementRecord } from '../local-records/records';
import { BRIEFING_FORMATS, BRIEFING_SECTIONS } from '../briefing/model';
import { SEARCH_ORDERS } from '../search/search-order';
import { MOST_RESULTS } from '../search/result-limit';

/** A call: the schema of its input, and (as a type only) what it returns. */
export interface Call<I extends z.ZodType, O> {
  input: I;
  /** Never set: carries the result type for the compiler. */
  output?: O;
}

function call<O>() {
  return <I extends z.ZodType>(input: I): Call<I, O> => ({ input });
}

const none = z.object({}).strict();
const id = z.string().min(1).max(200);
/** One window's run, as it names itself (a random UUID): whose unsaved writing is whose. */
const windowSession = z.string().min(8).max(100);
const revision = z.number().int().min(1);
/** A selection in a paper's plain text: the W3C TextQuoteSelector and TextPositionSelector. */
const selection = annotationRecord
  .pick({ revision: true, exact: true, prefix: true, suffix: true, file: true })
  .extend({ start: z.number().int().min(0), end: z.number().int().min(1) });
const annotationEdit = annotationRecord.pick({ note: true, color: true, tags: true }).partial();
/** What goes into a briefing note: which items and sections, private notes or not, the marking. */
const briefingOptions = z
  .object({
    items: z.array(id).max(1000).optional(),
    sections: z.array(z.enum(BRIEFING_SECTIONS)).max(BRIEFING_SECTIONS.length).optional(),
    includePrivateNotes: z.boolean().optional(),
    marking: z.string().max(200, { error: 'a marking is at most 200 characters' }).nullable().optional(),
  })
  .strict();
const searchKinds = z.enum(['document', 'meeting', 'agenda_item', 'contact', 'annotation', 'position', 'note', 'pdf_page']);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'a sha256 is 64 lowercase hex digits' });
const attachmentRef = z.object({ documentId: id, url: z.string().min(1).max(4096) }).strict();

export const CONTRACT = {
  'app.info': call<T.AppInfo>()(none),
  'dashboard.get': call<T.Dashboard>()(none),

  'meetings.list': call<T.MeetingSummary[]>()(z.object({ includeArchived: z.boolean().optional() }).strict()),
  'meetings.get': call<T.MeetingDetail>()(z.object({ id }).strict()),

  'documents.list': call<T.DocumentSummary[]>()(
    z.object({ includeArchived: z.boolean().optional(), meetingId: id.optional() }).strict(),
  ),
  'documents.get': call<T.DocumentDetail>()(z.object({ id }).strict()),

  'contacts.list': call<T.Contact[]>()(z.object({ includeArchived: z.boolean().optional() }).strict()),

  search: call<T.SearchHit[]>()(
    z
      .object({
        query: z.string().max(1000),
        types: z.array(searchKinds).max(8).optional(),
        limit: z.number().int().min(1).max(MOST_RESULTS).optional(),
        includeArchived: z.boolean().optional(),
        order: z.enum(SEARCH_ORDERS).optional(),
      })
      .strict(),
  ),
  'search.counts': call<T.SearchCounts>()(
    z.object({ query: z.string().max(1000), includeArchived: z.boolean().optional() }).strict(),
  ),
  /** For a search that found nothing: the same words with the misspelt ones corrected, or null. */
  'search.suggest': call<string | null>()(z.object({ query: z.string().max(1000) }).strict()),

  'feeds.list': call<T.Feed[]>()(none),
  'feeds.add': call<T.Feed>()(
    z
      .object({
        url: z.url({ protocol: /^https?$/, error: 'a feed address starts with https:// (or http://)' }).max(2048),
        publicKey: z.string().max(4096).optional(),
      })
      .strict(),
  ),
  'feeds.remove': call<null>()(z.object({ id: z.number().int().positive() }).strict()),
  /** Which attachments a sync of this feed keeps on the device. */
  'feeds.setAttachmentPolicy': call<T.Feed>()(
    z
      .object({
        id: z.number().int().positive(),
        policy: z.enum(['upcoming', 'all', 'on_open', 'never']),
        budgetBytes: z.number().int().min(0).max(1024 ** 4).optional(),
      })
      .strict(),
  ),

  /** Syncs one feed, or every feed; resolves when done. Progress comes from sync.status. */
  'sync.run': call<T.SyncResult[]>()(z.object({ feedId: z.number().int().positive().optional() }).strict()),
  'sync.status': call<T.SyncStatus>()(none),
  'sync.log': call<T.SyncRun[]>()(z.object({ limit: z.number().int().min(1).max(500).optional() }).strict()),

  'settings.get': call<T.Settings>()(none),
  'settings.update': call<T.Settings>()(
    z
      .object({
        delegationCountry: z
          .string()
          .regex(/^[A-Z]{2}$/, { error: 'a country is a two-letter code, e.g. FR' })
          .nullable()
          .optional(),
        theme: z.enum(['light', 'dark', 'auto']).optional(),
        syncIntervalMinutes: z.number().int().min(0).max(24 * 60).optional(),
      })
      .strict(),
  ),

  'sample.remove': call<T.SyncCounts>()(none),

  // The delegate's own work (issue 4). None of it ever leaves the device except in a pack the
  // delegate exports.
  'annotations.list': call<T.Annotation[]>()(
    z.object({ documentId: id.optional(), meetingId: id.optional(), includeDeleted: z.boolean().optional() }).strict(),
  ),
  'annotations.create': call<T.Annotation>()(selection.extend({ documentId: id }).extend(annotationEdit.shape).strict()),
  'annotations.update': call<T.Annotation>()(annotationEdit.extend({ id }).strict()),
  'annotations.delete': call<T.Annotation>()(z.object({ id }).strict()),
  /** Undoes a delete. */
  'annotations.restore': call<T.Annotation>()(z.object({ id }).strict()),
  /** Places an orphaned (or misplaced) annotation on a new selection; its note and tags stay. */
  'annotations.reattach': call<T.Annotation>()(selection.extend({ id }).strict()),

  'documents.compare': call<T.DocumentComparison>()(z.object({ id, from: revision, to: revision }).strict()),
  /** Marks the current revision read (opening a paper does this), or the paper unread. */
  'documents.markRead': call<T.ReadState>()(z.object({ id, read: z.boolean() }).strict()),

  /** Null when no position was ever saved for the item. */
  'positions.get': call<T.PositionRecord | null>()(z.object({ agendaItemId: id }).strict()),
  /**
   * Saves the whole position as a new version. `expectedUpdatedAt` is the version the editor
   * started from: when another window saved since, the save is refused rather than overwriting.
   */
  'positions.save': call<T.PositionRecord>()(
    positionFields.extend({ agendaItemId: id, expectedUpdatedAt: z.string().max(40).nullable().optional() }).strict(),
  ),
  /** What is being written in the position and not saved yet (positions/drafts.ts), or null. */
  'positions.getDraft': call<T.PositionDraft | null>()(z.object({ agendaItemId: id }).strict()),
  'positions.keepDraft': call<null>()(
    z.object({ agendaItemId: id, fields: positionFields.strict(), baseUpdatedAt: z.string().max(40).nullable() }).strict(),
  ),
  'positions.dropDraft': call<null>()(z.object({ agendaItemId: id }).strict()),

  // Unsaved writing outside positions, kept in case the window goes down (src/recovery).
  'writing.keep': call<null>()(
    z.object({ place: keptPlace, session: windowSession, body: z.string().max(MAX_KEPT_LENGTH) }).strict(),
  ),
  'writing.drop': call<null>()(z.object({ place: keptPlace }).strict()),
  /** What windows no longer open left: `openWindows` are the sessions of every window open now, this one's included. */
  'writing.recovered': call<T.KeptWriting[]>()(z.object({ openWindows: z.array(windowSession).min(1).max(100) }).strict()),
  'positions.versions': call<T.PositionVersion[]>()(z.object({ agendaItemId: id }).strict()),
  /** Positions on earlier meetings' items with some of the same papers: where a new one can start from. */
  'positions.earlier': call<T.EarlierPosition[]>()(z.object({ agendaItemId: id }).strict()),
  'positions.restore': call<T.PositionRecord>()(z.object({ agendaItemId: id, versionId: z.number().int().positive() }).strict()),
  'positions.list': call<T.PositionOverviewRow[]>()(
    z.object({ meetingId: id.optional(), statuses: z.array(z.enum(POSITION_STATUSES)).max(4).optional() }).strict(),
  ),

  'tourDeTable.get': call<T.TourDeTable>()(z.object({ agendaItemId: id }).strict()),
  /** Each speaker's stance on the latest earlier meeting's item with some of the same papers: where they stood last time. */
  'tourDeTable.earlier': call<T.EarlierStatement[]>()(z.object({ agendaItemId: id }).strict()),
  'tourDeTable.record': call<T.StatementRecord>()(
    statementRecord.pick({ agendaItemId: true, speaker: true, stance: true }).extend({ comment: statementRecord.shape.comment.optional() }).strict(),
  ),
  'tourDeTable.remove': call<null>()(statementRecord.pick({ agendaItemId: true, speaker: true }).strict()),

  'notes.list': call<T.NoteRecord[]>()(z.object({ subjectType: z.enum(NOTE_SUBJECTS), subjectId: id }).strict()),
  /** Creates a note (no id) or saves one. */
  'notes.save': call<T.NoteRecord>()(noteRecord.pick({ subjectType: true, subjectId: true, body: true }).extend({ id: id.optional() }).strict()),
  'notes.delete': call<T.NoteRecord>()(z.object({ id }).strict()),
  'notes.restore': call<T.NoteRecord>()(z.object({ id }).strict()),

  /** All the delegate's work, or one meeting's, as a pack (docs/pack-format.md). */
  'packs.export': call<T.PackExport>()(z.object({ meetingId: id.optional() }).strict()),
  /** Merges a pack; with dryRun, only reports what it would do. */
  'packs.import': call<T.PackImportReport>()(
    z.object({ content: z.string().max(50 * 1024 * 1024), dryRun: z.boolean().optional() }).strict(),
  ),

  // The work backed up on its own (src/backups), and restored through packs.import.
  /** The backups kept, where they are, and whether the last automatic one failed. */
  'backups.list': call<T.Backups>()(none),
  /** Backs the work up now, if it changed since the newest backup. */
  'backups.make': call<T.BackupMade>()(none),
  /** One backup's content, by the name `backups.list` gives. */
  'backups.read': call<string>()(z.object({ fileName: z.string().min(1).max(100) }).strict()),

  // Files for other programs (issue 5 §4): a calendar, an address book, a report.
  /** One meeting, or every meeting not yet over, as iCalendar. */
  'exports.ics': call<T.ExportedFile>()(z.object({ meetingId: id.optional() }).strict()),
  /** Contacts as vCard 4.0: all, a country or role, or exactly the ids the directory shows. */
  'exports.vcard': call<T.ExportedFile>()(
    z
      .object({
        country: z.string().regex(/^[A-Za-z]{2}$/, { error: 'a country is a two-letter code, e.g. FR' }).optional(),
        role: z.string().min(1).max(60).optional(),
        ids: z.array(id).max(100_000).optional(),
      })
      .strict(),
  ),
  /** A paper's annotations as Markdown. */
  'exports.annotations': call<T.ExportedFile>()(z.object({ documentId: id }).strict()),

  // The papers themselves (issue 6): attachments kept offline, and the text of stored PDFs.
  /** Every attachment of a paper (or of every paper) with the state of its local copy. */
  'attachments.list': call<T.AttachmentCopy[]>()(z.object({ documentId: id.optional() }).strict()),
  /** Queues the download now (whatever the policy); resolves once queued. Progress: attachments.status. */
  'attachments.download': call<T.AttachmentCopy>()(attachmentRef),
  /** Deletes the local copy; the text stays indexed, and no policy fetches it again by itself. */
  'attachments.remove': call<T.AttachmentCopy>()(attachmentRef),
  'attachments.status': call<T.DownloadsStatus>()(none),
  /** The text of a stored PDF by page: what annotation selectors and search results count in. */
  'attachments.text': call<T.PdfText>()(z.object({ sha256 }).strict()),

  // The briefing note of a meeting (issue 5 §1-2): the preview's HTML, and the file in a format.
  'briefing.preview': call<T.BriefingPreview>()(z.object({ meetingId: id, options: briefingOptions.optional() }).strict()),
  'briefing.export': call<T.BriefingExport>()(
    z.object({ meetingId: id, format: z.enum(BRIEFING_FORMATS), options: briefingOptions.optional() }).strict(),
  ),
} as const;

export type Contract = typeof CONTRACT;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.keys(CONTRACT) as CallName[];

export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallOutput<N extends CallName> = Exclude<Contract[N]['output'], undefined>;

/** The API as the renderer sees it: one async function per call, each answering a Result. */
export type DeskApi = { [N in CallName]: (input: CallInput<N>) => Promise<T.Result<CallOutput<N>>> };

/** Names as IPC channels: namespaced, so nothing else on ipcMain can collide with them. */
export function channelOf(name: CallName): string {
  return `desk:${name}`;
}

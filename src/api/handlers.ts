// What each call of the contract does, on a running desk. The compiler checks every handler
// against the contract: a call added there and not here does not build.
import type { Desk } from '../desk/desk';
import { DeskError } from '../desk-error';
import type { Handlers } from './dispatch';
import { hasSample, removeSample } from '../sample/sample-feed';
import { getDocument, listDocuments } from '../library/documents';
import { compareRevisions } from '../library/compare';
import { markRead } from '../library/read-state';
import { getMeeting, listMeetings } from '../meetings/meetings';
import { listContacts } from '../contacts/contacts';
import { search } from '../search/search';
import { countMatches } from '../search/search-counts';
import { suggestSpelling } from '../search/spelling';
import { dropWriting, keepWriting, recoveredWriting } from '../recovery/kept-writing';
import { listSubscriptions, removeSubscription, saveSubscription, setAttachmentPolicy, sourceUrl } from '../sync/subscriptions';
import { listCopies } from '../attachments/copies';
import { listSyncRuns } from '../sync/sync-log';
import { readSettings, updateSettings } from '../settings/settings';
import { dashboard } from '../dashboard/dashboard';
import {
  createAnnotation, deleteAnnotation, listAnnotations, reattachAnnotation, restoreAnnotation, updateAnnotation,
} from '../annotations/annotations';
import { getPosition, positionVersions, restorePosition, savePosition } from '../positions/positions';
import { earlierPositions, earlierStatements } from '../meetings/carry-over';
import { dropPositionDraft, keepPositionDraft, readPositionDraft } from '../positions/drafts';
import { listPositions } from '../positions/overview';
import { getTourDeTable, recordStatement, removeStatement } from '../tour-de-table/tour-de-table';
import { deleteNote, listNotes, restoreNote, saveNote } from '../notes/notes';
import { exportPack } from '../packs/export';
import { importPack } from '../packs/import';
import { readBackup } from '../backups/work-backups';
import { exportCalendar } from '../exports/ics';
import { exportContacts } from '../exports/vcard';
import { exportAnnotations } from '../exports/annotations-markdown';
import { exportBriefing, previewBriefing } from '../briefing/export-briefing';
import { readPdfText } from '../pdf/store-text';

export function createHandlers(desk: Desk): Handlers {
  const db = desk.db;
  return {
    'app.info': () => ({
      version: desk.options.version,
      mode: desk.options.mode,
      storePath: desk.options.storePath,
      dataFolder: desk.dataFolder,
      hasSample: hasSample(db),
    }),
    'dashboard.get': () => dashboard(db),
    'meetings.list': (input) => listMeetings(db, input),
    'meetings.get': (input) => getMeeting(db, input.id),
    'documents.list': (input) => listDocuments(db, input),
    'documents.get': (input) => {
      const document = getDocument(db, input.id);
      // Opening a paper is when an 'on_open' feed fetches its attachments.
      desk.downloads.documentOpened(input.id);
      return document;
    },
    'contacts.list': (input) => listContacts(db, input),
    search: (input) => search(db, input.query, input),
    'search.counts': (input) => countMatches(db, input.query, input),
    'search.suggest': (input) => suggestSpelling(db, input.query),
    'feeds.list': () => listSubscriptions(db),
    'feeds.add': (input) => saveSubscription(db, sourceUrl(input.url), { publicKey: input.publicKey ?? null }),
    'feeds.remove': (input) => {
      removeSubscription(db, input.id);
      return null;
    },
    'feeds.setAttachmentPolicy': (input) => {
      const feed = setAttachmentPolicy(db, input.id, input.policy, input.budgetBytes);
      desk.downloads.start();
      return feed;
    },
    'sync.run': (input) => desk.sync(input.feedId),
    'sync.status': () => desk.status(),
    'sync.log': (input) => listSyncRuns(db, input.limit),
    'settings.get': () => readSettings(db),
    'settings.update': (input) => {
      const settings = updateSettings(db, input);
      desk.scheduler.reschedule();
      return settings;
    },
    'sample.remove': () => removeSample(db),

    'annotations.list': (input) => listAnnotations(db, input),
    'annotations.create': (input) => createAnnotation(db, input),
    'annotations.update': (input) => updateAnnotation(db, input),
    'annotations.delete': (input) => deleteAnnotation(db, input.id),
    'annotations.restore': (input) => restoreAnnotation(db, input.id),
    'annotations.reattach': (input) => reattachAnnotation(db, input),
    'documents.compare': (input) => compareRevisions(db, input.id, input.from, input.to),
    'documents.markRead': (input) => markRead(db, input.id, input.read),
    'positions.get': (input) => getPosition(db, input.agendaItemId),
    'positions.save': (input) => savePosition(db, input),
    'positions.getDraft': (input) => readPositionDraft(db, input.agendaItemId),
    'positions.keepDraft': (input) => keepPositionDraft(db, input),
    'positions.dropDraft': (input) => dropPositionDraft(db, input.agendaItemId),
    'writing.keep': (input) => keepWriting(db, input),
    'writing.drop': (input) => dropWriting(db, input.place),
    'writing.recovered': (input) => recoveredWriting(db, input.openWindows),
    'positions.versions': (input) => positionVersions(db, input.agendaItemId),
    'positions.earlier': (input) => earlierPositions(db, input.agendaItemId),
    'positions.restore': (input) => restorePosition(db, input.agendaItemId, input.versionId),
    'positions.list': (input) => listPositions(db, input),
    'tourDeTable.get': (input) => getTourDeTable(db, input.agendaItemId),
    'tourDeTable.earlier': (input) => earlierStatements(db, input.agendaItemId),
    'tourDeTable.record': (input) => recordStatement(db, input),
    'tourDeTable.remove': (input) => {
      removeStatement(db, input);
      return null;
    },
    'notes.list': (input) => listNotes(db, input.subjectType, input.subjectId),
    'notes.save': (input) => saveNote(db, input),
    'notes.delete': (input) => deleteNote(db, input.id),
    'notes.restore': (input) => restoreNote(db, input.id),
    'packs.export': (input) => exportPack(db, { meetingId: input.meetingId, app: { name: 'Delegate Desk', version: desk.options.version } }),
    'packs.import': (input) => importPack(db, input.content, { dryRun: input.dryRun }),
    'backups.list': () => desk.backups.list(),
    'backups.make': () => desk.backups.now(),
    'backups.read': (input) => readBackup(desk.backups.folder, input.fileName),
    'exports.ics': (input) => exportCalendar(db, { meetingId: input.meetingId }),
    'exports.vcard': (input) => exportContacts(db, input),
    'exports.annotations': (input) => exportAnnotations(db, input.documentId),
    'attachments.list': (input) => listCopies(db, input.documentId),
    'attachments.download': (input) => desk.downloads.downloadNow(input),
    'attachments.remove': (input) => desk.downloads.remove(input),
    'attachments.status': () => ({ ...desk.downloads.status(), extracting: desk.texts.pending() }),
    'attachments.text': (input) => readPdfText(db, input.sha256),
    'briefing.preview': (input) => previewBriefing(db, input.meetingId, input.options),
    'briefing.export': async (input) => {
      const file = await exportBriefing(db, input.meetingId, input.format, input.options);
      return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
    },
  };
}

// Stubs of issue 6's calls while they are being built.
function notYet(): never {
  throw new DeskError('failed', 'Not built yet');
}

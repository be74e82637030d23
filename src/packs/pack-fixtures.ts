// Stores for the pack tests: two meetings synced from a small feed, and the delegate's records
// written through the one write path (writeRecord), each save kept as a version.
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { positionId, statementId, type LocalRecordOf, type LocalRecordType } from '../local-records/records';
import { writeRecord } from '../local-records/tables';
import { PACK_FORMAT, type Pack } from './format';
import { agendaItem, contact, doc, meeting, page, tempDir, writeFeed } from '../../tests/support/feed-pages';

export const T1 = '2026-11-02T08:00:00.000Z';
export const T2 = '2026-11-03T08:00:00.000Z';
export const T3 = '2026-11-04T08:00:00.000Z';
export const APP = { name: 'Delegate Desk', version: 'test' };

/**
 * m1 has items a1 (paper d1) and a2; m2 has item b1 (paper d2); c1 is a contact. Papers d1 and d2
 * read "The text of paper dN about incident notification."
 */
export async function storeWithMeetings(path = ':memory:'): Promise<Store> {
  const db = openStore(path);
  const feed = writeFeed(tempDir('dd-pack-'), [
    page([doc('d1'), doc('d2')], {
      meetings: [meeting('m1', { title: 'Plenary February' }), meeting('m2', { title: 'Work stream March' })],
      agenda_items: [
        agendaItem('a1', 'm1', { title: 'Incident notification', document_ids: ['d1'] }),
        agendaItem('a2', 'm1', { number: '2', order: 2, title: 'Any other business' }),
        agendaItem('b1', 'm2', { title: 'Supply chain', document_ids: ['d2'] }),
      ],
      contacts: [contact('c1', { name: 'CERT-FR' })],
    }),
  ]);
  const result = await syncSource(db, feed);
  if (result.status !== 'applied') throw new Error(`fixture feed not applied: ${result.error}`);
  return db;
}

const stamps = (at: string) => ({ createdAt: T1, updatedAt: at, deletedAt: null });

export function annotation(id: string, documentId: string, at = T1, extra: Partial<LocalRecordOf['annotation']> = {}): LocalRecordOf['annotation'] {
  const exact = `paper ${documentId}`;
  return {
    id, documentId, revision: 1, exact, prefix: 'The text of ', suffix: ' about incident', start: 12, end: 12 + exact.length,
    note: 'Check with the capital', color: 'yellow', tags: ['art-23'], ...stamps(at), ...extra,
  };
}

export function position(agendaItemId: string, at = T1, extra: Partial<LocalRecordOf['position']> = {}): LocalRecordOf['position'] {
  return {
    id: positionId(agendaItemId), agendaItemId, status: 'draft', lineToTake: 'Support the draft.', speakingPoints: '<p>Welcome the text.</p>',
    redLines: '', fallback: '', background: '', owner: 'Ministry', dueDate: '2027-02-01', ...stamps(at), ...extra,
  };
}

export function statement(agendaItemId: string, speaker: string, at = T1, extra: Partial<LocalRecordOf['statement']> = {}): LocalRecordOf['statement'] {
  return { id: statementId(agendaItemId, speaker), agendaItemId, speaker, stance: 'support', comment: '', ...stamps(at), ...extra };
}

export function note(id: string, subjectType: LocalRecordOf['note']['subjectType'], subjectId: string, at = T1, extra: Partial<LocalRecordOf['note']> = {}): LocalRecordOf['note'] {
  return { id, subjectType, subjectId, body: `About ${subjectId}`, ...stamps(at), ...extra };
}

export function save<T extends LocalRecordType>(db: Store, type: T, record: LocalRecordOf[T]): LocalRecordOf[T] {
  return writeRecord(db, type, record);
}

/** A small well-formed pack, written by hand. */
export function samplePack(extra: Partial<Pack> = {}): Pack {
  return {
    format: PACK_FORMAT,
    version: 1,
    exportedAt: T1,
    app: APP,
    scope: {},
    annotations: [annotation('an1', 'd1')],
    positions: [position('a1'), position('a2'), position('b1')],
    statements: [statement('a1', 'DE')],
    notes: [note('n1', 'contact', 'c1')],
    versions: [{ type: 'position', record: position('a1') }],
    ...extra,
  };
}

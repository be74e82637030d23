// A store for the export tests: meetings, contacts and annotations whose text carries what breaks
// careless writers — Greek and Bulgarian, commas, semicolons, backslashes, line breaks, Markdown
// and lines far longer than 75 octets.
import { annotateQuote } from '../annotations/annotations';
import { writeRecord } from '../local-records/tables';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { agendaItem, contact, doc, meeting, page, tempDir, writeFeed } from '../../tests/support/feed-pages';

export const NOW = new Date('2026-12-01T12:00:00Z');

export const GREEK_TITLE = 'Σύνοδος ολομέλειας, Αθήνα; τελική\\έκδοση';
export const BULGARIAN_LOCATION = 'София, зала „Средец“; 3-ти етаж';
export const MEETING_DESCRIPTION =
  'Πρώτη γραμμή με κόμμα, και ερωτηματικό;\nВтора линия на български, с достатъчно дълъг текст за да бъде сгъната няколко пъти при износа.';
export const LONG_ITEM_TITLE = `Преглед на ${'насоките за докладване на инциденти '.repeat(4)}(NIS2, чл. 23)`;
export const CONTACT_ORGANISATION = 'Национален център; киберсигурност, България';
export const CONTACT_NAME = 'CERT-BG, Εθνική ομάδα; \\backslash';
export const CONTACT_PHONE = '+359 2 949 20 40; ext. 12';
export const QUOTE = 'incident notification';
export const NOTE = 'Check *art. 23* with the capital; [ask] #3\n\nSecond paragraph: <b>not bold</b>';

/**
 * m-athens (upcoming, confirmed, with an end) with items 1 and 2.b; m-past (over); m-cancelled
 * (upcoming, cancelled); paper d1 with a placed annotation and an orphaned one; contacts
 * c-bg (BG, csirt), c-fr (FR, spoc, phone and e-mail), c-delegate (BG, a person).
 */
export async function storeForExports(path = ':memory:'): Promise<Store> {
  const db = openStore(path);
  const feed = writeFeed(tempDir('dd-exports-'), [
    page([doc('d1', { title: 'Guidelines <draft> on *notification*', _delegation: { type: 'guideline', revision: 4, reference: 'CG-2026/07' } })], {
      meetings: [
        meeting('m-athens', {
          title: GREEK_TITLE,
          starts_at: '2027-02-17T09:30:00+01:00',
          ends_at: '2027-02-18T13:00:00+01:00',
          location: BULGARIAN_LOCATION,
          description: MEETING_DESCRIPTION,
          format: 'hybrid',
          chair: 'Presidency',
          status: 'confirmed',
        }),
        meeting('m-past', { title: 'Past plenary', starts_at: '2026-06-01T09:00:00Z' }),
        meeting('m-cancelled', { title: 'Cancelled workshop', starts_at: '2027-03-01T09:00:00Z', status: 'cancelled' }),
      ],
      agenda_items: [
        agendaItem('a1', 'm-athens', { title: 'Adoption of the agenda', purpose: 'decision', document_ids: ['d1'] }),
        agendaItem('a2', 'm-athens', { number: '2.b', order: 2, title: LONG_ITEM_TITLE }),
      ],
      contacts: [
        contact('c-bg', { name: CONTACT_NAME, organisation: CONTACT_ORGANISATION, country: 'BG', url: 'https://www.govcert.bg' }),
        contact('c-fr', { name: 'ANSSI', roles: ['spoc', 'nca'], country: 'FR', email: 'spoc@example.fr', phone: CONTACT_PHONE }),
        contact('c-delegate', { name: 'Мария Иванова', roles: ['delegate'], country: 'BG' }),
      ],
    }),
  ]);
  const result = await syncSource(db, feed);
  if (result.status !== 'applied') throw new Error(`fixture feed not applied: ${result.error}`);
  annotateQuote(db, 'd1', QUOTE, { note: NOTE, tags: ['art-23', 'Ελλάδα'], color: 'green' });
  // Its passage is in no revision of the paper: it reads as orphaned.
  writeRecord(db, 'annotation', {
    id: 'an-orphan', documentId: 'd1', revision: 1, exact: 'a sentence since removed', prefix: '', suffix: '', start: null, end: null,
    note: '', color: 'yellow', tags: [], createdAt: '2026-11-02T08:00:00.000Z', updatedAt: '2026-11-02T08:00:00.000Z', deletedAt: null,
  });
  return db;
}

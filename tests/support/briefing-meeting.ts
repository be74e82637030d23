// A meeting prepared the way a delegate prepares one, for the briefing note's tests and benchmark:
// papers with references, positions with rich speaking points, a tour de table, annotations,
// contacts and private notes. The first items carry the text that breaks careless exports:
// markup, quotes, Markdown specials, a very long word, right-to-left, Greek and Bulgarian.
import type { Store } from '../../src/store/open';
import { syncSource } from '../../src/sync/sync';
import { savePosition } from '../../src/positions/positions';
import { recordStatement } from '../../src/tour-de-table/tour-de-table';
import { annotateQuote } from '../../src/annotations/annotations';
import { saveNote } from '../../src/notes/notes';
import { updateSettings } from '../../src/settings/settings';
import { contact, doc, meeting, page, tempDir, writeFeed, type Json } from './feed-pages';

export const MEETING_ID = 'mtg-2027-02-plenary';
export const HOSTILE = `<script>alert("owned")</script> <img src=x onerror=alert(1)> & "double" 'single' *stars* _under_ # [link](javascript:alert(1)) |pipe| \`tick\``;
export const LONG_WORD = `Cybersicherheitszertifizierungs${'verordnungsdurchführungs'.repeat(8)}gesetz`;
export const ARABIC = 'موقف الاتحاد بشأن أمن الشبكات';
export const GREEK = 'Ομάδα Συνεργασίας για την ασφάλεια δικτύων και πληροφοριών';
export const BULGARIAN = 'Група за сътрудничество в областта на мрежовата и информационната сигурност';

export interface BriefingMeeting {
  meetingId: string;
  itemIds: string[];
  /** Item titles in agenda order, as the feed gives them. */
  titles: string[];
}

/**
 * Fills an open store: one meeting of `items` agenda items, every section filled. Item 1's title
 * is hostile text, item 2's Greek, item 3's Bulgarian; later items are plain.
 */
export async function seedBriefingMeeting(db: Store, items = 3): Promise<BriefingMeeting> {
  const itemIds = Array.from({ length: items }, (_, n) => `ai-${n + 1}`);
  const titles = itemIds.map((_, n) => (n === 0 ? `Hostile ${HOSTILE}` : n === 1 ? GREEK : n === 2 ? BULGARIAN : `Supply chain risk assessment, part ${n + 1}`));
  const documents: Json[] = itemIds.flatMap((_, n) => [
    doc(`doc-${n + 1}-a`, {
      title: n === 0 ? `Paper with ${HOSTILE}` : `Guidelines on incident reporting ${n + 1}`,
      url: `https://nis.example.eu/papers/${n + 1}a`,
      content_html: `<p>Member States shall ensure that essential entities notify significant incidents without undue delay (${n + 1}).</p><p>${n === 1 ? GREEK : n === 2 ? BULGARIAN : 'The Group reviews the guidelines every year.'}</p>`,
      _delegation: { type: 'guideline', revision: 1, reference: `NIS CG 2027/${String(n + 1).padStart(2, '0')}` },
    }),
    doc(`doc-${n + 1}-b`, { title: `Annex to the guidelines ${n + 1}`, url: `https://nis.example.eu/papers/${n + 1}b` }),
  ]);
  const feed = writeFeed(tempDir('desk-briefing-feed-'), [
    page(documents, {
      meetings: [
        meeting(MEETING_ID, {
          title: 'NIS Cooperation Group, 42nd plenary',
          starts_at: '2027-02-10T09:30:00+01:00',
          ends_at: '2027-02-10T17:00:00+01:00',
          location: 'Brussels, Albert Borschette centre',
          format: 'hybrid',
          chair: 'Bulgarian Presidency',
        }),
      ],
      agenda_items: itemIds.map((id, n) => ({
        id,
        meeting_id: MEETING_ID,
        number: String(n + 1),
        order: n + 1,
        title: titles[n],
        purpose: n % 3 === 0 ? 'decision' : n % 3 === 1 ? 'discussion' : 'information',
        description: n === 0 ? `Background with ${HOSTILE} and ${LONG_WORD}.` : `The Group discusses item ${n + 1}.\n\nA second paragraph: ${ARABIC}.`,
        // Item 1 also links a paper not published yet: it is listed by its id.
        document_ids: [`doc-${n + 1}-a`, `doc-${n + 1}-b`, ...(n === 0 ? ['doc-unpublished'] : [])],
        lead: n % 2 === 0 ? 'ENISA' : 'BG',
        updated_at: '2026-11-01T10:00:00Z',
      })),
      contacts: [
        contact('c-enisa', { name: 'Anna Κωνσταντίνου', organisation: 'ENISA', roles: ['enisa'], country: 'GR', email: 'anna@enisa.example.eu' }),
        contact('c-bg', { name: 'Иван Петров', organisation: 'Министерство на електронното управление', roles: ['spoc'], country: 'BG', phone: '+359 2 000 0000' }),
        contact('c-fr', { name: 'Hélène Martin', organisation: 'ANSSI', roles: ['csirt'], country: 'FR' }),
      ],
    }),
  ]);
  const result = await syncSource(db, feed);
  if (result.status !== 'applied') throw new Error(`the briefing fixture's feed did not apply: ${JSON.stringify(result)}`);

  updateSettings(db, { delegationCountry: 'BG' });
  itemIds.forEach((id, n) => {
    savePosition(db, {
      agendaItemId: id,
      status: n % 2 === 0 ? 'approved' : 'in_coordination',
      lineToTake: n === 0 ? `Line with ${HOSTILE}` : n === 1 ? `Γραμμή: ${GREEK}` : n === 2 ? `Позиция: ${BULGARIAN}` : `Support the guidelines on item ${n + 1}.`,
      speakingPoints:
        `<p>We thank the <strong>Presidency</strong> for item ${n + 1}.</p>` +
        `<ul><li><p>First bullet ${n === 0 ? '&lt;b&gt;not bold&lt;/b&gt; &amp; "quoted"' : 'on scope'}</p></li><li>Second bullet with <em>emphasis</em> and <a href="https://nis.example.eu/ref">a link</a></li></ul>` +
        `<ol><li>First numbered step</li><li>Second numbered step ${n === 1 ? GREEK : n === 2 ? BULGARIAN : ''}</li></ol>`,
      redLines: n === 0 ? `No ${LONG_WORD}` : 'No new reporting obligations before the review.',
      fallback: 'Accept a pilot limited to volunteering Member States.',
      background: n === 0 ? ARABIC : '',
      owner: 'Ministry of e-Government',
      dueDate: '2027-02-08',
    });
    recordStatement(db, { agendaItemId: id, speaker: 'BG', stance: 'support', comment: 'Our line.' });
    recordStatement(db, { agendaItemId: id, speaker: 'DE', stance: 'support', comment: n === 0 ? HOSTILE : 'Agrees.' });
    recordStatement(db, { agendaItemId: id, speaker: 'FR', stance: 'against', comment: 'Wants more time.' });
    recordStatement(db, { agendaItemId: id, speaker: 'EL', stance: 'scrutiny_reservation', comment: GREEK });
    annotateQuote(db, `doc-${n + 1}-a`, 'notify significant incidents', { note: n === 0 ? `Note: ${HOSTILE}` : `Check the transposition (${n + 1}).`, tags: ['reporting'] });
    saveNote(db, { subjectType: 'agenda_item', subjectId: id, body: `Private: ask the chair about item ${n + 1}.` });
  });
  saveNote(db, { subjectType: 'meeting', subjectId: MEETING_ID, body: 'Private: the delegation leaves at 15:00.' });
  return { meetingId: MEETING_ID, itemIds, titles };
}

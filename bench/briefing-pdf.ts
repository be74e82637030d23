// The PDF briefing note in the benchmark: the same 40-item meeting as the DOCX row (a real store,
// every section filled through the app's own functions), exported to PDF the way the CLI and the
// app do it, against the goal of issue 5 (under a second). Then, for scale, a denser note built
// directly as the model: long speaking points, eight statements and three annotations per item.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBriefingNote } from '../src/briefing/build-note';
import { exportBriefing } from '../src/briefing/export-briefing';
import type { BriefingItem, BriefingNote } from '../src/briefing/model';
import { renderPdf } from '../src/briefing/render-pdf';
import { closeStore, openStore } from '../src/store/open';
import { seedBriefingMeeting } from '../tests/support/briefing-meeting';
import { mb, ms, type Section } from './report';
import { median, timed } from './stats';

const ITEMS = 40;
const ROUNDS = 5;
const GOAL_MS = 1000;

const PARAGRAPH =
  'The Cooperation Group is invited to take note of the progress report and to endorse the approach to coordinated risk ' +
  'assessments of critical supply chains, including the timeline for the next peer review cycle.';

/** A dense plenary: 40 items, each with two papers, a long position, eight statements, three annotations, contacts and notes. */
export function denseNote(items = ITEMS): BriefingNote {
  const documents = Array.from({ length: items * 2 }, (_, i) => ({
    id: `cg-doc-${i}`,
    title: `Working paper ${i} on the implementation of the NIS2 Directive (Κυβερνοασφάλεια / Киберсигурност)`,
    reference: `NIS CG 2027/${String(i).padStart(3, '0')}`,
    date: '2027-02-03T10:00:00+01:00',
    url: `https://example.europa.eu/nis-cg/papers/${i}`,
    available: true,
  }));
  const agenda: BriefingItem[] = Array.from({ length: items }, (_, n) => ({
    id: `ai-${n}`,
    number: String(n + 1),
    title: `Agenda item ${n + 1}: coordinated risk assessment of supply chain ${n + 1}`,
    purpose: n % 2 ? 'decision' : 'information',
    lead: n % 3 ? 'European Commission' : 'ENISA',
    background: { description: `${PARAGRAPH}\n\n${PARAGRAPH}`, documents: documents.slice(2 * n, 2 * n + 2) },
    position: {
      status: 'in_coordination',
      lineToTake: `${PARAGRAPH} We support the proposal subject to the comments below.`,
      speakingPoints: [
        { kind: 'paragraph', runs: [{ text: 'We thank the Commission for the ' }, { text: 'comprehensive', bold: true }, { text: ' report.' }] },
        ...Array.from({ length: 5 }, (_, i) => ({ kind: 'bullet' as const, runs: [{ text: `Point ${i + 1}: ` , bold: true }, { text: PARAGRAPH, italic: i % 2 === 0 }] })),
        ...Array.from({ length: 3 }, (_, i) => ({ kind: 'numbered' as const, runs: [{ text: `Step ${i + 1} of the timeline, ${PARAGRAPH}` }] })),
      ],
      redLines: 'No new reporting obligations for essential entities before the review.',
      fallback: 'Accept a pilot limited to volunteering Member States.',
      background: PARAGRAPH,
      owner: 'Ministry of the Interior',
      dueDate: '2027-02-08',
    },
    tourDeTable: {
      ownStance: 'support',
      statements: ['DE', 'FR', 'IT', 'ES', 'PL', 'NL', 'EL', 'BG'].map((speaker, i) => ({
        speaker,
        speakerName: speaker,
        stance: (['support', 'against', 'reservation', 'scrutiny_reservation', 'no_view'] as const)[i % 5]!,
        comment: 'Asked for more time to consult national authorities.',
      })),
      close: ['DE', 'NL', 'BG'],
      opposed: ['FR'],
      other: ['IT', 'ES', 'PL', 'EL'],
    },
    annotations: Array.from({ length: 3 }, (_, i) => ({
      documentId: documents[2 * n]!.id,
      documentTitle: documents[2 * n]!.title,
      quote: `Member States shall ensure that essential entities notify significant incidents (${i}).`,
      note: 'Check against the national transposition law.',
      tags: ['reporting'],
      orphaned: i === 2,
      page: i === 1 ? 12 : null,
    })),
    contacts: [
      { name: 'Μαρία Παπαδοπούλου', organisation: 'National Cyber Security Authority', country: 'GR', roles: ['delegate'], email: 'maria@example.gr', phone: '+30 210 000 0000' },
      { name: 'Иван Петров', organisation: 'State e-Government Agency', country: 'BG', roles: ['expert'], email: 'ivan@example.bg', phone: null },
    ],
    notes: [`${PARAGRAPH}\nA second line.`],
  }));
  return {
    meeting: {
      id: 'mtg-bench',
      title: 'NIS Cooperation Group, 42nd plenary',
      kind: 'plenary',
      startsAt: '2027-02-10T09:30:00+01:00',
      endsAt: '2027-02-11T13:00:00+01:00',
      location: 'Brussels',
      format: 'in_person',
      chair: 'Presidency',
    },
    delegation: { code: 'BG', name: 'Bulgaria' },
    marking: 'RESTRICTED',
    generatedAt: '2027-02-05T08:00:00Z',
    lastSyncAt: '2027-02-05T07:45:00Z',
    overview: agenda.map((i) => ({ number: i.number, title: i.title, purpose: i.purpose, lead: i.lead, positionStatus: 'in_coordination' })),
    items: agenda,
    meetingNotes: [PARAGRAPH],
    annex: documents,
  };
}

async function rounds(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number; all: number[]; first: number }> {
  const first = (await timed(work)).ms;
  const runs: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < ROUNDS; i++) runs.push(await timed(work));
  return { wall: median(runs.map((r) => r.ms)), cpu: median(runs.map((r) => r.cpuMs)), all: runs.map((r) => Math.round(r.ms)), first };
}

export async function benchBriefingPdf(log: (message: string) => void): Promise<Section> {
  const work = mkdtempSync(join(tmpdir(), 'desk-bench-briefing-pdf-'));
  const db = openStore(join(work, 'store.db'));
  try {
    const { meetingId } = await seedBriefingMeeting(db, ITEMS);
    const options = { includePrivateNotes: true, marking: 'RESTRICTED' };
    log(`briefing note as PDF: ${ITEMS} items, ${ROUNDS} rounds after one warm-up`);
    const file = await exportBriefing(db, meetingId, 'pdf', options);
    const exported = await rounds(() => exportBriefing(db, meetingId, 'pdf', options));
    const note = buildBriefingNote(db, meetingId, options);
    const rendered = await rounds(() => renderPdf(note));
    const dense = denseNote();
    const denseBytes = await renderPdf(dense);
    const denseRun = await rounds(() => renderPdf(dense));
    log(`briefing note as PDF: median ${ms(exported.wall)} (CPU ${ms(exported.cpu)}), ${mb(file.bytes.byteLength)}; dense note ${ms(denseRun.wall)}`);
    return {
      title: 'Briefing note as PDF',
      intro:
        `The same ${ITEMS}-item meeting as the DOCX row, exported to PDF by exportBriefing (the note built from the store, then laid out ` +
        `by pdfmake in pure Node: fonts embedded, outline, page numbers, the marking on every page), median of ${ROUNDS} after one warm-up.`,
      rows: [
        {
          measurement: `exportBriefing to PDF, wall clock (all ${exported.all.join(', ')} ms)`,
          figure: ms(exported.wall),
          baseline: `CPU time ${ms(exported.cpu)}`,
          goal: `< ${ms(GOAL_MS)}`,
          met: exported.wall < GOAL_MS,
        },
        { measurement: 'Of which renderPdf alone (median)', figure: ms(rendered.wall), baseline: `CPU time ${ms(rendered.cpu)}` },
        { measurement: 'The first export (pdfmake loaded, fonts read, code warmed up)', figure: ms(exported.first) },
        { measurement: 'Size of the PDF (fonts subset and embedded)', figure: mb(file.bytes.byteLength) },
        {
          measurement:
            `A denser note, built as the model: ${ITEMS} items of five long bullets and three numbered points, eight statements, three ` +
            `annotations and two contacts each (${mb(denseBytes.byteLength)}); renderPdf, median (all ${denseRun.all.join(', ')} ms)`,
          figure: ms(denseRun.wall),
          baseline: `CPU time ${ms(denseRun.cpu)}`,
        },
      ],
    };
  } finally {
    closeStore(db);
    rmSync(work, { recursive: true, force: true });
  }
}

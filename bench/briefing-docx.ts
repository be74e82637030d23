// The Word briefing note in the benchmark: a 40-item meeting with every section filled, in a real
// store (positions, speaking points, tour de table, annotations, contacts, notes written through
// the app's own functions), exported to DOCX the way the CLI and the app do it: the note built
// from the store, then rendered. Goal from issue 5: under 300 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBriefingNote } from '../src/briefing/build-note';
import { exportBriefing } from '../src/briefing/export-briefing';
import { closeStore, openStore } from '../src/store/open';
import { seedBriefingMeeting } from '../tests/support/briefing-meeting';
import { ms, type Section } from './report';
import { median, timed } from './stats';

const ITEMS = 40;
const ROUNDS = 5;
const GOAL_MS = 300;

export async function benchBriefingDocx(log: (message: string) => void): Promise<Section> {
  const work = mkdtempSync(join(tmpdir(), 'desk-bench-briefing-'));
  const db = openStore(join(work, 'store.db'));
  try {
    const { meetingId } = await seedBriefingMeeting(db, ITEMS);
    const options = { includePrivateNotes: true, marking: 'RESTRICTED' };
    log(`briefing note as DOCX: ${ITEMS} items, ${ROUNDS} rounds after one warm-up`);
    const warm = await timed(() => exportBriefing(db, meetingId, 'docx', options));
    const runs: { ms: number; cpuMs: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) runs.push(await timed(() => exportBriefing(db, meetingId, 'docx', options)));
    const builds: number[] = [];
    for (let i = 0; i < ROUNDS; i++) builds.push((await timed(() => buildBriefingNote(db, meetingId, options))).ms);
    const wall = median(runs.map((r) => r.ms));
    const cpu = median(runs.map((r) => r.cpuMs));
    log(`briefing note as DOCX: median ${ms(wall)} (CPU ${ms(cpu)}), ${kb(warm.value.bytes.byteLength)}`);
    return {
      title: 'Briefing note as DOCX',
      intro:
        `A ${ITEMS}-item meeting in a store, every section filled (two papers, a position with paragraph, bullet and numbered speaking ` +
        'points, four statements, an annotation, contacts and a private note per item; hostile, Greek, Bulgarian and Arabic text; a marking), ' +
        `exported to DOCX by exportBriefing (the note built from the store, then rendered with the docx library), median of ${ROUNDS} after one warm-up.`,
      rows: [
        {
          measurement: `exportBriefing to DOCX, wall clock (all ${runs.map((r) => Math.round(r.ms)).join(', ')} ms)`,
          figure: ms(wall),
          baseline: `CPU time ${ms(cpu)}`,
          goal: `< ${ms(GOAL_MS)}`,
          met: wall < GOAL_MS,
        },
        { measurement: 'Of which building the note from the store (buildBriefingNote, median)', figure: ms(median(builds)) },
        { measurement: 'The first export (code loaded and warmed up)', figure: ms(warm.ms) },
        { measurement: 'Size of the DOCX', figure: kb(warm.value.bytes.byteLength) },
      ],
    };
  } finally {
    closeStore(db);
    rmSync(work, { recursive: true, force: true });
  }
}

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024)} kB`;
}

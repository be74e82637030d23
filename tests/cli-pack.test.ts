// `delegate-desk pack export|import` as a delegate runs it: a separate process, its output and exit
// code. Every command starts up front, in parallel (each start costs about a second), each on a
// store of its own; the tests read the outcomes.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackImportReport } from '../src/api/types';
import { readRecords } from '../src/local-records/tables';
import { exportPack } from '../src/packs/export';
import { annotation, APP, note, position, save, statement, storeWithMeetings, T2 } from '../src/packs/pack-fixtures';
import { readPack } from '../src/packs/read-pack';
import { closeStore, openStore } from '../src/store/open';
import { LOCAL_TABLES, snapshot } from './support/store-snapshot';
import { processRunner, SLOW, type Run } from './support/cli-process';

const tmp = mkdtempSync(join(tmpdir(), 'desk-cli-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const { cli } = processRunner(tmp);

const path = (name: string) => join(tmp, name);

/** A store with two meetings (m1, m2) from a feed, and work of every kind on m1 and a contact. */
async function storeWithWork(file: string) {
  const db = await storeWithMeetings(file);
  save(db, 'position', position('a1'));
  save(db, 'position', position('a1', T2, { status: 'approved' }));
  save(db, 'position', position('b1'));
  save(db, 'statement', statement('a1', 'DE'));
  save(db, 'annotation', annotation('an1', 'd1'));
  save(db, 'note', note('n1', 'contact', 'c1'));
  return db;
}

async function storeSnapshot(file: string) {
  const db = openStore(file);
  try {
    return snapshot(db, { only: LOCAL_TABLES });
  } finally {
    closeStore(db);
  }
}

const runs: Record<string, Run> = {};
const before: Record<string, unknown> = {};

beforeAll(async () => {
  const source = await storeWithWork(path('a.db'));
  writeFileSync(path('good.json'), exportPack(source, { app: APP }).content);
  closeStore(source);
  const broken = JSON.parse(readFileSync(path('good.json'), 'utf8'));
  broken.positions[1].status = 'agreed';
  writeFileSync(path('broken.json'), JSON.stringify(broken, null, 2));
  for (const name of ['dry.db', 'human.db', 'refused.db']) closeStore(await storeWithMeetings(path(name)));
  closeStore(openStore(path('empty.db')));
  for (const name of ['dry.db', 'refused.db']) before[name] = await storeSnapshot(path(name));
  writeFileSync(path('a-file'), 'not a folder');
  writeFileSync(path('huge.json'), '');
  truncateSync(path('huge.json'), 51 * 1024 * 1024);

  const started = {
    exportAll: cli(path('a.db'), 'pack', 'export', path('all.json')),
    exportMeeting: cli(path('a.db'), 'pack', 'export', path('m1.json'), '--meeting', 'm1'),
    exportUnknownMeeting: cli(path('a.db'), 'pack', 'export', path('m9.json'), '--meeting', 'm9'),
    exportUnwritable: cli(path('a.db'), 'pack', 'export', join(path('a-file'), 'pack.json')),
    dryRun: cli(path('dry.db'), 'pack', 'import', path('good.json'), '--dry-run', '--json'),
    importHuman: cli(path('human.db'), 'pack', 'import', path('good.json')),
    importWaiting: cli(path('empty.db'), 'pack', 'import', path('good.json'), '--json'),
    importBroken: cli(path('refused.db'), 'pack', 'import', path('broken.json')),
    importMissing: cli(path('refused.db'), 'pack', 'import', path('missing.json')),
    importHuge: cli(path('refused.db'), 'pack', 'import', path('huge.json')),
  };
  for (const [name, run] of Object.entries(started)) runs[name] = await run;
}, SLOW);

function expectReadableError(run: Run, pattern: RegExp) {
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr, 'no stack trace').not.toMatch(/^ {4}at /m);
  expect(run.stdout).toBe('');
}

describe('pack export', () => {
  it('writes all the work to FILE as a pack the import accepts, and says what it wrote', () => {
    const run = runs.exportAll!;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      `Exported 1 highlight, 2 positions, 1 tour de table statement, 1 note and 6 saved states to ${path('all.json')}.\n`,
    );
    const pack = readPack(readFileSync(path('all.json'), 'utf8'));
    expect(pack.app.name).toBe('Delegate Desk');
    expect(pack.positions.map((p) => p.id)).toEqual(['position:a1', 'position:b1']);
    expect(statSync(path('all.json')).mode & 0o777, 'national positions: readable by the delegate alone').toBe(0o600);
  });

  it('--meeting writes only that meeting\'s work', () => {
    expect(runs.exportMeeting!.status, runs.exportMeeting!.stderr).toBe(0);
    const pack = readPack(readFileSync(path('m1.json'), 'utf8'));
    expect(pack.scope).toEqual({ meetingId: 'm1', meetingTitle: 'Plenary February' });
    expect(pack.positions.map((p) => p.agendaItemId)).toEqual(['a1']);
    expect(pack.notes).toEqual([]);
  });

  it('exits 1 for a meeting the store does not have, writing nothing', () => {
    expect(runs.exportUnknownMeeting!.status).toBe(1);
    expectReadableError(runs.exportUnknownMeeting!, /^delegate-desk: There is no meeting "m9" in this store\n$/);
    expect(existsSync(path('m9.json'))).toBe(false);
  });

  it('exits 3 for a path that cannot be written, leaving no file behind', () => {
    expect(runs.exportUnwritable!.status).toBe(3);
    expectReadableError(runs.exportUnwritable!, /^delegate-desk: Could not write .*pack\.json: a part of the path is not a folder\n$/);
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('pack import', () => {
  it('--dry-run --json prints the report of what it would do, and changes nothing', async () => {
    const run = runs.dryRun!;
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as PackImportReport;
    expect(report.applied).toBe(false);
    expect(report.byType.position).toEqual({ added: 2, updated: 0, left: 0 });
    expect(await storeSnapshot(path('dry.db'))).toEqual(before['dry.db']);
  });

  it('merges the pack and reports it in words', async () => {
    const run = runs.importHuman!;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        `Pack imported into ${path('human.db')}:`,
        '  highlights                1 added',
        '  positions                 2 added',
        '  tour de table statements  1 added',
        '  notes                     1 added',
        '  6 saved states added to the history.',
        '',
        '  Changed:',
        '    added    Highlight "paper d1" on "Paper d1"',
        '    added    Position on item 1 "Incident notification" (Plenary February)',
        '    added    Position on item 1 "Supply chain" (Work stream March)',
        '    added    DE in the tour de table on item 1 "Incident notification" (Plenary February)',
        '    added    Note on the contact CERT-FR',
        '',
      ].join('\n'),
    );
    const db = openStore(path('human.db'));
    try {
      expect(readRecords(db, 'position').map((p) => p.status)).toEqual(['approved', 'draft']);
    } finally {
      closeStore(db);
    }
  });

  it('--json lists the records that wait for papers and items the store does not have', () => {
    const run = runs.importWaiting!;
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as PackImportReport;
    expect(report.applied).toBe(true);
    expect(report.waiting.map((w) => w.refersTo)).toEqual(['document d1', 'agenda item a1', 'agenda item b1', 'agenda item a1', 'contact c1']);
  });

  it('exits 1 for a malformed pack, naming the path, and changes nothing', async () => {
    expect(runs.importBroken!.status).toBe(1);
    expectReadableError(
      runs.importBroken!,
      /^delegate-desk: The pack is not valid: positions\[1\]\.status: must be one of "none", "draft", "in_coordination", "approved"\n$/,
    );
    expect(await storeSnapshot(path('refused.db'))).toEqual(before['refused.db']);
  });

  it('exits 1 for a file over 50 MB, without reading it', () => {
    expect(runs.importHuge!.status).toBe(1);
    expectReadableError(
      runs.importHuge!,
      /^delegate-desk: .*huge\.json is too large to be a pack \(51 MB; the most Delegate Desk imports is 50 MB\)\n$/,
    );
  });

  it('exits 3 for a file that cannot be read', () => {
    expect(runs.importMissing!.status).toBe(3);
    expectReadableError(runs.importMissing!, /^delegate-desk: Could not read .*missing\.json: the file or folder does not exist\n$/);
  });
});

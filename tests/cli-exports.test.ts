// `delegate-desk export ics|vcard|annotations` as a delegate runs it: a separate process, its
// output, exit code and the file it writes (read back with ical.js, as a calendar would). Every
// command starts up front, in parallel; the tests read the outcomes.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GREEK_TITLE, QUOTE, storeForExports } from '../src/exports/export-fixtures';
import { closeStore } from '../src/store/open';
import { processRunner, SLOW, type Run } from './support/cli-process';

const tmp = mkdtempSync(join(tmpdir(), 'desk-cli-exports-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const { cli } = processRunner(tmp);
const path = (...names: string[]) => join(tmp, ...names);
const db = path('desk.db');

const runs: Record<string, Run> = {};

beforeAll(async () => {
  closeStore(await storeForExports(db));
  writeFileSync(path('a-file'), 'not a folder');
  mkdirSync(path('a-folder'));
  const started = {
    icsOne: cli(db, 'export', 'ics', 'm-athens', '--out', path('athens.ics')),
    icsUpcoming: cli(db, 'export', 'ics', '--out', path('upcoming.ics')),
    icsUnknown: cli(db, 'export', 'ics', 'm-none', '--out', path('none.ics')),
    icsUnwritable: cli(db, 'export', 'ics', 'm-athens', '--out', path('a-file', 'athens.ics')),
    icsOverFolder: cli(db, 'export', 'ics', '--out', path('a-folder')),
    vcardAll: cli(db, 'export', 'vcard', '--out', path('all.vcf')),
    vcardFiltered: cli(db, 'export', 'vcard', '--country', 'bg', '--role', 'csirt', '--out', path('bg.vcf')),
    vcardBadCountry: cli(db, 'export', 'vcard', '--country', 'Bulgaria', '--out', path('bad.vcf')),
    vcardUnwritable: cli(db, 'export', 'vcard', '--out', path('missing-folder', 'all.vcf')),
    annotations: cli(db, 'export', 'annotations', 'd1', '--out', path('d1.md')),
    annotationsUnknown: cli(db, 'export', 'annotations', 'd-none', '--out', path('none.md')),
    annotationsUnwritable: cli(db, 'export', 'annotations', 'd1', '--out', path('a-file', 'd1.md')),
  };
  for (const [name, run] of Object.entries(started)) runs[name] = await run;
}, SLOW);

function expectDone(run: Run, message: string) {
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toBe(`${message}\n`);
  expect(run.stderr).toBe('');
}

function expectRefused(run: Run, status: number, message: RegExp) {
  expect(run.status).toBe(status);
  expect(run.stderr).toMatch(message);
  expect(run.stderr, 'no stack trace').not.toMatch(/^ {4}at /m);
  expect(run.stdout).toBe('');
}

function uidsIn(file: string): string[] {
  const parsed = ICAL.parse(readFileSync(file, 'utf8'));
  const components = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return components.flatMap((c) => {
    const component = new ICAL.Component(c as never);
    const parts = component.name === 'vcalendar' ? component.getAllSubcomponents('vevent') : [component];
    return parts.map((p) => p.getFirstPropertyValue('uid') as string);
  });
}

/** No temporary file of an atomic write stays behind after a failure. */
function expectNoLeftovers() {
  expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

describe('export ics', () => {
  it('writes one meeting as an iCalendar file', () => {
    expectDone(runs.icsOne!, `Wrote 1 meeting to ${path('athens.ics')}.`);
    expect(uidsIn(path('athens.ics'))).toEqual(['m-athens@delegate-desk']);
    const event = new ICAL.Component(ICAL.parse(readFileSync(path('athens.ics'), 'utf8'))).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(GREEK_TITLE);
  });

  it('without a meeting, writes every meeting not yet over', () => {
    expectDone(runs.icsUpcoming!, `Wrote 2 meetings to ${path('upcoming.ics')}.`);
    expect(uidsIn(path('upcoming.ics')).sort()).toEqual(['m-athens@delegate-desk', 'm-cancelled@delegate-desk']);
  });

  it('exits 1 for a meeting the store does not have, writing nothing', () => {
    expectRefused(runs.icsUnknown!, 1, /^delegate-desk: There is no meeting with id "m-none"\n$/);
    expect(existsSync(path('none.ics'))).toBe(false);
  });

  it('exits 3 for a path that cannot be written, leaving no file behind', () => {
    expectRefused(runs.icsUnwritable!, 3, /^delegate-desk: Could not write .*athens\.ics: a part of the path is not a folder\n$/);
    // The temporary file was written, then could not replace a folder: it is removed.
    expectRefused(runs.icsOverFolder!, 3, /^delegate-desk: Could not write .*a-folder: /);
    expect(readdirSync(path('a-folder'))).toEqual([]);
    expectNoLeftovers();
  });
});

describe('export vcard', () => {
  it('writes every contact as vCard 4.0', () => {
    expectDone(runs.vcardAll!, `Wrote 3 contacts to ${path('all.vcf')}.`);
    expect(uidsIn(path('all.vcf')).sort()).toEqual(['c-bg@delegate-desk', 'c-delegate@delegate-desk', 'c-fr@delegate-desk']);
  });

  it('--country and --role write only the matching contacts', () => {
    expectDone(runs.vcardFiltered!, `Wrote 1 contact to ${path('bg.vcf')}.`);
    expect(uidsIn(path('bg.vcf'))).toEqual(['c-bg@delegate-desk']);
  });

  it('refuses a country that is not a two-letter code (usage error, exit 2)', () => {
    expectRefused(runs.vcardBadCountry!, 2, /^delegate-desk: --country takes a two-letter code such as FR, not "Bulgaria"\n$/);
    expect(existsSync(path('bad.vcf'))).toBe(false);
  });

  it('exits 3 for a folder that does not exist', () => {
    expectRefused(runs.vcardUnwritable!, 3, /^delegate-desk: Could not write .*all\.vcf: the file or folder does not exist\n$/);
    expectNoLeftovers();
  });
});

describe('export annotations', () => {
  it('writes a paper\'s annotations as Markdown', () => {
    expectDone(runs.annotations!, `Wrote 2 annotations to ${path('d1.md')}.`);
    const markdown = readFileSync(path('d1.md'), 'utf8');
    expect(markdown).toContain(`> ${QUOTE}`);
    expect(markdown).toContain('- Tags: art-23, Ελλάδα');
  });

  it('exits 1 for a paper the store does not have, writing nothing', () => {
    expectRefused(runs.annotationsUnknown!, 1, /^delegate-desk: There is no document with id "d-none"\n$/);
    expect(existsSync(path('none.md'))).toBe(false);
  });

  it('exits 3 for a path that cannot be written, leaving no file behind', () => {
    expectRefused(runs.annotationsUnwritable!, 3, /^delegate-desk: Could not write .*d1\.md: a part of the path is not a folder\n$/);
    expectNoLeftovers();
  });
});

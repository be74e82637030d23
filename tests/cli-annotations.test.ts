// `delegate-desk annotate` and `list annotations` as a delegate runs them: separate processes on a
// store seeded with the sample. Commands run once, up front (each start costs about a second).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processRunner, type Run } from './support/cli-process';

const TOOLBOX = 'cg-2020-01-5g-toolbox';
const QUOTE = 'coordinated risk assessment of 5G networks';
const PLENARY = 'mtg-2027-02-plenary';
const WS7 = 'mtg-2027-03-ws7';

const tmp = mkdtempSync(join(tmpdir(), 'desk-cli-annotations-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const db = join(tmp, 'x.db');

const runner = processRunner(tmp);
const cli = (...args: string[]): Promise<Run> => runner.cli(db, ...args);

function parsed<T = unknown>(run: Run): T {
  expect(run.stderr, 'no stack trace').not.toMatch(/^ {4}at /m);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}

let r: Record<'annotate' | 'plain' | 'badColor' | 'byDocument' | 'byMeeting' | 'otherMeeting' | 'all' | 'text', Run>;
beforeAll(async () => {
  expect((await cli('seed')).status).toBe(0);
  const annotate = await cli('annotate', TOOLBOX, '--quote', QUOTE, '--note', 'check with capital', '--color', 'green', '--tag', '5g', '--tag', 'risk', '--json');
  const [plain, badColor] = await Promise.all([
    cli('annotate', TOOLBOX, '--quote', 'strategic and technical measures'),
    cli('annotate', TOOLBOX, '--quote', QUOTE, '--color', 'red'),
  ]);
  const [byDocument, byMeeting, otherMeeting, all, text] = await Promise.all([
    cli('list', 'annotations', '--document', TOOLBOX, '--json'),
    cli('list', 'annotations', '--meeting', PLENARY, '--json'),
    cli('list', 'annotations', '--meeting', WS7, '--json'),
    cli('list', 'annotations', '--json'),
    cli('list', 'annotations', '--document', TOOLBOX),
  ]);
  r = { annotate, plain, badColor, byDocument, byMeeting, otherMeeting, all, text };
}, 300_000);

describe('annotate', () => {
  it('highlights a quote with a note, a colour and repeated tags, and prints it as snake_case JSON', () => {
    const a = parsed<Record<string, unknown>>(r.annotate);
    expect(a).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      document_id: TOOLBOX,
      document_title: expect.any(String),
      document_available: true,
      quote: QUOTE,
      prefix: expect.any(String),
      suffix: expect.any(String),
      note: 'check with capital',
      color: 'green',
      tags: ['5g', 'risk'],
      revision: 1,
      start: expect.any(Number),
      end: (a.start as number) + QUOTE.length,
      status: 'anchored',
      anchor: { revision: 1, start: a.start, end: a.end, method: 'position' },
      created_at: expect.any(String),
      updated_at: a.created_at,
      deleted_at: null,
    });
    expect(r.plain.status, r.plain.stderr).toBe(0);
    expect(r.plain.stdout).toMatch(new RegExp(`^Annotation [0-9a-f-]{36} added to ${TOOLBOX} \\(revision 1\\)\\.`));
  });

  it('refuses a colour it does not know with a usage error (exit 2) naming the colours, adding nothing', () => {
    expect(r.badColor.status).toBe(2);
    expect(r.badColor.stderr).toMatch(/"red" is not a highlight colour: choose one of yellow, green, blue, pink, purple/);
    expect(r.badColor.stderr).not.toMatch(/^ {4}at /m);
    expect(parsed<unknown[]>(r.all)).toHaveLength(2);
  });
});

describe('list annotations', () => {
  it('lists one paper’s annotations in reading order, or a meeting’s, or all', () => {
    const byDocument = parsed<{ quote: string; status: string; start: number }[]>(r.byDocument);
    expect(byDocument.map((a) => a.quote).sort()).toEqual([QUOTE, 'strategic and technical measures'].sort());
    expect(byDocument.map((a) => a.start)).toEqual([...byDocument.map((a) => a.start)].sort((x, y) => x - y));
    expect(parsed(r.byMeeting)).toEqual(byDocument);
    expect(parsed(r.otherMeeting)).toEqual([]);
    expect(parsed(r.all)).toEqual(byDocument);
  });

  it('prints a table for people', () => {
    expect(r.text.status, r.text.stderr).toBe(0);
    expect(r.text.stdout).toMatch(/^ID\s+DOCUMENT\s+STATUS\s+QUOTE — NOTE/);
    expect(r.text.stdout).toContain(`anchored  “${QUOTE}” — check with capital`);
  });
});

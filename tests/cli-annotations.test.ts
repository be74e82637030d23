// `delegate-desk annotate` and `list annotations` as a delegate runs them: separate processes on a
// store seeded with the sample. Commands run once, up front (each start costs about a second).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open';
import { processRunner, type Run } from './support/cli-process';
import { pdfSha, putPdfCopy } from './support/pdf-copies';

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
      file: null,
      anchor: { revision: 1, start: a.start, end: a.end, method: 'position', sha256: null, page: null },
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

describe('annotate in a PDF', () => {
  // The toolbox's PDF as a finished download and text extraction leave it, in a store of its own.
  const PDF_URL = 'https://example.eu/5g-toolbox-test-copy.pdf';
  const PAGES = ['This toolbox follows the coordinated risk assessment', 'Restrictions on high-risk suppliers apply to key assets.'];
  const pdfDb = join(tmp, 'pdf.db');
  const pdfCli = (...args: string[]): Promise<Run> => runner.cli(pdfDb, ...args);
  let p: Record<'inPdf' | 'text' | 'forced' | 'listed' | 'nowhere' | 'notAttachment', Run>;
  beforeAll(async () => {
    expect((await pdfCli('seed')).status).toBe(0);
    const store = openStore(pdfDb);
    putPdfCopy(store, TOOLBOX, PDF_URL, PAGES);
    store.close();
    // One writer at a time: the data file takes one.
    const inPdf = await pdfCli('annotate', TOOLBOX, '--quote', 'high-risk suppliers', '--note', 'our list', '--json');
    const text = await pdfCli('annotate', TOOLBOX, '--quote', 'apply to key assets');
    const forced = await pdfCli('annotate', TOOLBOX, '--quote', 'toolbox follows', '--pdf', PDF_URL, '--json');
    const [nowhere, notAttachment, listed] = await Promise.all([
      pdfCli('annotate', TOOLBOX, '--quote', 'in no text at all'),
      pdfCli('annotate', TOOLBOX, '--quote', 'Toolbox', '--pdf', 'https://example.eu/not-an-attachment.pdf'),
      pdfCli('list', 'annotations', '--document', TOOLBOX),
    ]);
    p = { inPdf, text, forced, listed, nowhere, notAttachment };
  }, 300_000);

  it("highlights a quote found not in the paper's text but in its PDF, with the file and page", () => {
    const a = parsed<Record<string, unknown>>(p.inPdf);
    expect(a).toMatchObject({
      quote: 'high-risk suppliers',
      note: 'our list',
      file: { url: PDF_URL, sha256: pdfSha(PAGES), page: 2 },
      status: 'anchored',
      anchor: { sha256: pdfSha(PAGES), page: 2, method: 'position' },
    });
    expect(p.text.status, p.text.stderr).toBe(0);
    expect(p.text.stdout).toMatch(new RegExp(`^Annotation [0-9a-f-]{36} added to ${TOOLBOX}, in the PDF ${PDF_URL}, page 2\\.`));
    // --pdf URL looks in that PDF even for words the paper's text has too.
    expect(parsed<Record<string, unknown>>(p.forced)).toMatchObject({ quote: 'toolbox follows', file: { page: 1 } });
  });

  it('lists them with their page', () => {
    expect(p.listed.status, p.listed.stderr).toBe(0);
    expect(p.listed.stdout).toContain('anchored, PDF p. 2  “high-risk suppliers” — our list');
  });

  it('refuses a quote in no text (exit 1) and a PDF the paper does not have, saying where it looked', () => {
    expect(p.nowhere.status).toBe(1);
    expect(p.nowhere.stderr).toMatch(/the quote was not found in document "cg-2020-01-5g-toolbox" \(revision 1\) nor in its PDFs/i);
    expect(p.notAttachment.status).toBe(1);
    expect(p.notAttachment.stderr).toMatch(/has no attachment https:\/\/example.eu\/not-an-attachment.pdf/i);
    expect(p.listed.stdout.trim().split('\n')).toHaveLength(4);
  });
});

// `delegate-desk search` on words inside a stored PDF: the paper and the page in the text output,
// the attachment and page in --json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../src/store/open';
import { storeExtracted } from '../src/pdf/store-text';
import { putPaper } from './support/papers';
import { runInProcess } from './support/cli-process';

const SHA = 'e'.repeat(64);
let dir: string;
let store: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-cli-pdf-'));
  store = join(dir, 'store.db');
  const db = openStore(store);
  putPaper(db, 'cg-annex', 'The paper.', 'Annex to the toolbox');
  storeExtracted(db, SHA, ['Cover page', 'The quokka procedure for vendors']);
  db.prepare(
    `INSERT INTO attachment_copies (document_id, url, state, sha256, updated_at) VALUES ('cg-annex', 'https://example.org/annex.pdf', 'stored', ?, '2026-11-01T10:00:00Z')`,
  ).run(SHA);
  closeStore(db);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('search inside PDFs from the command line', () => {
  it('names the paper, the page and the attachment of a hit in a PDF', async () => {
    const run = await runInProcess(store, 'search', 'quokka');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'pdf page  cg-annex, p. 2  https://example.org/annex.pdf\n  Annex to the toolbox\n  The [quokka] procedure for vendors\n',
    );
  });

  it('gives the attachment and the page in --json', async () => {
    const run = await runInProcess(store, 'search', 'quokka', '--json');
    expect(run.status).toBe(0);
    const [hit] = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(hit).toMatchObject({
      type: 'pdf_page',
      id: `${SHA}#2`,
      parent_id: 'cg-annex',
      place: { type: 'document', id: 'cg-annex' },
      pdf: { url: 'https://example.org/annex.pdf', sha256: SHA, page: 2 },
    });
  });

  it('gives no pdf field to other hits', async () => {
    const run = await runInProcess(store, 'search', 'toolbox', '--json');
    const hits = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(hits.map((h) => h.type)).toEqual(['document']);
    expect(hits[0]).not.toHaveProperty('pdf');
  });
});

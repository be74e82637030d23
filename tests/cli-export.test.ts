// `delegate-desk export briefing`, run through the CLI's main() in this process: each format
// written and read back, and the failures a delegate meets (unknown meeting, unwritable folder).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { DomUtils, parseDocument } from 'htmlparser2';
import { closeStore, openStore } from '../src/store/open';
import { BULGARIAN, GREEK, HOSTILE, MEETING_ID, seedBriefingMeeting } from './support/briefing-meeting';
import { tempDir } from './support/feed-pages';
import { runInProcess } from './support/cli-process';

const dir = tempDir('desk-cli-export-');
const store = join(dir, 'store.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const db = openStore(store);
  try {
    await seedBriefingMeeting(db, 3);
  } finally {
    closeStore(db);
  }
});

const cli = (...args: string[]) => runInProcess(store, ...args);

describe('export briefing', () => {
  it('writes Markdown with the items\' headings in order, Greek and Bulgarian intact', async () => {
    const out = join(dir, 'note.md');
    const run = await cli('export', 'briefing', MEETING_ID, '--format', 'md', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Wrote the briefing note of ${MEETING_ID} \\(MD, \\d+ (kB|bytes)\\) to .*note\\.md\\.\\n$`));
    const md = readFileSync(out, 'utf8');
    const items = md.split('\n').filter((l) => /^## \d/.test(l));
    expect(items.map((l) => l.slice(3, 5))).toEqual(['1\\', '2\\', '3\\']);
    expect(md).toContain(GREEK);
    expect(md).toContain(BULGARIAN);
  });

  it('writes HTML with no script and the hostile text as text; only the items asked for, private notes when asked', async () => {
    const out = join(dir, 'note.html');
    const run = await cli('export', 'briefing', MEETING_ID, '--format', 'html', '--out', out, '--items', 'ai-2,ai-1', '--private-notes', '--marking', 'RESTRICTED');
    expect(run.status, run.stderr).toBe(0);
    const dom = parseDocument(readFileSync(out, 'utf8'));
    expect(DomUtils.getElementsByTagName('script', dom)).toEqual([]);
    const h2 = DomUtils.getElementsByTagName('h2', dom).map((h) => DomUtils.textContent(h));
    expect(h2).toEqual(['Private notes on the meeting', 'Agenda overview', `1. Hostile ${HOSTILE}`, `2. ${GREEK}`, 'Annex: documents referenced']);
    expect(DomUtils.textContent(dom)).toContain('RESTRICTED');
  });

  it('writes a Word document whose headings are the items and whose header carries the marking', async () => {
    const out = join(dir, 'note.docx');
    const run = await cli('export', 'briefing', MEETING_ID, '--format', 'docx', '--out', out, '--marking', 'EU RESTRICTED', '--sections', 'position,tour-de-table');
    expect(run.status, run.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    const dom = parseDocument(xml, { xmlMode: true });
    const heading = (style: string) =>
      DomUtils.getElementsByTagName('w:p', dom)
        .filter((p) => DomUtils.getElementsByTagName('w:pStyle', p)[0]?.attribs['w:val'] === style)
        .map((p) => DomUtils.getElementsByTagName('w:t', p).map((t) => DomUtils.textContent(t)).join(''));
    expect(heading('Heading1')).toEqual(['Agenda overview', `1. Hostile ${HOSTILE}`, `2. ${GREEK}`, `3. ${BULGARIAN}`, 'Annex: documents referenced']);
    // Only the sections asked for (the purpose is always there).
    expect(new Set(heading('Heading2'))).toEqual(new Set(['Purpose and lead', 'National position', 'Tour de table']));
    const header = await zip.file(/word\/header\d*\.xml/)[0]!.async('string');
    expect(header).toContain('EU RESTRICTED');
  });

  it('writes a PDF through the shared renderer', async () => {
    const out = join(dir, 'note.pdf');
    const run = await cli('export', 'briefing', MEETING_ID, '--format', 'pdf', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses an unknown meeting with a clear message and exit 1, writing nothing', async () => {
    const out = join(dir, 'nope.docx');
    const run = await cli('export', 'briefing', 'mtg-nope', '--format', 'docx', '--out', out);
    expect(run).toEqual({ status: 1, stdout: '', stderr: 'delegate-desk: There is no meeting with id "mtg-nope"\n' });
    expect(existsSync(out)).toBe(false);
  });

  it('says when the file cannot be written, exits 3 and leaves no partial file', async () => {
    const folder = join(dir, 'missing-folder');
    const run = await cli('export', 'briefing', MEETING_ID, '--format', 'docx', '--out', join(folder, 'note.docx'));
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^delegate-desk: Could not write .*note\.docx: /);
    expect(existsSync(folder)).toBe(false);
    // Nor a temporary file left when the rename fails after the temporary file was written (the
    // target is a folder).
    const target = join(dir, 'a-folder.docx');
    mkdirSync(target);
    const over = await cli('export', 'briefing', MEETING_ID, '--format', 'docx', '--out', target);
    expect(over.status).toBe(3);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an unknown format or section as a usage error (exit 2)', async () => {
    const format = await cli('export', 'briefing', MEETING_ID, '--format', 'odt', '--out', join(dir, 'x.odt'));
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format "odt" is not a format: use one of docx, pdf, html, md');
    const section = await cli('export', 'briefing', MEETING_ID, '--format', 'md', '--out', join(dir, 'x.md'), '--sections', 'gossip');
    expect(section.status).toBe(2);
    expect(section.stderr).toContain('"gossip" is not a section');
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
  });
});

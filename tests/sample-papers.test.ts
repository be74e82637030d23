// The sample feed's PDF papers: each attachment names a file in the feed's folder whose size and
// sha256 are the ones announced, whose text pdf.js reads (Greek and Bulgarian included), and which
// the build script makes again byte for byte (so the committed files are the script's output).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FeedPage } from '../src/feed/format';
import { extractPdfText } from '../src/pdf/extract-text';
import { samplePaperFiles } from '../scripts/sample-feed/paper-files';

const SAMPLE = fileURLToPath(new URL('../resources/sample-feed/', import.meta.url));
const page = JSON.parse(readFileSync(join(SAMPLE, 'feed.json'), 'utf8')) as FeedPage;
const attached = page.items.flatMap((item) => (item.attachments ?? []).map((a) => ({ documentId: item.id, ...a })));

describe('the sample papers', () => {
  it('attaches three PDFs, each to a paper on an upcoming meeting', () => {
    expect(attached.map((a) => [a.documentId, a.url, a.mime_type])).toEqual([
      ['cg-2018-07-incident-taxonomy', 'papers/incident-taxonomy-primer.pdf', 'application/pdf'],
      ['cg-2020-01-5g-toolbox', 'papers/5g-toolbox-explained.pdf', 'application/pdf'],
      ['cg-2025-06-post-quantum-roadmap', 'papers/post-quantum-transition-notes.pdf', 'application/pdf'],
    ]);
  });

  it('names files whose size and sha256 are the announced ones, with 2 to 4 pages of readable text', async () => {
    for (const attachment of attached) {
      const bytes = readFileSync(join(SAMPLE, attachment.url));
      expect(bytes.byteLength, attachment.url).toBe(attachment.size_in_bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), attachment.url).toBe(attachment._delegation?.sha256);
      const pages = await extractPdfText(bytes);
      expect(pages.length, attachment.url).toBeGreaterThanOrEqual(2);
      expect(pages.length, attachment.url).toBeLessThanOrEqual(4);
      expect(pages[0], attachment.url).toContain(attachment.title!.split(':')[0]);
      expect(pages[0]!.replace(/\n/g, ' '), attachment.url).toContain('It is not a publication of the NIS Cooperation Group');
    }
  });

  it('has a glossary in Greek and Bulgarian on the second page of the taxonomy primer', async () => {
    const pages = await extractPdfText(readFileSync(join(SAMPLE, 'papers/incident-taxonomy-primer.pdf')));
    expect(pages[1]).toContain('Περιστατικό κυβερνοασφάλειας');
    expect(pages[1]).toContain('Инцидент в киберсигурността');
  });

  it('are the build script\'s output, byte for byte (rebuilding changes nothing)', async () => {
    for (const { paper, bytes, attachment } of await samplePaperFiles()) {
      expect(Buffer.from(bytes).equals(readFileSync(join(SAMPLE, paper.file))), paper.file).toBe(true);
      expect(attachment._delegation?.sha256).toBe(attached.find((a) => a.url === paper.file)?._delegation?.sha256);
    }
  });
});

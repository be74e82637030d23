// The whole path of a paper's PDF on a running desk, as issue 6's "done when" walks it: a sync
// brings the paper, the desk keeps its PDF, reads its text in the background, search finds a word
// from inside it with its page, a highlight is made in it; a new version of the PDF arrives and
// the highlight follows its text to the page it moved to; the local copy removed, both stay.
import { afterEach, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Desk } from '../src/desk/desk';
import { createHandlers } from '../src/api/handlers';
import { dispatch } from '../src/api/dispatch';
import { saveSubscription, sourceUrl } from '../src/sync/subscriptions';
import { documentText } from '../src/pdf/pdf-text';
import { doc, page, tempDir, writeFeed } from './support/feed-pages';
import { makePdf } from './support/pdfs';
import type { Annotation, PdfText, SearchHit } from '../src/api/types';

let desk: Desk | null = null;
afterEach(() => desk?.close());

async function call<T>(name: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(createHandlers(desk!), name, input);
  if (!result.ok) throw new Error(result.error);
  return result.value as T;
}

/** The feed's folder, with the paper d1 attaching papers/g.pdf (written with these bytes). */
function publish(folder: string, pdf: Uint8Array, revision: number): string {
  mkdirSync(join(folder, 'papers'), { recursive: true });
  writeFileSync(join(folder, 'papers', 'g.pdf'), pdf);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  return writeFeed(folder, [
    page([
      doc('d1', {
        title: 'Guidelines on notification',
        _delegation: { type: 'guideline', revision },
        attachments: [{ url: 'papers/g.pdf', mime_type: 'application/pdf', title: 'The guidelines (PDF)', size_in_bytes: pdf.length, _delegation: { sha256 } }],
      }),
    ]),
  ]);
}

async function syncAndRead(): Promise<void> {
  await desk!.sync();
  await desk!.downloads.whenIdle();
  await desk!.texts.idle();
}

it('a PDF synced, read, searched by a word inside it, marked up, and its highlight following a new version', async () => {
  const folder = tempDir('dd-pdf-feed-');
  const first = await makePdf({ pages: [['Scope of the guidelines.'], ['Thresholds for significant incidents.'], ['Annex: the cross-border reporting form.']] });
  const feedUrl = publish(folder, first, 1);
  desk = await Desk.open({ storePath: join(tempDir('dd-pdf-desk-'), 'desk.db'), mode: 'browser', version: 't' });
  const feed = saveSubscription(desk.db, sourceUrl(feedUrl));
  await call('feeds.setAttachmentPolicy', { id: feed.id, policy: 'all' });
  await syncAndRead();

  const [copy] = await call<{ storedSha256: string; url: string; text: { status: string; pageCount: number } }[]>('attachments.list', { documentId: 'd1' });
  expect(copy!.text).toMatchObject({ status: 'extracted', pageCount: 3 });

  // A word only the PDF holds, found with its page; a click opens the paper's PDF there.
  const hits = await call<SearchHit[]>('search', { query: 'cross-border' });
  expect(hits).toContainEqual(
    expect.objectContaining({ type: 'pdf_page', title: 'Guidelines on notification', place: { type: 'document', id: 'd1' }, pdf: { url: copy!.url, sha256: copy!.storedSha256, page: 3 } }),
  );

  // A highlight on page 3, over the PDF's whole text.
  const text = await call<PdfText>('attachments.text', { sha256: copy!.storedSha256 });
  const whole = documentText(text.pages).text;
  const exact = 'cross-border reporting form';
  const start = whole.indexOf(exact);
  const made = await call<Annotation>('annotations.create', {
    documentId: 'd1', revision: 1, exact, prefix: whole.slice(Math.max(0, start - 32), start), suffix: whole.slice(start + exact.length, start + exact.length + 32),
    start, end: start + exact.length, note: 'Our form differs', file: { url: copy!.url, sha256: copy!.storedSha256, page: 3 },
  });
  expect(made.anchor).toMatchObject({ status: 'anchored', page: 3, sha256: copy!.storedSha256 });

  // The publisher adds a page in front: the passage is now on page 4 of a new file.
  const second = await makePdf({ pages: [['Foreword.'], ['Scope of the guidelines.'], ['Thresholds for significant incidents.'], ['Annex: the cross-border reporting form.']] });
  publish(folder, second, 2);
  await syncAndRead();
  const [after] = await call<Annotation[]>('annotations.list', { documentId: 'd1' });
  const newSha = createHash('sha256').update(second).digest('hex');
  expect(after!.anchor).toMatchObject({ status: 'anchored', page: 4, sha256: newSha });
  expect(after!.note).toBe('Our form differs');
  expect((await call<SearchHit[]>('search', { query: 'cross-border' })).find((h) => h.type === 'pdf_page')?.pdf).toMatchObject({ sha256: newSha, page: 4 });

  // The delegate frees the space: the bytes go, the text stays found in its paper, the highlight stays put.
  await call('attachments.remove', { documentId: 'd1', url: copy!.url });
  expect((await call<{ state: string; storedSha256: string | null }[]>('attachments.list', { documentId: 'd1' }))[0]).toMatchObject({ state: 'removed', storedSha256: null });
  expect((await call<SearchHit[]>('search', { query: 'cross-border' })).find((h) => h.type === 'pdf_page')?.pdf).toMatchObject({ sha256: newSha, page: 4 });
  expect((await call<Annotation[]>('annotations.list', { documentId: 'd1' }))[0]!.anchor).toMatchObject({ status: 'anchored', page: 4, sha256: newSha });
});

// A paper's files kept on this device, end to end in the browser mode against the real core: a
// feed served over HTTP lists a paper with two PDFs; "Download now" shows the download's progress
// and ends "Available offline" (with the in-app reader offered), "Remove local copy" asks first
// and then says the file is gone; a server that sends other bytes than the publisher listed ends
// in "Download failed" with the reason in words, on the paper and in the Sync view's Downloads
// card; the page stops polling once nothing moves; the per-feed setting is saved, still there
// after a reload, and followed ("when I open the paper" fetches the files on opening it). The
// views pass axe and are photographed, light and dark.
import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { test, expect, type Page } from './desk-fixture';
import { photograph } from './photograph';
import { doc, page as feedPage } from '../support/feed-pages';
import { startFileServer, type FileServer } from '../support/file-server';
import { makePdf } from '../support/pdfs';

const PAPER = 'wd-ground-stations';
const PAPER_TITLE = 'Working document on the security of satellite ground stations';
const FULL_TEXT = 'Ground stations, full text';
const ANNEX = 'Annex: threat scenarios';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function paperPdf(subject: string, pages: number): Promise<Buffer> {
  const lines = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} on ${subject}, for the Group's work stream on space.`);
  return Buffer.from(await makePdf({ pages: Array.from({ length: pages }, () => lines), title: subject }));
}

/**
 * A publisher on 127.0.0.1: the feed, the paper's full text (held half-way until `release` when
 * asked, so the progress can be seen), and an annex whose bytes are not the ones the feed lists.
 */
async function publisher(options: { holdFullText?: boolean } = {}) {
  const server = await startFileServer();
  const fullText = await paperPdf('satellite ground stations', 30);
  const annexListed = await paperPdf('threat scenarios', 4);
  // The same size as listed, one byte changed: only the fingerprint can tell.
  const annexServed = Buffer.from(annexListed);
  const middle = annexServed.length >> 1;
  annexServed[middle] = annexServed[middle]! ^ 0xff;
  const attachment = (path: string, title: string, bytes: Buffer) => ({
    url: `${server.base}${path}`,
    mime_type: 'application/pdf',
    title,
    size_in_bytes: bytes.length,
    _delegation: { sha256: sha256(bytes) },
  });
  const feed = feedPage([
    doc(PAPER, { title: PAPER_TITLE, attachments: [attachment('/papers/full-text.pdf', FULL_TEXT, fullText), attachment('/papers/annex.pdf', ANNEX, annexListed)] }),
  ]);
  server.files.set('/feed.json', { bytes: Buffer.from(JSON.stringify(feed)), type: 'application/feed+json' });
  server.files.set('/papers/full-text.pdf', { bytes: fullText });
  server.files.set('/papers/annex.pdf', { bytes: annexServed });

  let release = () => {};
  if (options.holdFullText) {
    const released = new Promise<void>((done) => (release = done));
    server.intercept = (req, res) => {
      if (req.url !== '/papers/full-text.pdf') return false;
      void holdHalfWay(res, fullText, released);
      return true;
    };
  }
  return { server, fullText, release: () => release() };
}

async function holdHalfWay(res: ServerResponse, bytes: Buffer, released: Promise<void>) {
  res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(bytes.length) });
  const half = Math.floor(bytes.length / 2);
  res.write(bytes.subarray(0, half));
  await released;
  res.end(bytes.subarray(half));
}

/** Follows the publisher's feed from the Sync view, as a delegate does, and waits for its sync. */
async function follow(page: Page, open: (route: string) => Promise<void>, server: FileServer) {
  await open('/sync');
  await page.getByLabel('Feed address').fill(`${server.base}/feed.json`);
  await page.getByRole('button', { name: 'Add feed' }).click();
  await expect(page.getByText(/1 paper.* added/i).first()).toBeVisible({ timeout: 20_000 });
}

const row = (page: Page, name: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: new RegExp(`^${name}`) }) });

test('"Download now" shows the progress, ends available offline, and "Remove local copy" takes it away', async ({ app, page, pageErrors }, testInfo) => {
  const { server, release } = await publisher({ holdFullText: true });
  try {
    await follow(page, app.open, server);
    await app.open(`/library/${PAPER}`);
    const fullText = row(page, FULL_TEXT);
    // The default policy keeps the files of papers on upcoming meetings: this one is on none.
    await expect(fullText.getByText('Not downloaded')).toBeVisible();

    await fullText.getByRole('button', { name: `Download now: ${FULL_TEXT}` }).click();
    await expect(fullText.getByText(/^Downloading \d+ %$/)).toBeVisible({ timeout: 10_000 });
    await expect(fullText.getByRole('progressbar', { name: `Downloading ${FULL_TEXT}` })).toBeVisible();
    // The page stays usable while the file arrives.
    await expect(page.getByRole('button', { name: /Mark as (un)?read/ })).toBeEnabled();
    await fullText.scrollIntoViewIfNeeded();
    await photograph(page, testInfo, 'attachment-downloading-light');

    release();
    await expect(fullText.getByText('Available offline')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(`${FULL_TEXT} is on this device now`)).toBeVisible();
    const read = fullText.getByRole('link', { name: `Read in the app: ${FULL_TEXT}` });
    await expect(read).toHaveAttribute('href', `#/library/${PAPER}/pdf?url=${encodeURIComponent(`${server.base}/papers/full-text.pdf`)}`);
    // The publisher's copy is still offered, outside the app.
    await expect(fullText.getByRole('link', { name: new RegExp(`^${FULL_TEXT}.*opens outside the app`) })).toHaveAttribute('target', '_blank');

    await fullText.getByRole('button', { name: `Remove local copy: ${FULL_TEXT}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove the local copy?' });
    await expect(dialog.getByText('Your annotations on it are kept, and search still finds its text.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Remove local copy' }).click();
    await expect(fullText.getByText('Removed from this device')).toBeVisible();
    await expect(fullText.getByRole('button', { name: `Download now: ${FULL_TEXT}` })).toBeVisible();
    await expect(fullText.getByRole('link', { name: /Read in the app/ })).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  } finally {
    release();
    await server.close();
  }
});

test('a file whose bytes are not the ones listed is refused, and the delegate reads why', async ({ app, page, pageErrors }) => {
  const { server } = await publisher();
  try {
    await follow(page, app.open, server);
    await app.open(`/library/${PAPER}`);
    const annex = row(page, ANNEX);
    await annex.getByRole('button', { name: `Download now: ${ANNEX}` }).click();
    await expect(annex.getByText('Download failed', { exact: true })).toBeVisible({ timeout: 15_000 });
    const reason = annex.getByText(/^Download failed: /);
    await expect(reason).toBeVisible();
    // Words, not a code, a digest or a stack.
    await expect(reason).not.toHaveText(/[0-9a-f]{16}|Error:|ERR_|\{|\bat \w+ \(/);
    await expect(page.getByText(`${ANNEX} was not downloaded`)).toBeVisible();
    await expect(annex.getByRole('link', { name: /Read in the app/ })).toHaveCount(0);

    // Nothing moves any more on this paper, so the page stops asking.
    let asked = 0;
    page.on('request', (r) => r.url().endsWith('/api/attachments.list') && asked++);
    await page.waitForTimeout(3000);
    expect(asked).toBe(0);

    // The Sync view says it too, with the same reason and a way to try again.
    await app.open('/sync');
    const downloads = page.getByRole('region', { name: 'Downloads' });
    await expect(downloads.getByText('1 file could not be downloaded')).toBeVisible();
    const failed = downloads.getByRole('listitem').filter({ hasText: ANNEX });
    // The reason, before "The desk tries again in …" (whose minutes may have moved on).
    const why = (await reason.textContent())!.split('. ')[0]!;
    await expect(failed.getByText(/^Download failed: /)).toContainText(why);
    await expect(failed.getByRole('button', { name: `Download now: ${ANNEX}` })).toBeVisible();
    await expect(failed.getByRole('link', { name: ANNEX })).toHaveAttribute('href', `#/library/${PAPER}`);
    expect(pageErrors).toEqual([]);
  } finally {
    await server.close();
  }
});

test('the per-feed attachment setting is saved, explained, still there after a reload, and followed', async ({ app, page, pageErrors }) => {
  const { server } = await publisher();
  try {
    await follow(page, app.open, server);
    // A feed without a title is named by its address.
    const feedUrl = `${server.base}/feed.json`;
    const policy = page.getByRole('combobox', { name: `Attachments kept on this device: ${feedUrl}` });
    await expect(policy).toHaveValue('For upcoming meetings (up to 500 MB)');
    const budget = page.getByRole('textbox', { name: `Most space for attachments, in MB: ${feedUrl}` });

    // A size that cannot be saved is refused in words, and nothing changes.
    await budget.fill('0');
    await budget.blur();
    await expect(page.getByText('Enter at least 1 MB. To download nothing at sync, choose "Never".')).toBeVisible();
    await budget.fill('750');
    await budget.blur();
    await expect(page.getByText('Feed setting saved')).toBeVisible();
    await page.reload();
    await expect(policy).toHaveValue('For upcoming meetings (up to 750 MB)');
    await expect(budget).toHaveValue('750');

    await policy.click();
    await page.getByRole('option', { name: 'When I open the paper' }).click();
    await expect(page.getByText("A sync downloads nothing: a paper's files are downloaded when you open the paper.")).toBeVisible();
    await expect(budget).toHaveCount(0);
    await page.reload();
    await expect(policy).toHaveValue('When I open the paper');
    const feed = (await (await page.request.post(`${app.origin}/api/feeds.list`, { data: {} })).json()).value.find(
      (f: { url: string }) => f.url === feedUrl,
    );
    expect(feed).toMatchObject({ attachmentPolicy: 'on_open', attachmentBudgetBytes: 750 * 1024 * 1024 });

    // And it does what it says: opening the paper fetches its files, and the page follows them.
    await app.open(`/library/${PAPER}`);
    await expect(row(page, FULL_TEXT).getByText('Available offline')).toBeVisible({ timeout: 15_000 });
    await expect(row(page, ANNEX).getByText('Download failed', { exact: true })).toBeVisible({ timeout: 15_000 });
    expect(pageErrors).toEqual([]);
  } finally {
    await server.close();
  }
});

// The paper with one file kept and one refused, and the Sync view saying so: light and dark,
// axe finds nothing serious, and each is photographed.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test(`the attachments of a paper and the downloads pass axe and are photographed (${scheme})`, async ({ app, page, pageErrors }, testInfo) => {
      // A sync, two downloads, two axe passes and two pictures: more than the default minute on a busy machine.
      test.slow();
      const { server } = await publisher();
      try {
        await follow(page, app.open, server);
        await app.open(`/library/${PAPER}`);
        await row(page, FULL_TEXT).getByRole('button', { name: /^Download now/ }).click();
        await row(page, ANNEX).getByRole('button', { name: /^Download now/ }).click();
        await expect(row(page, FULL_TEXT).getByText('Available offline')).toBeVisible({ timeout: 15_000 });
        await expect(row(page, ANNEX).getByText('Download failed', { exact: true })).toBeVisible({ timeout: 15_000 });
        await judge(page);
        await page.getByRole('heading', { name: 'Attachments' }).scrollIntoViewIfNeeded();
        await photograph(page, testInfo, `document-attachments-${scheme}`);

        await app.open('/sync');
        await expect(page.getByRole('region', { name: 'Downloads' }).getByText('1 file could not be downloaded')).toBeVisible();
        await judge(page);
        await photograph(page, testInfo, `sync-downloads-${scheme}`, { fullPage: true });
        expect(pageErrors).toEqual([]);
      } finally {
        await server.close();
      }
    });
  });
}

async function judge(page: Page) {
  await expect(page.getByText('Loading…')).toHaveCount(0);
  // Mantine's transitions (and the notices sliding in) end before anything is judged.
  await page.waitForTimeout(400);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('many files that failed for one reason are shown as one group, tried again all at once', async ({ app, page, pageErrors }) => {
  // Twelve files of one paper failed while the desk was offline, one more for its own reason.
  const OFFLINE = 'Could not download the file: the server name could not be found (are you offline?); gave up after 6 tries.';
  const db = app.desk.db;
  const paper = db.prepare('SELECT id FROM documents ORDER BY id LIMIT 1').pluck().get() as string;
  const attach = db.prepare(`INSERT INTO attachments (document_id, position, url, mime_type, title) VALUES (?, ?, ?, 'application/pdf', ?)`);
  const fail = db.prepare(`INSERT INTO attachment_copies (document_id, url, state, error, updated_at) VALUES (?, ?, 'failed', ?, '2026-12-06T06:00:00Z')`);
  for (let i = 0; i < 13; i++) {
    const url = `http://127.0.0.1:1/offline-${i}.pdf`;
    attach.run(paper, 100 + i, url, `Offline annex ${i + 1}`);
    fail.run(paper, url, i < 12 ? OFFLINE : 'The server answered 404 Not Found.');
  }

  await app.open('/sync');
  const downloads = page.getByRole('region', { name: 'Downloads' });
  await expect(downloads.getByText('13 files could not be downloaded')).toBeVisible();
  await expect(downloads.getByText(/^12 files: could not download the file: the server name could not be found \(are you offline\?\); gave up after 6 tries\./)).toBeVisible();
  await expect(downloads.getByText(/^Download failed: the server answered 404 Not Found\./)).toBeVisible();
  // The reason once, the first files listed, the rest on request.
  await expect(downloads.getByText(/are you offline/)).toHaveCount(1);
  await expect(downloads.getByRole('button', { name: /^Download now: Offline annex/ })).toHaveCount(6);
  await downloads.getByRole('button', { name: 'Show all 12' }).click();
  await expect(downloads.getByRole('button', { name: /^Download now: Offline annex/ })).toHaveCount(13);

  await downloads.getByRole('button', { name: 'Try these 12 again' }).click();
  await expect
    .poll(() => db.prepare(`SELECT count(*) FROM attachment_copies WHERE url LIKE '%/offline-%' AND state = 'failed' AND error = ?`).pluck().get(OFFLINE))
    .toBe(0);
  await expect(downloads.getByText(/^Download failed: the server answered 404 Not Found\./)).toBeVisible();
  expect(pageErrors).toEqual([]);
});

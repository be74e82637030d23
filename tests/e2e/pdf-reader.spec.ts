// The PDF reader in the browser mode against the real core: a paper's stored PDF opens in the app
// (pdf.js, its worker bundled, under the page's CSP); a passage selected with the mouse on the text
// layer becomes a highlight with a note, listed in the same panel as a paper's own, still there
// after a reload, recorded with its page; a word found only inside the PDF (page 3 of 3) opens the
// reader at that page with the word marked; find in the PDF, zoom and the PDF's contents work; a
// file not on the device says so and offers the download; light and dark pass axe and are photographed.
import AxeBuilder from '@axe-core/playwright';
import { extractPdfText } from '../../src/pdf/extract-text';
import { storeExtracted } from '../../src/pdf/store-text';
import { syncSource } from '../../src/sync/sync';
import { doc, page as feedPage, tempDir, writeFeed } from '../support/feed-pages';
import { makePdf, storeTestFile } from '../support/pdfs';
import { test, expect, type DeskFixture, type Page } from './desk-fixture';
import { photograph } from './photograph';
import { dragOver } from './select-text';

const PAPER = 'wd-ground-stations';
const PAPER_TITLE = 'Working document on the security of satellite ground stations';
const PDF_URL = 'https://publisher.example/papers/ground-stations.pdf';
const PDF_TITLE = 'Ground stations, full text';
const QUOTE = 'redundant uplink paths';
const NOTE = 'Ask the capital whether our operators already do this.';
/** A word only page 3 of the PDF has: nowhere in the paper's own text or anywhere else. */
const RARE = 'Svalbard';

const PAGES = [
  ['Security of satellite ground stations', '', `Operators should keep ${QUOTE} for every station.`, 'Each ground station is a critical asset.'],
  ['Threat scenarios', '', 'Jamming and spoofing of the uplink are the main threats.', 'A ground station is a critical asset too.'],
  ['Annex: sites', '', `The northernmost station studied is on ${RARE}.`, 'Sites are listed by Member State.'],
];

/** The paper, with its PDF kept on the device and its text read, as a finished download leaves them. */
async function paperWithPdf(app: DeskFixture, options: { stored?: boolean; pages?: string[][] } = {}): Promise<void> {
  const bytes = await makePdf({
    pages: options.pages ?? PAGES,
    title: PDF_TITLE,
    outline: options.pages ? undefined : [
      { title: 'Security of satellite ground stations', page: 1 },
      { title: 'Threat scenarios', page: 2 },
      { title: 'Annex: sites', page: 3 },
    ],
  });
  const attachment = { url: PDF_URL, mime_type: 'application/pdf', title: PDF_TITLE, size_in_bytes: bytes.length };
  const result = await syncSource(app.desk.db, writeFeed(tempDir('dd-e2e-pdf-'), [feedPage([doc(PAPER, { title: PAPER_TITLE, attachments: [attachment] })])]));
  expect(result.status, result.error ?? '').toBe('applied');
  if (options.stored === false) return;
  const sha256 = storeTestFile(app.desk.db, app.desk.files.folder, bytes);
  app.desk.db
    .prepare(`INSERT INTO attachment_copies (document_id, url, state, sha256, bytes_received, bytes_total, updated_at) VALUES (?, ?, 'stored', ?, ?, ?, ?)`)
    .run(PAPER, PDF_URL, sha256, bytes.length, bytes.length, new Date().toISOString());
  storeExtracted(app.desk.db, sha256, await extractPdfText(bytes));
}

function readerAddress(extra = ''): string {
  return `/library/${PAPER}/pdf?url=${encodeURIComponent(PDF_URL)}${extra}`;
}

function pages(page: Page) {
  return page.getByRole('region', { name: 'Pages of the PDF' });
}

function pdfPage(page: Page, n: number) {
  return pages(page).getByRole('group', { name: `Page ${n}`, exact: true });
}

function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Annotations' });
}

async function openReader(app: DeskFixture, page: Page, extra = ''): Promise<void> {
  await app.open(readerAddress(extra));
  await expect(pdfPage(page, 1).locator('canvas[data-painted]')).toBeAttached({ timeout: 15_000 });
}

test('a passage of the PDF highlighted with a note is still there after a reload, on its page', async ({ app, page, pageErrors }) => {
  // pdf.js, its worker and the file all load under the page's Content Security Policy.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await paperWithPdf(app);
  await openReader(app, page);
  await expect(page.getByRole('heading', { level: 2, name: PDF_TITLE })).toBeVisible();
  await expect(panel(page).getByText('Select text in the paper to highlight it.')).toBeVisible();

  await dragOver(page, pdfPage(page, 1).locator('.textLayer'), QUOTE);
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Add note' }).click();
  const form = page.getByRole('dialog', { name: 'New highlight' });
  await form.getByLabel('Note').fill(NOTE);
  await form.getByRole('combobox', { name: 'Tags' }).fill('space');
  await form.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await form.getByRole('combobox', { name: 'Tags' }).press('Escape');
  await form.getByRole('button', { name: 'Save highlight' }).click();
  await expect(form).toHaveCount(0);

  const mark = pdfPage(page, 1).locator('mark.dd-mark');
  await expect(mark).toHaveText(QUOTE);
  await expect(mark).toHaveAttribute('title', `Highlight: ${NOTE}`);
  const card = panel(page).getByRole('listitem').filter({ hasText: QUOTE });
  await expect(card).toContainText(NOTE);
  await expect(card).toContainText('space');

  // Recorded as the core wants it: in this file, on page 1, with its quote and context.
  const saved = app.desk.db.prepare('SELECT exact, prefix, suffix, file FROM annotations').all() as { exact: string; prefix: string; suffix: string; file: string }[];
  expect(saved).toHaveLength(1);
  expect(saved[0]!.exact).toBe(QUOTE);
  expect(saved[0]!.prefix.endsWith('Operators should keep ')).toBe(true);
  expect(saved[0]!.suffix.startsWith(' for every station.')).toBe(true);
  expect(JSON.parse(saved[0]!.file)).toMatchObject({ url: PDF_URL, page: 1 });

  await page.reload();
  await expect(pdfPage(page, 1).locator('mark.dd-mark')).toHaveText(QUOTE, { timeout: 15_000 });
  await expect(panel(page).getByRole('listitem').filter({ hasText: QUOTE })).toContainText(NOTE);

  // Far from its page, choosing the card in the panel brings the highlight back into view.
  await page.getByRole('toolbar', { name: 'PDF reader' }).getByRole('textbox', { name: /^Page/ }).fill('3');
  await page.getByRole('toolbar', { name: 'PDF reader' }).getByRole('textbox', { name: /^Page/ }).press('Enter');
  await expect(pdfPage(page, 1).locator('mark.dd-mark')).not.toBeInViewport();
  await panel(page).getByRole('listitem').filter({ hasText: QUOTE }).getByText(QUOTE).click();
  await expect(pdfPage(page, 1).locator('mark.dd-mark')).toBeInViewport();
  expect(refused).toEqual([]);

  // The paper's own page does not take the PDF's highlight for one of its text's (nor an orphan):
  // it links to it in the PDF, and back.
  await app.open(`/library/${PAPER}`);
  await expect(page.getByRole('heading', { level: 2, name: PAPER_TITLE })).toBeVisible();
  await expect(panel(page).getByText('Orphaned')).toHaveCount(0);
  await expect(panel(page).getByRole('listitem')).toHaveCount(0);
  await panel(page).getByRole('link', { name: `1 highlight in ${PDF_TITLE}` }).click();
  await expect(pdfPage(page, 1).locator('mark.dd-mark')).toHaveText(QUOTE, { timeout: 15_000 });
  expect(pageErrors).toEqual([]);
});

test('a word found only inside the PDF opens the reader at its page with the word marked', async ({ app, page, pageErrors }) => {
  await paperWithPdf(app);
  await app.open(`/search?q=${RARE.toLowerCase()}`);
  const hit = page.getByRole('listitem').filter({ hasText: 'In a PDF' });
  await expect(hit).toHaveCount(1);
  await hit.getByRole('link').click();

  await expect(page).toHaveURL(/\/pdf\?url=.*&page=3&find=Svalbard/);
  const found = pdfPage(page, 3).locator('mark.dd-find-current');
  await expect(found).toHaveText(RARE, { timeout: 15_000 });
  await expect(found).toBeInViewport();
  await expect(page.getByRole('textbox', { name: /^Page/ })).toHaveValue('3');
  await expect(page.getByRole('search', { name: 'Find in the PDF' }).getByText('1 of 1')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('find in the PDF, zoom and the contents take the delegate where asked', async ({ app, page, pageErrors }) => {
  await paperWithPdf(app);
  await openReader(app, page);

  await pages(page).focus();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find in the PDF' });
  await expect(find.getByRole('textbox')).toBeFocused();
  // The reader's own find, not the page's (shell/page-find.tsx).
  await expect(page.getByRole('search', { name: 'Find on this page' })).toHaveCount(0);
  await find.getByRole('textbox').fill('critical asset');
  await expect(find.getByText('1 of 2')).toBeVisible();
  await expect(pdfPage(page, 1).locator('mark.dd-find-current')).toHaveText('critical asset');
  await find.getByRole('textbox').press('Enter');
  await expect(find.getByText('2 of 2')).toBeVisible();
  await expect(pdfPage(page, 2).locator('mark.dd-find-current')).toHaveText('critical asset');
  await find.getByRole('textbox').fill('no such words here');
  await expect(find.getByText('Not found')).toBeVisible();
  await find.getByRole('textbox').press('Escape');
  await expect(find).toHaveCount(0);

  const zoom = page.getByRole('toolbar', { name: 'PDF reader' });
  const width = async () => (await pdfPage(page, 1).boundingBox())!.width;
  const fitted = await width();
  await zoom.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(width).toBeLessThan(fitted);
  await zoom.getByRole('button', { name: 'Fit width' }).click();
  await expect.poll(width).toBeCloseTo(fitted, 0);

  await zoom.getByRole('button', { name: 'Contents of the PDF' }).click();
  await page.getByRole('dialog', { name: 'Contents of the PDF' }).getByRole('button', { name: 'Annex: sites' }).click();
  await expect(zoom.getByRole('textbox', { name: /^Page/ })).toHaveValue('3');
  await zoom.getByRole('button', { name: 'Previous page' }).click();
  await expect(zoom.getByRole('textbox', { name: /^Page/ })).toHaveValue('2');
  expect(pageErrors).toEqual([]);
});

test('a PDF without any text (a scan) says it cannot be highlighted or searched, and still shows', async ({ app, page, pageErrors }) => {
  await paperWithPdf(app, { pages: [[], []] });
  await openReader(app, page);
  await expect(page.getByText(/This PDF has no text that can be selected/)).toBeVisible();
  await expect(pdfPage(page, 2)).toBeAttached();
  expect(pageErrors).toEqual([]);
});

test('a PDF not on this device says so and offers to download it', async ({ app, page, pageErrors }, testInfo) => {
  await paperWithPdf(app, { stored: false });
  await app.open(readerAddress());
  await expect(page.getByRole('heading', { name: `${PDF_TITLE} is not on this device` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download now' })).toBeVisible();
  await photograph(page, testInfo, 'pdf-reader-not-stored-light');
  expect(pageErrors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test(`the reader with a highlight and a found word passes axe and is photographed (${scheme})`, async ({ app, page, pageErrors }, testInfo) => {
      await paperWithPdf(app);
      await openReader(app, page, '&page=1&find=station');
      await dragOver(page, pdfPage(page, 1).locator('.textLayer'), QUOTE);
      await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Highlight in green' }).click();
      await expect(pdfPage(page, 1).locator('mark.dd-mark')).toHaveText(QUOTE);
      await expect(page.getByText('Loading…')).toHaveCount(0);
      await page.waitForTimeout(400);
      const results = await new AxeBuilder({ page }).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      await photograph(page, testInfo, `pdf-reader-${scheme}`);
      expect(pageErrors).toEqual([]);
    });
  });
}

// Issue 6's "done when", walked as a new user would in the browser mode: the sample feed comes in
// with its PDF papers, which the desk keeps on the device and reads for search; from then on
// nothing may leave the machine (every request not to the desk's own host fails). The 5G Toolbox
// paper's PDF is opened from the paper's page, a passage is highlighted with a note, a phrase from
// inside the PDF is found through the global search and opens at its page, and the meeting's
// briefing note shows the highlight with its page.
import { test, expect, type Page } from './desk-fixture';
import { dragOver } from './select-text';

const PAPER = 'cg-2020-01-5g-toolbox';
const PAPER_TITLE = 'Cybersecurity of 5G networks: EU Toolbox of risk mitigating measures';
const MEETING = 'mtg-2027-02-plenary';
/** On page 2 of the sample PDF (its section 2). */
const QUOTE = 'multi-vendor strategy';
const NOTE = 'Our operators already run two vendors.';

function pdfPage(page: Page, n: number) {
  return page.getByRole('region', { name: 'Pages of the PDF' }).getByRole('group', { name: `Page ${n}`, exact: true });
}

test('the sample PDF, offline: read, marked up, found by a phrase inside it, and in the briefing note with its page', async ({ app, page, pageErrors }) => {
  // What the desk does on its own after the sample sync: keep the PDFs of upcoming meetings, read their text.
  await app.desk.downloads.whenIdle();
  await app.desk.texts.idle();
  const leaving: string[] = [];
  await page.route(
    (url) => url.origin !== app.origin,
    (route) => {
      leaving.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );

  await app.open(`/library/${PAPER}`);
  await expect(page.getByRole('heading', { level: 2, name: PAPER_TITLE })).toBeVisible();
  const attachments = page.getByRole('region', { name: 'Attachments' });
  await expect(attachments.getByText('Available offline')).toBeVisible();
  await attachments.getByRole('link', { name: /^Read in the app/ }).click();
  await expect(pdfPage(page, 1).locator('canvas[data-painted]')).toBeAttached({ timeout: 15_000 });

  await pdfPage(page, 2).scrollIntoViewIfNeeded();
  await expect(pdfPage(page, 2).locator('.textLayer')).toContainText(QUOTE, { timeout: 15_000 });
  await dragOver(page, pdfPage(page, 2).locator('.textLayer'), QUOTE);
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Add note' }).click();
  const form = page.getByRole('dialog', { name: 'New highlight' });
  await form.getByLabel('Note').fill(NOTE);
  await form.getByRole('button', { name: 'Save highlight' }).click();
  await expect(pdfPage(page, 2).locator('mark.dd-mark')).toHaveText(QUOTE);

  // A phrase only the PDF holds (its section 3, on page 3), through Ctrl+K.
  await app.open('/');
  await page.keyboard.press('Control+K');
  await page.getByRole('textbox', { name: 'Search everything' }).fill('network orchestration');
  await page.getByRole('button', { name: `${PAPER_TITLE} (In a PDF, page 3)` }).click();
  await expect(page).toHaveURL(/\/pdf\?url=.*&page=3/);
  await expect(pdfPage(page, 3).locator('mark.dd-find-current').first()).toBeInViewport({ timeout: 15_000 });

  // The meeting's briefing note carries the highlight, its note and its page.
  await app.open(`/meetings/${MEETING}`);
  await page.getByRole('button', { name: 'Briefing note' }).click();
  const preview = page.frameLocator('iframe[title="Preview of the briefing note"]');
  await expect(preview.getByText(QUOTE)).toBeVisible({ timeout: 15_000 });
  await expect(preview.getByText(NOTE)).toBeVisible();
  await expect(preview.getByText(/, page 2/).first()).toBeVisible();

  expect(leaving).toEqual([]);
  expect(pageErrors).toEqual([]);
});

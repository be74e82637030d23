// Long lists that scroll with the page stay a window onto the list (shell/window-rows.ts): with
// thousands of contacts or meetings the page holds a few dozen rows, yet End shows the last one
// whole, a search result far down the directory is brought into view, and each row still works.
import { test, expect } from './desk-fixture';
import { writeSyntheticFeed } from '../../src/feed/synth';
import { syncSource } from '../../src/sync/sync';
import { listContacts } from '../../src/contacts/contacts';
import { filterContacts, NO_FILTER } from '../../src/renderer/contacts/filter-contacts';
import { tempDir } from '../support/feed-pages';

const SIZE = 5000;

test('thousands of contacts: a window of rows, every contact still reached', async ({ app, page, pageErrors }) => {
  test.setTimeout(180_000);
  const folder = tempDir();
  await writeSyntheticFeed(folder, { documents: 1, meetings: 1, agendaItems: 1, contacts: SIZE, pageSize: 1000, textBytes: 200, seed: 7 });
  expect((await syncSource(app.desk.db, `${folder}/feed.json`)).status).toBe('applied');
  // In the directory's own order, as the page shows them.
  const directory = filterContacts(listContacts(app.desk.db), NO_FILTER);
  const total = directory.length;
  expect(total).toBeGreaterThan(SIZE);

  await app.open('/contacts');
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(page.getByText(`${total.toLocaleString('en-GB')} contacts`)).toBeVisible({ timeout: 30_000 });
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  const rows = table.locator('tbody tr[aria-rowindex]');
  expect(await rows.count()).toBeGreaterThan(5);
  expect(await rows.count()).toBeLessThan(80);

  // The end of the list, by the keyboard.
  await page.keyboard.press('End');
  const last = directory[total - 1]!;
  const lastRow = table.locator(`tr[aria-rowindex="${total + 1}"]`);
  await expect(lastRow).toContainText(last.name);
  // Whole: the rows measured on the way are taller than estimated, and the page grows under End.
  await expect(lastRow).toBeInViewport({ ratio: 1 });
  expect(await rows.count()).toBeLessThan(80);
  // Its country's first row is far above, out of the window: the row still shows its country.
  expect(directory[total - 2]!.country).toBe(last.country);
  const code = lastRow.getByRole('cell').first().getByText(last.country.toUpperCase(), { exact: true });
  // Seen, not only there for a screen reader: what is under its middle is the code itself.
  const seen = await code.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return element.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
  });
  expect(seen).toBe(true);

  // A search result pointing far down the list: shown, marked and holding the keyboard focus.
  const far = directory[Math.floor(total * 0.8)]!;
  await app.open(`/contacts?focus=${encodeURIComponent(far.id)}`);
  const marked = table.locator('tr[aria-current="true"]');
  await expect(marked).toContainText(far.name);
  await expect(marked).toBeInViewport();
  await expect(marked).toBeFocused();

  // Its notes open from its row, in the one drawer the directory shares.
  await marked.getByRole('button', { name: `Notes on ${far.name}` }).click();
  const drawer = page.getByRole('dialog', { name: `Notes on ${far.name}` });
  await drawer.getByRole('textbox', { name: 'New note' }).fill('Ask about the exercise calendar.');
  await page.keyboard.press('Control+Enter');
  await expect(drawer.getByText('Ask about the exercise calendar.')).toBeVisible();
  // End over the drawer is the drawer's: the directory behind it stays where it was.
  await drawer.getByRole('button', { name: 'Close the notes' }).focus();
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Filtering answers at once and starts the shorter list from its first row.
  await page.getByRole('textbox', { name: 'Name or organisation' }).fill(far.name);
  await expect(page.getByText(new RegExp(`^\\d+ of ${total.toLocaleString('en-GB')} contacts$`))).toBeVisible();
  await expect(table.locator('tbody tr[aria-rowindex]').first()).toContainText(far.name);
  expect(pageErrors).toEqual([]);
});

test('years of past meetings: a window of the list, End shows the last one whole', async ({ app, page, pageErrors }) => {
  test.setTimeout(180_000);
  const folder = tempDir();
  await writeSyntheticFeed(folder, { documents: 1, meetings: 1500, agendaItems: 1, contacts: 1, pageSize: 1000, textBytes: 200, seed: 8 });
  expect((await syncSource(app.desk.db, `${folder}/feed.json`)).status).toBe('applied');

  await app.open('/meetings');
  // Counted as a delegate reads numbers: "Past (1,455)".
  const pastTab = page.getByText(/^Past \([\d,]+\)$/);
  const past = Number(/[\d,]+/.exec((await pastTab.textContent())!)![0].replaceAll(',', ''));
  expect(past).toBeGreaterThan(500);
  await pastTab.click();
  const list = page.getByRole('list', { name: 'Past meetings' });
  const items = list.locator(':scope > li');
  await expect(items.first()).toHaveAttribute('aria-setsize', String(past));
  expect(await items.count()).toBeLessThan(80);

  // End from the tabs (a radio button, not a text): the page's end, not the tabs'.
  await page.keyboard.press('End');
  const last = list.locator(`li[aria-posinset="${past}"]`);
  await expect(last).toBeInViewport({ ratio: 1 });
  expect(await items.count()).toBeLessThan(80);
  await expect(last.getByRole('link')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

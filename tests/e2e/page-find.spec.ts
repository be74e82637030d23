// Ctrl/Cmd+F finds on the page, in the desktop app's window as in a browser: every match marked
// without touching the page's markup, the one shown scrolled into view, case and accents ignored,
// Enter and Shift+Enter to step, Escape to close. (The PDF reader keeps its own: pdf-reader.spec.)
import type { Page } from '@playwright/test';
import { test, expect } from './desk-fixture';
import { putPaper } from '../support/papers';
import { expectAccessible } from './accessible';

/** What the page's highlights hold: every match's text, and the one shown. */
function painted(page: Page) {
  return page.evaluate(() => {
    // The registry is a map of names to sets of ranges (the DOM types here lack its reading side).
    const registry = CSS.highlights as unknown as Map<string, Set<Range>>;
    const texts = (name: string) => [...(registry.get(name) ?? [])].map((range) => range.toString());
    return { all: texts('dd-find'), shown: texts('dd-find-current') };
  });
}

/** Whether the match shown is within the window. */
function shownInView(page: Page) {
  return page.evaluate(() => {
    const box = [...(CSS.highlights as unknown as Map<string, Set<Range>>).get('dd-find-current')!][0]!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

test('finds on a paper, every match marked, the one shown in view, and steps through them', async ({ app, page, pageErrors }) => {
  const filler = 'Member States exchanged views on the implementation of the measures. '.repeat(120);
  putPaper(app.desk.db, 'doc-find', `The kestrel opens. ${filler}A Kestrel in the middle. ${filler}The réseau and the KESTREL close it.`, 'A paper about birds of prey');
  await app.open('/library/doc-find');
  await expect(page.getByRole('heading', { level: 2, name: 'A paper about birds of prey' })).toBeVisible();
  const paperText = page.getByRole('region', { name: "The paper's text" });
  const html = await paperText.innerHTML();

  await page.keyboard.press('ControlOrMeta+f');
  const bar = page.getByRole('search', { name: 'Find on this page' });
  const field = bar.getByRole('textbox', { name: 'Find on this page' });
  await expect(field).toBeFocused();
  await field.fill('kestrel');
  await expect(bar).toContainText('1 of 3');
  await expect.poll(() => painted(page)).toEqual({ all: ['kestrel', 'Kestrel', 'KESTREL'], shown: ['kestrel'] });

  // The last one, far down the paper: brought into view.
  await field.press('Shift+Enter');
  await expect(bar).toContainText('3 of 3');
  await expect.poll(() => painted(page).then((p) => p.shown)).toEqual(['KESTREL']);
  await expect.poll(() => shownInView(page)).toBe(true);
  await field.press('Enter');
  await expect(bar).toContainText('1 of 3');
  await expect.poll(() => shownInView(page)).toBe(true);

  // Accents and case as the app's search reads them; nothing found is said.
  await field.fill('RESEAU');
  await expect(bar).toContainText('1 of 1');
  await expect.poll(() => painted(page).then((p) => p.all)).toEqual(['réseau']);
  await field.fill('falcon');
  await expect(bar).toContainText('Not found');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
  }

  // The paper's markup was never touched; Escape closes and the marks go.
  expect(await paperText.innerHTML()).toBe(html);
  await field.press('Escape');
  await expect(bar).toBeHidden();
  await expect.poll(() => painted(page)).toEqual({ all: [], shown: [] });
  expect(pageErrors).toEqual([]);
});

test('finds on any page, from a text field too, follows the page as it changes, and closes with it', async ({ app, page }) => {
  await app.open('/meetings/mtg-2027-02-plenary');
  const note = page.getByRole('region', { name: 'Your notes' }).getByRole('textbox', { name: 'New note' });
  await note.click();
  await page.keyboard.press('ControlOrMeta+f');
  const bar = page.getByRole('search', { name: 'Find on this page' });
  await bar.getByRole('textbox').fill('sandpiper');
  await expect(bar).toContainText('Not found');
  // A note added while the find is open: found in it.
  await page.getByRole('region', { name: 'Your notes' }).getByRole('textbox', { name: 'New note' }).fill('Saw a sandpiper on the way.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(bar).toContainText('1 of 1');
  // Closed, the keyboard is back where it was: in the note box.
  await bar.getByRole('textbox').press('Escape');
  await expect(note).toBeFocused();
  await page.keyboard.press('ControlOrMeta+f');
  await expect(bar).toContainText('1 of 1');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(bar).toBeHidden();
});

test('finds in the drawer on top when one is open, and Escape closes the find before the drawer', async ({ app, page }) => {
  await app.open('/meetings/mtg-2027-02-plenary');
  await page.getByRole('button', { name: 'Tour de table on item 3' }).click();
  const tour = page.getByRole('dialog', { name: /Tour de table on item 3/ });
  await expect(tour).toBeVisible();
  await page.keyboard.press('ControlOrMeta+f');
  const bar = page.getByRole('search', { name: 'Find on this page' });
  const field = bar.getByRole('textbox', { name: 'Find on this page' });
  await expect(field).toBeFocused();
  await field.fill('slovenia');
  await expect(bar).toContainText('1 of 1');
  await expect.poll(() => painted(page)).toEqual({ all: ['Slovenia'], shown: ['Slovenia'] });
  // Far down the list of speakers: the drawer scrolled to it.
  await expect.poll(() => shownInView(page)).toBe(true);
  await field.press('Escape');
  await expect(bar).toBeHidden();
  await expect(tour).toBeVisible();
});

// The library stays a window onto the list, not the whole list: with thousands of papers the page
// holds a few dozen rows, and the last paper is still reached by scrolling.
import { test, expect } from './desk-fixture';
import { writeSyntheticFeed } from '../../src/feed/synth';
import { syncSource } from '../../src/sync/sync';
import { tempDir } from '../support/feed-pages';

test('thousands of papers scroll in a virtualized list', async ({ app, page }) => {
  test.setTimeout(180_000);
  const folder = tempDir();
  await writeSyntheticFeed(folder, { documents: 3000, meetings: 1, agendaItems: 1, contacts: 1, pageSize: 1000, textBytes: 200, seed: 5 });
  expect((await syncSource(app.desk.db, `${folder}/feed.json`)).status).toBe('applied');

  await app.open('/library');
  const list = page.getByRole('list', { name: 'Documents' });
  await expect(page.getByText(/3,?014 documents/)).toBeVisible({ timeout: 30_000 });
  const rendered = await list.getByRole('link').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(80);

  await list.getByRole('link').first().focus();
  await page.keyboard.press('End');
  await expect(list.getByRole('link').last()).toBeFocused();
  expect(await list.getByRole('link').count()).toBeLessThan(80);
});

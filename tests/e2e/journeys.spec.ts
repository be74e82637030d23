// What a delegate does, end to end in the browser mode against the real core: find a paper and
// open it, follow a new feed and see its paper in the library, survive an unreachable feed, and
// read a paper whose HTML tries to run script.
import { test, expect } from './desk-fixture';
import { serveFeedFolder } from '../../src/feed/serve';
import { doc, page as feedPage, tempDir, writeFeed } from '../support/feed-pages';
import { putPaper } from '../support/papers';
import { expectAccessible } from './accessible';
import type { Store } from '../../src/store/open';

test('search finds a paper and opens it', async ({ app, page, pageErrors }) => {
  await app.open('/search?q=incident%20taxonomy');
  const result = page.getByRole('link', { name: 'Cybersecurity Incident Taxonomy' }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cybersecurity Incident Taxonomy' })).toBeVisible();
  expect(page.url()).toContain('#/library/cg-2018-07-incident-taxonomy');
  expect(pageErrors).toEqual([]);
});

/** 110 short notes outrank 3 long papers that name the bird once: the best hundred are all notes. */
function addKestrels(db: Store) {
  const add = db.prepare(
    `INSERT INTO notes (id, subject_type, subject_id, body, created_at, updated_at) VALUES (?, 'meeting', 'mtg-2027-02-plenary', 'kestrel', ?, ?)`,
  );
  for (let i = 0; i < 110; i++) add.run(`note-kestrel-${i}`, '2026-12-06T10:00:00Z', '2026-12-06T10:00:00Z');
  for (let i = 0; i < 3; i++) putPaper(db, `doc-kestrel-${i}`, `${'A long paper about other things. '.repeat(40)}Then a kestrel.`, `Kestrel paper ${i}`);
}

test('the kind facets count every match, so a kind the best hundred leave out can still be chosen', async ({ app, page, pageErrors }) => {
  addKestrels(app.desk.db);
  await app.open('/search?q=kestrel');
  const facets = page.getByRole('radiogroup', { name: 'Kind of result' });
  // Said on the page and announced (the page's status line).
  await expect(page.getByText('113 results for “kestrel”; the best 100 shown. Add a word to narrow the search.')).toHaveCount(2);
  await expect(facets.getByText('Notes110')).toBeVisible();
  await facets.getByText('Documents3').click();
  await expect(page.getByText('3 documents among 113 results for “kestrel”')).toHaveCount(2);
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(3);
  await expect(results.getByRole('link', { name: 'Kestrel paper 0' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('"Show the last 13" lists every match, and the keyboard reads on from the first it added', async ({ app, page, pageErrors }) => {
  addKestrels(app.desk.db);
  await app.open('/search?q=kestrel');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(100);
  await page.getByRole('button', { name: 'Show the last 13' }).click();
  await expect(results.getByRole('listitem')).toHaveCount(113);
  await expect(results.getByRole('listitem').nth(100).getByRole('link')).toBeFocused();
  await expect(page.getByText('113 results for “kestrel”', { exact: true })).toHaveCount(2);
  await expect(page.getByRole('button', { name: /^Show the last/ })).toHaveCount(0);
  await expectAccessible(page);

  // The address holds how many are listed: Back from the last result returns to all 113, at it.
  const last = results.getByRole('listitem').nth(112).getByRole('link');
  await last.click();
  await expect(page).not.toHaveURL(/#\/search/);
  await page.goBack();
  await expect(results.getByRole('listitem')).toHaveCount(113);
  await expect(results.getByRole('listitem').nth(112)).toBeInViewport();

  // Another order is another search: it starts again from the best hundred.
  await page.getByText('Newest first').click();
  await expect(results.getByRole('listitem')).toHaveCount(100);
  await expect(page.getByRole('button', { name: 'Show the last 13' })).toBeVisible();
  // With a kind chosen, its own results grow, and the facets keep counting every match.
  await page.getByRole('radiogroup', { name: 'Kind of result' }).getByText('Notes110').click();
  await page.getByRole('button', { name: 'Show the last 10' }).click();
  await expect(results.getByRole('listitem')).toHaveCount(110);
  expect(pageErrors).toEqual([]);
});

test('Back from a paper opened on a meeting\'s agenda returns to that item, not to the top, as a reload does', async ({ app, page, pageErrors }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await app.open('/meetings/mtg-2027-02-plenary');
  const papers = page.getByRole('main').locator('a[href*="#/library/"]');
  const last = papers.last();
  await expect(last).toBeVisible();
  const title = (await last.textContent())!;
  await last.click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('main').getByRole('link', { name: title }).last()).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  // So does reloading the window.
  await page.reload();
  await expect(page.getByRole('main').getByRole('link', { name: title }).last()).toBeInViewport();
  // A page opened anew starts at its top.
  await page.getByRole('main').getByRole('link', { name: title }).last().click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  expect(await page.evaluate(() => scrollY)).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('a page reached anew starts at its top, even when what it shows is there at once', async ({ app, page, pageErrors }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const scrollY = () => page.evaluate(() => window.scrollY);
  const deepInTheMeeting = async () => {
    await expect(page.getByRole('main').locator('a[href*="#/library/"]').last()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(scrollY).toBeGreaterThan(500);
  };
  // The directory read once, so the next time it is drawn at once, as tall as it will be.
  await app.open('/contacts');
  const heading = page.getByRole('heading', { level: 2, name: 'Contacts' });
  await expect(page.getByRole('button', { name: 'Notes on CERT.at' })).toBeVisible();

  // The app's own link.
  await app.open('/meetings/mtg-2027-02-plenary');
  await deepInTheMeeting();
  const left = await scrollY();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(heading).toBeVisible();
  await expect.poll(scrollY).toBe(0);
  await expect(heading).toBeInViewport();
  // Back: the meeting where it was left; Forward: the directory, left at its top, at its top.
  await page.goBack();
  await expect.poll(scrollY).toBe(left);
  await page.goForward();
  await expect(heading).toBeVisible();
  await expect.poll(scrollY).toBe(0);

  // An address typed.
  await app.open('/meetings/mtg-2027-02-plenary');
  await deepInTheMeeting();
  await app.open('/contacts');
  await expect.poll(scrollY).toBe(0);
  await expect(heading).toBeInViewport();
  expect(pageErrors).toEqual([]);
});

test('nothing current found: archived records are offered only when some match', async ({ app, page, pageErrors }) => {
  // A paper the feed withdrew while the delegate had highlighted it: archived, still in the store.
  const ROADMAP = 'cg-2025-06-post-quantum-roadmap';
  app.desk.db.prepare("UPDATE documents SET archived_at = '2026-12-01T10:00:00Z' WHERE id = ?").run(ROADMAP);
  const title = app.desk.db.prepare('SELECT title FROM documents WHERE id = ?').pluck().get(ROADMAP) as string;

  await app.open('/search?q=coordinated%20implementation%20roadmap');
  await expect(page.getByText('Nothing current matches; one archived record does.')).toBeVisible();
  await page.getByRole('button', { name: 'Show the archived record' }).click();
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: title })).toBeVisible();
  // The choice is in the address, so Back from the record finds the same results.
  await expect(page).toHaveURL(/archived=1/);
  await results.getByRole('link', { name: title }).click();
  await page.goBack();
  await expect(page.getByRole('switch', { name: 'Include archived' })).toBeChecked();
  await expect(results.getByRole('link', { name: title })).toBeVisible();

  // Words nothing holds, archived or not: no button that leads to the same empty page.
  await app.open('/search?q=zzyzzx');
  await expect(page.getByText('Nothing found for “zzyzzx”')).toBeVisible();
  await expect(page.getByText('Check the spelling, or use fewer words: every word must match.')).toBeVisible();
  await expect(page.getByRole('button', { name: /archived/ })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('the keyboard skips the header and the navigation to the page in one stop', async ({ app, page }) => {
  await app.open('/meetings/mtg-2027-02-plenary');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to the page' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The page's first stop (its trail back to the meetings), not the header's search.
  await expect(page.getByRole('main').getByRole('link', { name: 'Meetings' })).toBeFocused();
  // Out of sight when it does not have the focus.
  await expect(skip).not.toBeInViewport();
});

test('? lists the keyboard shortcuts, as does the header; typed in a field it is only a question mark', async ({ app, page }) => {
  await app.open('/meetings/mtg-2027-02-plenary');
  const box = page.getByRole('region', { name: 'Your notes' }).getByRole('textbox', { name: 'New note' });
  await box.fill('Who leads');
  await box.press('Shift+?');
  await expect(box).toHaveValue('Who leads?');
  const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(list).toHaveCount(0);

  await page.getByRole('heading', { level: 2 }).first().click();
  await page.keyboard.press('Shift+?');
  await expect(list).toBeVisible();
  await expect(list.getByRole('row', { name: /Find on this page/ })).toContainText('Ctrl+F');
  await expect(list.getByRole('row', { name: /Highlight the selected text/ })).toContainText('Ctrl+Shift+H');
  await expect(list.getByRole('row', { name: /Record that stance/ })).toContainText('1 to 5');
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(list).toBeVisible();
});

test('results come the newest first when asked, and the address keeps the choice', async ({ app, page, pageErrors }) => {
  await app.open('/search?q=incident');
  const results = page.getByRole('list', { name: 'Search results' });
  const order = page.getByRole('radiogroup', { name: 'Order of results' });
  await expect(order.getByRole('radio', { name: 'Best match' })).toBeChecked();
  const firstBest = await results.getByRole('link').first().textContent();
  await order.getByText('Newest first').click();
  await expect(order.getByRole('radio', { name: 'Newest first' })).toBeChecked();
  expect(page.url()).toContain('sort=newest');
  // The upcoming work stream meeting's items lead: the latest dates in the sample that name incidents.
  await expect(results.getByRole('listitem').first()).toContainText('10 Mar 2027');
  expect(await results.getByRole('link').first().textContent()).not.toBe(firstBest);
  // A result opened and Back: still the newest first.
  await results.getByRole('link').first().click();
  await page.goBack();
  await expect(page.getByRole('radiogroup', { name: 'Order of results' }).getByRole('radio', { name: 'Newest first' })).toBeChecked();
  await expectAccessible(page);
  expect(pageErrors).toEqual([]);
});

test('a misspelt search offers the closest words, on the Search page and in Ctrl+K', async ({ app, page, pageErrors }) => {
  await app.open('/search?q=incidnet%20taxonmy');
  await expect(page.getByText('Nothing found for “incidnet taxonmy”')).toBeVisible();
  await expect(page.getByText('Did you mean “incident taxonomy”?', { exact: true })).toBeVisible();
  // Said to a screen reader too.
  await expect(page.getByRole('status').filter({ hasText: 'Nothing found. Did you mean “incident taxonomy”?' })).toHaveCount(1);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Search for “incident taxonomy”' }).click();
  await expect(page.getByRole('textbox', { name: 'Search terms' })).toHaveValue('incident taxonomy');
  await expect(page.getByRole('link', { name: 'Cybersecurity Incident Taxonomy' }).first()).toBeVisible();
  // Back returns to what was typed.
  await page.goBack();
  await expect(page.getByText('Did you mean “incident taxonomy”?', { exact: true })).toBeVisible();

  // Chosen in Ctrl+K, the corrected words take the box's place and their results come.
  await page.keyboard.press('Control+K');
  const box = page.getByRole('textbox', { name: 'Search everything' });
  await box.fill('toolbx');
  await page.getByRole('button', { name: 'Search for “toolbox”' }).click();
  await expect(box).toHaveValue('toolbox');
  await expect(page.getByRole('button', { name: /^Cybersecurity of 5G networks: EU Toolbox of risk mitigating measures/ }).first()).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a result says when and in what it lies: an agenda item names its meeting, a paper its reference', async ({ app, page, pageErrors }) => {
  await app.open('/search?q=post-quantum');
  const results = page.getByRole('list', { name: 'Search results' });
  const item = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^4\.b Transition to post-quantum cryptography/ }) });
  await expect(item.getByText('17 Feb 2027 · Sample: NIS Cooperation Group plenary meeting', { exact: true })).toBeVisible();
  // Found by its title alone, the item's words are marked in its title, and no snippet repeats it.
  await expect(item.getByRole('link').locator('mark')).toHaveText(['post', 'quantum']);
  await expect(item.getByText('4.b Transition to post-quantum cryptography', { exact: true })).toHaveCount(1);
  await expect(item.locator('p')).toHaveCount(1); // the line that places it, only
  // A paper without a reference is placed by its date alone.
  // (The paper itself: its PDF's pages, once read in the background, are results of their own.)
  const roadmap = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: /implementation roadmap/ }) }).filter({ hasNotText: 'In a PDF' });
  await expect(roadmap.getByText('23 Jun 2025', { exact: true })).toBeVisible();
  await app.open('/search?q=5G%20toolbox');
  const toolbox = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: /EU Toolbox of risk mitigating measures$/ }) });
  await expect(toolbox.first().getByText('29 Jan 2020 · CG Publication 01/2020', { exact: true })).toBeVisible();

  // The same line in the search from anywhere, and in each result's name.
  await page.keyboard.press('Control+K');
  await page.getByRole('textbox', { name: 'Search everything' }).fill('post-quantum');
  await expect(
    page.getByRole('button', { name: /^4\.b Transition to post-quantum cryptography.*\(Agenda item\), 17 Feb 2027 · Sample: NIS Cooperation Group plenary meeting$/ }),
  ).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('Ctrl+K searches everything and goes to the chosen result', async ({ app, page }) => {
  await app.open('/');
  await page.keyboard.press('Control+K');
  const box = page.getByRole('textbox', { name: 'Search everything' });
  await expect(box).toBeVisible();
  await box.fill('election technology');
  await page.getByRole('button', { name: /Compendium on Cyber Security of Election Technology/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Compendium on Cyber Security of Election Technology' })).toBeVisible();
});

test('a sync from a served feed adds a paper that then shows in the library', async ({ app, page }) => {
  const folder = tempDir();
  writeFeed(folder, [feedPage([doc('wd-e2e-1', { title: 'Working document on satellite ground stations', content_html: '<p>New paper.</p>' })])]);
  const server = await serveFeedFolder(folder);
  try {
    await app.open('/sync');
    await page.getByLabel('Feed address').fill(`${server.url}feed.json`);
    await page.getByRole('button', { name: 'Add feed' }).click();
    await expect(page.getByText(/1 paper.* added/i).first()).toBeVisible({ timeout: 20_000 });
    await app.open('/library');
    await expect(page.getByRole('link', { name: /Working document on satellite ground stations/ })).toBeVisible();
  } finally {
    await server.close();
  }
});

test('an unreachable feed shows a readable error and the app keeps working', async ({ app, page, pageErrors }) => {
  await app.open('/sync');
  await page.getByLabel('Feed address').fill('http://127.0.0.1:1/feed.json');
  await page.getByRole('button', { name: 'Add feed' }).click();
  await expect(page.getByText(/could not reach the server/).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/TypeError|stack|\{"ok"/)).toHaveCount(0);
  await app.open('/meetings');
  await expect(page.getByRole('link', { name: /Sample: NIS Cooperation Group plenary meeting/ }).first()).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a feed whose HTML carries script payloads renders without running any of them', async ({ app, page, pageErrors }) => {
  const folder = tempDir();
  const payload = [
    '<p>Readable text of the hostile paper.</p>',
    '<script>window.__pwned = "script"</script>',
    '<img src="x" onerror="window.__pwned = \'img\'">',
    '<svg onload="window.__pwned = \'svg\'"></svg>',
    '<iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
    '<p onclick="window.__pwned = \'click\'">Click me</p>',
    '<a href="javascript:window.__pwned = \'link\'">a javascript link</a>',
    '<a href="https://example.org/" onmouseover="window.__pwned = \'hover\'">a web link</a>',
    '<form action="https://evil.example/"><button>Send</button></form>',
    '<style>body { display: none }</style>',
  ].join('');
  writeFeed(folder, [feedPage([doc('hostile-1', { title: 'Hostile paper', content_html: payload })])]);
  const { syncSource } = await import('../../src/sync/sync');
  expect((await syncSource(app.desk.db, `${folder}/feed.json`)).status).toBe('applied');

  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await app.open('/library/hostile-1');
  await expect(page.getByText('Readable text of the hostile paper.')).toBeVisible();
  await page.getByText('Click me').click();
  await page.getByText('a web link').hover();
  await page.getByText('a javascript link').click({ noWaitAfter: true }).catch(() => undefined);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  // The paper's own content, as displayed (Mantine's styles elsewhere on the page are its own).
  const html = await page.getByText('Readable text of the hostile paper.').locator('..').innerHTML();
  expect(html).not.toMatch(/<script|onerror|onload|onclick|onmouseover|javascript:|<iframe|<form|<style/i);
  expect(pageErrors).toEqual([]);
});

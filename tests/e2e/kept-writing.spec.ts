// Writing not yet saved outside a position (a new note, a note being edited) survives the app
// going down: the next window says so on every page, shows each text with where it was being
// written, and lets the delegate copy it back, open its place, or discard it. Saved or given up,
// nothing is left to offer.
import { test, expect } from './desk-fixture';
import { createHandlers } from '../../src/api/handlers';
import { expectAccessible } from './accessible';

const MEETING = 'mtg-2027-02-plenary';
const MEETING_PAGE = `/meetings/${MEETING}`;
// Not any window's: what the store would offer a window opened after this one.
const NEXT_WINDOW = 'the-next-window-session';

test('a note not yet added and a note being edited come back after the app goes down', async ({ app, page, pageErrors }) => {
  const api = createHandlers(app.desk);
  const meetingTitle = (await api['meetings.get']({ id: MEETING })).title;
  await api['notes.save']({ subjectType: 'meeting', subjectId: MEETING, body: 'Met the Dutch delegate.' });
  // The page goes as after a crash: the question before closing is answered "close".
  page.on('dialog', (dialog) => void dialog.accept());

  await app.open(MEETING_PAGE);
  const notes = page.getByRole('region', { name: 'Your notes' });
  await notes.getByRole('textbox', { name: 'New note' }).fill('Ask the Presidency about the timeline.');
  await notes.getByRole('button', { name: 'Edit this note' }).click();
  await notes.getByRole('textbox', { name: 'Edit the note' }).fill('Met the Dutch and Danish delegates.');
  await expect
    .poll(async () => (await api['writing.recovered']({ openWindows: [NEXT_WINDOW] })).map((k) => k.body).sort())
    .toEqual(['Ask the Presidency about the timeline.', 'Met the Dutch and Danish delegates.']);

  await page.reload();
  await expect(notes.getByRole('textbox', { name: 'New note' })).toHaveValue('');
  const notice = page.getByRole('status').filter({ hasText: 'Writing kept from when Delegate Desk last closed' });
  await expect(notice).toContainText('2 texts were not saved');
  await notice.getByRole('button', { name: 'Show what was kept' }).click();
  const drawer = page.getByRole('dialog', { name: 'Writing kept from last time' });
  const added = drawer.getByRole('listitem', { name: `A new note on “${meetingTitle}”` });
  const edited = drawer.getByRole('listitem', { name: `Your edit of a note on “${meetingTitle}”` });
  await expect(added).toContainText('Ask the Presidency about the timeline.');
  await expect(edited).toContainText('Met the Dutch and Danish delegates.');

  // A new note goes straight back in its box, from any page; the edit is opened where it was,
  // then discarded: the notice goes with the last.
  await expect(added.getByRole('link', { name: 'Open where it was' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await app.open('/contacts');
  await notice.getByRole('button', { name: 'Show what was kept' }).click();
  await added.getByRole('button', { name: 'Put it back in its box' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: meetingTitle })).toBeVisible();
  await expect(notes.getByRole('textbox', { name: 'New note' })).toHaveValue('Ask the Presidency about the timeline.');
  await expect(notice).toContainText('One text was not saved');
  await notice.getByRole('button', { name: 'Show what was kept' }).click();
  await edited.getByRole('link', { name: 'Open where it was' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: meetingTitle })).toBeVisible();
  await notice.getByRole('button', { name: 'Show what was kept' }).click();
  await edited.getByRole('button', { name: 'Discard' }).click();
  await expect(notice).toBeHidden();
  // The note put back is this window's again, kept as it is written, and added like any other.
  const bodies = async () => (await api['writing.recovered']({ openWindows: [NEXT_WINDOW] })).map((k) => k.body);
  await expect.poll(bodies).toEqual(['Ask the Presidency about the timeline.']);
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByRole('list', { name: 'Your notes' }).getByText('Ask the Presidency about the timeline.')).toBeVisible();
  await expect.poll(bodies).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('writing saved or given up leaves nothing to offer', async ({ app, page }) => {
  const api = createHandlers(app.desk);
  await api['notes.save']({ subjectType: 'meeting', subjectId: MEETING, body: 'Met the Dutch delegate.' });
  const kept = async () => (await api['writing.recovered']({ openWindows: [NEXT_WINDOW] })).map((k) => k.body);
  await app.open(MEETING_PAGE);
  const notes = page.getByRole('region', { name: 'Your notes' });

  // A note added: kept while typed, gone once added.
  await notes.getByRole('textbox', { name: 'New note' }).fill('Bring the slides.');
  await expect.poll(kept).toEqual(['Bring the slides.']);
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByRole('list', { name: 'Your notes' }).getByText('Bring the slides.')).toBeVisible();
  await expect.poll(kept).toEqual([]);

  // An edit cancelled, and an edit saved.
  const first = notes.getByRole('listitem').filter({ hasText: 'Met the Dutch delegate.' });
  await first.getByRole('button', { name: 'Edit this note' }).click();
  await notes.getByRole('textbox', { name: 'Edit the note' }).fill('A change of mind.');
  await expect.poll(kept).toEqual(['A change of mind.']);
  await notes.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(kept).toEqual([]);
  await first.getByRole('button', { name: 'Edit this note' }).click();
  await notes.getByRole('textbox', { name: 'Edit the note' }).fill('Met the Dutch delegate twice.');
  await expect.poll(kept).toEqual(['Met the Dutch delegate twice.']);
  await notes.getByRole('button', { name: 'Save note' }).click();
  await expect(notes.getByText('Met the Dutch delegate twice.')).toBeVisible();
  await expect.poll(kept).toEqual([]);

  // This window's own writing is never offered to it as "kept from last time".
  await notes.getByRole('textbox', { name: 'New note' }).fill('Still being written.');
  await expect.poll(kept).toEqual(['Still being written.']);
  await app.open('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText('Writing kept from when Delegate Desk last closed')).toHaveCount(0);
});

test("a highlight's note being edited is kept, and dropped when the edit is cancelled", async ({ app, page }) => {
  const api = createHandlers(app.desk);
  const PAPER = 'cg-2020-01-5g-toolbox';
  const QUOTE = 'strategic and technical measures';
  const paper = await api['documents.get']({ id: PAPER });
  const text = app.desk.db
    .prepare('SELECT content_text FROM document_revisions WHERE document_id = ? AND seq = ?')
    .pluck()
    .get(PAPER, paper.revision) as string;
  const start = text.indexOf(QUOTE);
  await api['annotations.create']({ documentId: PAPER, revision: paper.revision, start, end: start + QUOTE.length, exact: QUOTE, prefix: '', suffix: '', color: 'yellow', note: '', tags: [] });
  const kept = async () => (await api['writing.recovered']({ openWindows: [NEXT_WINDOW] })).map(({ label, body }) => ({ label, body }));

  await app.open(`/library/${PAPER}`);
  await page.getByRole('button', { name: `Edit the annotation on “${QUOTE}”` }).click();
  const note = page.getByRole('complementary').getByLabel('Note');
  await note.fill('Ask ENISA how the measures are audited.');
  await expect.poll(kept).toEqual([{ label: `Your edit of a highlight's note on “${paper.title}”`, body: 'Ask ENISA how the measures are audited.' }]);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(kept).toEqual([]);
});

test('a tour de table comment being typed is kept, and dropped once saved', async ({ app, page }) => {
  const api = createHandlers(app.desk);
  const kept = async () => (await api['writing.recovered']({ openWindows: [NEXT_WINDOW] })).map(({ label, body }) => ({ label, body }));
  const item = (await api['meetings.get']({ id: MEETING })).agenda.find((i) => i.id === 'ai-2027-02-plenary-3')!;
  await app.open(MEETING_PAGE);
  await page.getByRole('button', { name: 'Tour de table on item 3' }).click();
  const tour = page.getByRole('dialog', { name: /Tour de table on item 3/ });
  await tour.getByRole('toolbar', { name: 'Stance of Italy' }).getByRole('button', { name: 'Against' }).click();
  const comment = tour.getByRole('textbox', { name: 'Comment by Italy' });
  await comment.fill('Worried about the cost');
  await expect.poll(kept).toEqual([{ label: `A comment by IT in the tour de table on item ${item.number}, “${item.title}”`, body: 'Worried about the cost' }]);
  await comment.press('Enter');
  await expect.poll(async () => (await api['tourDeTable.get']({ agendaItemId: 'ai-2027-02-plenary-3' })).statements[0]?.comment).toBe('Worried about the cost');
  await expect.poll(kept).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the notice and the kept writing are accessible, ${scheme}`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const api = createHandlers(app.desk);
    await api['writing.keep']({ place: `note-new:meeting:${MEETING}`, session: 'a-window-gone-down', body: 'Ask the Presidency about the timeline.' });
    await app.open('/');
    // A window that starts after the one that went down.
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'Writing kept from when Delegate Desk last closed' });
    await expect(notice).toContainText('One text was not saved');
    await expectAccessible(page);
    await notice.getByRole('button', { name: 'Show what was kept' }).click();
    await expect(page.getByRole('dialog', { name: 'Writing kept from last time' })).toContainText('Ask the Presidency about the timeline.');
    await expectAccessible(page);
  });
}

test('closing over unsaved work keeps what was typed the moment before, a note and a position alike', async ({ app, page, context }) => {
  const api = createHandlers(app.desk);
  await app.open(MEETING_PAGE);
  await page.getByRole('region', { name: 'Your notes' }).getByRole('textbox', { name: 'New note' }).fill('Ask the Presidency about the timeline.');
  await page.getByRole('button', { name: /^(Write|Edit) position on item 4\.b/ }).click();
  await page.getByRole('dialog', { name: /Position on item 4\.b/ }).getByRole('textbox', { name: 'Red lines' }).fill('No deadline before 2030.');
  // Closed at once, before the moment after which typing is kept: the question is answered "close".
  page.on('dialog', (dialog) => void dialog.accept());
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);

  await expect
    .poll(async () => (await api['writing.recovered']({ openWindows: [NEXT_WINDOW] })).map((k) => k.body))
    .toEqual(['Ask the Presidency about the timeline.']);
  await expect.poll(async () => (await api['positions.getDraft']({ agendaItemId: 'ai-2027-02-plenary-4b' }))?.fields.redLines).toBe('No deadline before 2030.');
  const next = await context.newPage();
  await next.goto(`${app.origin}/#/`);
  await expect(next.getByRole('status').filter({ hasText: 'Writing kept from when Delegate Desk last closed' })).toContainText('One text was not saved');
});

test("another tab's writing is not offered while that tab is open, and is once it is gone", async ({ app, page, context }) => {
  const api = createHandlers(app.desk);
  const notice = (tab: typeof page) => tab.getByRole('status').filter({ hasText: 'Writing kept from when Delegate Desk last closed' });
  const other = await context.newPage();
  await other.goto(`${app.origin}/#${MEETING_PAGE}`);
  await other.getByRole('region', { name: 'Your notes' }).getByRole('textbox', { name: 'New note' }).fill('Written in the other tab.');
  await expect.poll(async () => (await api['writing.recovered']({ openWindows: [NEXT_WINDOW] })).map((k) => k.body)).toEqual(['Written in the other tab.']);

  await app.open('/');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Dashboard' })).toBeVisible();
  await expect(notice(page)).toHaveCount(0);

  // The other tab goes down as after a crash (no question): its text is left behind, and offered
  // when this tab is shown again, once the browser has let the other one go.
  await other.close({ runBeforeUnload: false });
  await expect.poll(() => page.evaluate(async () => (await navigator.locks.query()).held?.length)).toBe(1);
  // As the browser tells of it: at the page, heard by the window above it.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await expect(notice(page)).toContainText('One text was not saved');
  await notice(page).getByRole('button', { name: 'Show what was kept' }).click();
  await expect(page.getByRole('dialog', { name: 'Writing kept from last time' })).toContainText('Written in the other tab.');
});

test('a keep the store refuses (a full disk) is said once, and the text stays on screen', async ({ app, page }) => {
  const api = createHandlers(app.desk);
  const FULL = 'Delegate Desk could not do this: the disk is full. Your data is unchanged.';
  let refused = 0;
  await page.route('**/api/writing.keep', async (route) => {
    refused += 1;
    await route.fulfill({ json: { ok: false, error: FULL } });
  });
  await app.open(MEETING_PAGE);
  const box = page.getByRole('region', { name: 'Your notes' }).getByRole('textbox', { name: 'New note' });
  await box.fill('Ask the Presidency');
  await expect.poll(() => refused).toBe(1);
  const notice = page.getByRole('alert').filter({ hasText: 'What you are writing is not kept in case of a crash' });
  await expect(notice).toContainText(`${FULL} Your text is still on screen: save it when you can.`);
  // Refused again: not said again.
  await box.fill('Ask the Presidency about the timeline.');
  await expect.poll(() => refused).toBe(2);
  await page.waitForTimeout(300);
  await expect(notice).toHaveCount(1);
  await expect(box).toHaveValue('Ask the Presidency about the timeline.');

  // Room again: kept.
  await page.unroute('**/api/writing.keep');
  await box.fill('Ask the Presidency about the timeline, and the budget.');
  await expect
    .poll(async () => (await api['writing.recovered']({ openWindows: [NEXT_WINDOW] })).map((k) => k.body))
    .toEqual(['Ask the Presidency about the timeline, and the budget.']);
});

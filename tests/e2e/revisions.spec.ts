// A paper the delegate read, then revised by the publisher: flagged "changed since you read it"
// in the library and on the meeting's agenda, and compared with the revision read, added and
// removed text marked. The meeting page counts it in the delegate's preparation. Both schemes
// pass the accessibility check and are photographed (test-results/) to be looked at.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from './desk-fixture';
import { syncSource } from '../../src/sync/sync';
import { writeRecord } from '../../src/local-records/tables';
import { positionId } from '../../src/local-records/records';
import { agendaItem, doc, meeting, page as feedPage, tempDir, writeFeed, type Json } from '../support/feed-pages';

const PAPER = 'wd-e2e-supply-chain';
const TITLE = 'Working document on supply chain security';
const MEETING = 'mtg-e2e-revisions';

function feed(paragraphs: string[], revision: number): Json[] {
  return [
    feedPage([doc(PAPER, { title: TITLE, content_html: paragraphs.map((p) => `<p>${p}</p>`).join(''), _delegation: { type: 'guideline', revision } })], {
      meetings: [meeting(MEETING, { title: 'Work stream on supply chain security', starts_at: '2030-03-10T09:30:00+01:00' })],
      agenda_items: [
        agendaItem('ai-e2e-1', MEETING, { title: 'Supply chain toolbox', document_ids: [PAPER] }),
        agendaItem('ai-e2e-2', MEETING, { number: '2', order: 2, title: 'Any other business' }),
      ],
    }),
  ];
}

const FIRST = [
  'Member States should assess the risk profile of suppliers.',
  'The Group reviews the measures every two years.',
  'Annex I lists the critical assets.',
];
const REVISED = [
  'Member States should assess the residual risk profile of all suppliers.',
  'The Group reviews the measures.',
  'Annex I lists the critical assets.',
];

async function axe(page: Page) {
  await page.waitForTimeout(300);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test('a paper changed since it was read is flagged, and what changed is marked', async ({ app, page, pageErrors }, testInfo) => {
      const folder = tempDir();
      expect((await syncSource(app.desk.db, writeFeed(folder, feed(FIRST, 1)))).status).toBe('applied');

      // Opening the paper records it read.
      await app.open(`/library/${PAPER}`);
      await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Mark as unread' })).toBeVisible();

      expect((await syncSource(app.desk.db, writeFeed(folder, feed(REVISED, 2)))).status).toBe('applied');

      // The library flags it.
      await app.open('/library');
      await page.getByLabel('Filter by title or reference').fill('supply chain');
      const row = page.getByRole('link', { name: TITLE });
      await expect(row).toBeVisible();
      await expect(row.getByText('Changed since you read it')).toBeVisible();

      // So does the meeting's agenda, and the meeting's preparation counts it.
      await app.open(`/meetings/${MEETING}`);
      const agendaPaper = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
      await expect(agendaPaper.getByText('Changed since read')).toBeVisible();
      const preparation = page.getByRole('region', { name: 'Your preparation' });
      await expect(preparation).toContainText('0 of 2 items with an approved position');
      await expect(preparation).toContainText('1 changed since read');
      await axe(page);
      await page.screenshot({ path: testInfo.outputPath(`meeting-${scheme}.png`), fullPage: true });

      // Opening it says what the delegate read and leads to what changed.
      await agendaPaper.getByRole('link', { name: TITLE }).click();
      await expect(page.getByText('Changed since you last read it')).toBeVisible();
      await expect(page.getByText('You last read revision 1; this is revision 2.')).toBeVisible();
      const revisions = page.getByRole('region', { name: 'Revisions' });
      await expect(revisions.getByRole('row')).toHaveCount(3);
      await expect(revisions.getByRole('link', { name: 'What changed since the revision you last read' })).toBeVisible();
      await axe(page);
      await revisions.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`document-revisions-${scheme}.png`), fullPage: true });

      await page.getByRole('link', { name: 'See what changed' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'What changed' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Revision 1 to revision 2' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText('2 words added, 3 words removed');
      const added = page.locator('ins');
      const removed = page.locator('del');
      await expect(added).toHaveCount(2);
      await expect(added.first()).toHaveText('[added: residual ]');
      await expect(removed.first()).toHaveText('[removed:  every two years]');
      // Not by colour alone: underlined and struck through.
      await expect(added.first()).toHaveCSS('text-decoration-line', 'underline');
      await expect(removed.first()).toHaveCSS('text-decoration-line', 'line-through');
      await axe(page);
      await page.screenshot({ path: testInfo.outputPath(`compare-${scheme}.png`), fullPage: true });

      // Any two revisions: the same one twice has no differences.
      await page.getByRole('combobox', { name: 'From' }).click();
      await page.getByRole('option', { name: /^Revision 2/ }).click();
      await expect(page.getByRole('status').filter({ hasText: 'No differences' })).toBeVisible();
      await expect(page.locator('ins, del')).toHaveCount(0);
      expect(pageErrors).toEqual([]);
    });
  });
}

test('marking a paper unread by hand, and the preparation follows a position', async ({ app, page }) => {
  const folder = tempDir();
  await syncSource(app.desk.db, writeFeed(folder, feed(FIRST, 1)));
  await app.open(`/library/${PAPER}`);
  await page.getByRole('button', { name: 'Mark as unread' }).click();
  await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();
  await expect(page.getByText('Unread', { exact: true })).toBeVisible();

  const now = new Date().toISOString();
  writeRecord(app.desk.db, 'position', {
    id: positionId('ai-e2e-1'), agendaItemId: 'ai-e2e-1', status: 'approved', lineToTake: 'Support.', speakingPoints: '',
    redLines: '', fallback: '', background: '', owner: '', dueDate: null, createdAt: now, updatedAt: now, deletedAt: null,
  });
  await app.open(`/meetings/${MEETING}`);
  const preparation = page.getByRole('region', { name: 'Your preparation' });
  await expect(preparation).toContainText('1 of 2 items with an approved position');
  await expect(preparation).toContainText('1 paper unread');
});

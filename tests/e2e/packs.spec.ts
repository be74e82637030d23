// Packs from the Settings view, in the browser mode: an export is a download the import accepts;
// an import shows what it will do (changing nothing yet), then applies it; a broken pack says why.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readRecord, writeRecord } from '../../src/local-records/tables';
import { note, position, samplePack, statement } from '../../src/packs/pack-fixtures';
import { readPack } from '../../src/packs/read-pack';
import { expectAccessible } from './accessible';
import { expect, test } from './desk-fixture';

const MEETING = 'mtg-2027-02-plenary';
const ITEM = 'ai-2027-02-plenary-3';
const OTHER_ITEM = 'ai-2027-03-ws7-2';

async function download(page: Page, button: string) {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await started;
  return { name: file.suggestedFilename(), pack: readPack(readFileSync((await file.path())!, 'utf8')) };
}

async function choosePackFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a pack…' }).click();
  await (await chooser).setFiles(path);
}


test('exporting all the work, and one meeting\'s, downloads packs the import accepts', async ({ app, page, pageErrors }) => {
  writeRecord(app.desk.db, 'position', position(ITEM, undefined, { status: 'approved' }));
  writeRecord(app.desk.db, 'position', position(OTHER_ITEM));
  writeRecord(app.desk.db, 'note', note('n-meeting', 'meeting', MEETING));
  await app.open('/settings');
  await expect(page.getByRole('heading', { name: 'Back up and share your work' })).toBeVisible();
  await expect(page.getByText('Packs contain national positions')).toBeVisible();

  const all = await download(page, 'Export all my work');
  expect(all.name).toMatch(/^delegate-desk-pack-all-\d{4}-\d\d-\d\d\.json$/);
  expect(all.pack.positions.map((p) => p.agendaItemId).sort()).toEqual([ITEM, OTHER_ITEM]);
  expect(all.pack.app).toEqual({ name: 'Delegate Desk', version: 'e2e' });
  await expect(page.getByText('Pack exported')).toBeVisible();

  await expect(page.getByRole('button', { name: "Export a meeting's work" })).toBeDisabled();
  await page.getByRole('combobox', { name: 'Meeting' }).click();
  await page.getByRole('option', { name: /NIS Cooperation Group plenary meeting/ }).click();
  const one = await download(page, "Export a meeting's work");
  expect(one.name).toMatch(new RegExp(`^delegate-desk-pack-${MEETING}-\\d{4}-\\d\\d-\\d\\d\\.json$`));
  expect(one.pack.scope.meetingId).toBe(MEETING);
  expect(one.pack.positions.map((p) => p.agendaItemId)).toEqual([ITEM]);
  expect(one.pack.notes.map((n) => n.id)).toEqual(['n-meeting']);
  expect(pageErrors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test('importing a pack shows what it will do, changes nothing until asked, then applies it', async ({ app, page, pageErrors }) => {
      const dir = mkdtempSync(join(tmpdir(), 'dd-e2e-pack-'));
      // Over a megabyte, as a season's notes can be: the browser mode's host takes it.
      const long = 'Margins of the meeting. '.repeat(3000);
      const pack = samplePack({
        annotations: [],
        positions: [position(ITEM, undefined, { lineToTake: 'Support the progress report.' })],
        statements: [statement(ITEM, 'DE', undefined, { stance: 'scrutiny_reservation' })],
        notes: [note('n-gone', 'agenda_item', 'ai-not-on-this-desk'), ...Array.from({ length: 20 }, (_, i) => note(`n-${i}`, 'meeting', MEETING, undefined, { body: long }))],
        versions: [],
      });
      const file = join(dir, 'colleague.json');
      writeFileSync(file, JSON.stringify(pack, null, 2));
      expect(readFileSync(file).length).toBeGreaterThan(1024 * 1024);

      await app.open('/settings');
      await choosePackFile(page, file);
      const preview = page.getByRole('dialog', { name: 'Import this pack?' });
      await expect(preview).toBeVisible();
      await expect(preview.getByText('This is what importing colleague.json will do. Nothing has changed yet.')).toBeVisible();
      await expect(preview.getByRole('row', { name: 'Positions 1 0 0' })).toBeVisible();
      await expect(preview.getByRole('row', { name: 'Notes 21 0 0' })).toBeVisible();
      await expect(preview.getByText(/Position on item 3 "5G cybersecurity/)).toBeVisible();
      await expect(preview.getByRole('list', { name: 'Waiting records' })).toContainText(
        'Note on agenda item ai-not-on-this-desk',
      );
      expect(readRecord(app.desk.db, 'position', `position:${ITEM}`)).toBeUndefined();
      await expectAccessible(page);

      await preview.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(preview).toBeHidden();
      await expect(page.getByText('Pack imported')).toBeVisible();
      await expect(page.getByText('23 added; 23 saved states added to the history.')).toBeVisible();
      expect(readRecord(app.desk.db, 'position', `position:${ITEM}`)?.lineToTake).toBe('Support the progress report.');
      expect(readRecord(app.desk.db, 'statement', `statement:${ITEM}:DE`)?.stance).toBe('scrutiny_reservation');

      // The same pack again: nothing left to do, and the dialog says so.
      await choosePackFile(page, file);
      const again = page.getByRole('dialog', { name: 'Nothing to import' });
      await expect(again.getByText('Everything in colleague.json is already on this desk: importing it would change nothing.')).toBeVisible();
      await again.getByRole('button', { name: 'Close', exact: true }).click();
      await expect(again).toBeHidden();
      expect(pageErrors).toEqual([]);
    });
  });
}

test('a broken pack is refused with the path of the problem, and nothing is imported', async ({ app, page, pageErrors }) => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-e2e-pack-'));
  const broken = samplePack() as unknown as { positions: { status: string }[] };
  broken.positions[2]!.status = 'agreed';
  const file = join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(broken));

  await app.open('/settings');
  await choosePackFile(page, file);
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText(
    'broken.json could not be imported. The pack is not valid: positions[2].status: must be one of "none", "draft", "in_coordination", "approved".',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(readRecord(app.desk.db, 'position', 'position:a1')).toBeUndefined();
  await expectAccessible(page);
  expect(pageErrors).toEqual([]);
});

test('the work is backed up on request, listed with where it is, and a backup restores what a new data file lost', async ({ app, page, pageErrors }) => {
  await app.open('/settings');
  const backups = page.getByRole('table', { name: 'Backups of your work' });
  await expect(page.getByText('No backup yet')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing to back up yet' })).toBeVisible();

  writeRecord(app.desk.db, 'position', position(ITEM, undefined, { lineToTake: 'Support the Toolbox, with a timeline.' }));
  writeRecord(app.desk.db, 'note', note('n-meeting', 'meeting', MEETING));
  await page.getByRole('button', { name: 'Back up now' }).click();
  // By its title: the notice before it ("…are backed up once there are some") may still be up.
  await expect(page.getByRole('alert').filter({ hasText: /^Backed up/ })).toBeVisible();
  await expect(backups.getByRole('row')).toHaveCount(2);
  const folder = await page.getByRole('textbox', { name: 'Backups folder' }).inputValue();
  expect(folder).toBe(join(app.desk.dataFolder, 'desk-backups'));
  // Unchanged: not backed up twice.
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /^Already backed up/ })).toBeVisible();
  await expect(backups.getByRole('row')).toHaveCount(2);

  // The work is gone from the store, as with a new data file after a damaged one.
  app.desk.db.exec('DELETE FROM positions; DELETE FROM notes; DELETE FROM local_versions;');
  await page.reload();
  await backups.getByRole('button', { name: /^Restore the backup of / }).click();
  const question = page.getByRole('dialog', { name: 'Import this pack?' });
  await expect(question).toContainText('Nothing has changed yet');
  expect(readRecord(app.desk.db, 'position', `position:${ITEM}`)).toBeUndefined();
  await question.getByRole('button', { name: 'Import' }).click();
  await expect(question).toBeHidden();
  expect(readRecord(app.desk.db, 'position', `position:${ITEM}`)?.lineToTake).toBe('Support the Toolbox, with a timeline.');
  expect(readRecord(app.desk.db, 'note', 'n-meeting')?.body).toBe(`About ${MEETING}`);
  await expectAccessible(page);
  expect(pageErrors).toEqual([]);
});

test('a backups folder that cannot be used is said in the settings, in words', async ({ app, page }) => {
  writeFileSync(app.desk.backups.folder, 'a file where the backups folder goes');
  await app.open('/settings');
  await expect(page.getByRole('alert').filter({ hasText: 'The last backup failed' })).toContainText(
    'Could not read the backups folder: a part of the path is not a folder',
  );
});

// Files for other programs, from the browser mode: a meeting's calendar file from its page, and
// the directory's contacts (as filtered) as vCard; each download read back with ical.js.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { annotateQuote } from '../../src/annotations/annotations';
import { listContacts } from '../../src/contacts/contacts';
import { getMeeting } from '../../src/meetings/meetings';
import { expect, test } from './desk-fixture';

const MEETING = 'mtg-2027-02-plenary';
const PAPER = 'cg-2020-01-5g-toolbox';

async function download(page: Page, button: string | RegExp) {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await started;
  return { name: file.suggestedFilename(), content: readFileSync((await file.path())!, 'utf8') };
}

/** The calendar's or address book's components, as a calendar program would read them. */
function components(content: string) {
  const parsed = ICAL.parse(content);
  return ((Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[]).map((c) => new ICAL.Component(c as never));
}

test('a meeting page downloads the meeting as an .ics file a calendar reads', async ({ app, page, pageErrors }) => {
  const meeting = getMeeting(app.desk.db, MEETING);
  await app.open(`/meetings/${MEETING}`);
  await expect(page.getByRole('heading', { level: 2, name: meeting.title })).toBeVisible();

  const file = await download(page, 'Add to calendar (.ics)');
  expect(file.name).toBe(`delegate-desk-meeting-${MEETING}.ics`);
  const [calendar] = components(file.content);
  const events = calendar!.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  expect(events[0]!.getFirstPropertyValue('uid')).toBe(`${MEETING}@delegate-desk`);
  expect(events[0]!.getFirstPropertyValue('summary')).toBe(meeting.title);
  const start = events[0]!.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
  expect(start.toJSDate().getTime()).toBe(Date.parse(meeting.startsAt));
  expect(events[0]!.getFirstPropertyValue('location')).toBe(meeting.location);
  await expect(page.getByText('Calendar file saved')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the meetings page downloads every upcoming meeting as one .ics file', async ({ app, page }) => {
  await app.open('/meetings');
  const file = await download(page, 'Add upcoming to calendar (.ics)');
  const uids = components(file.content)[0]!.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
  expect(uids).toContain(`${MEETING}@delegate-desk`);
});

test('the contacts view downloads the contacts it shows, filtered or not, as vCard', async ({ app, page, pageErrors }) => {
  await app.open('/contacts');
  const all = await download(page, 'Export vCard');
  expect(all.name).toMatch(/^delegate-desk-contacts-\d{4}-\d\d-\d\d\.vcf$/);
  const everyone = listContacts(app.desk.db);
  expect(components(all.content).map((c) => c.getFirstPropertyValue('fn')).sort()).toEqual(everyone.map((c) => c.name).sort());

  await page.getByRole('combobox', { name: 'Country' }).fill('FR');
  await page.getByRole('option', { name: /^FR — France/ }).click();
  const french = listContacts(app.desk.db, { country: 'FR' });
  expect(french.length).toBeGreaterThan(0);
  const filtered = await download(page, `Export vCard (${french.length})`);
  const cards = components(filtered.content);
  expect(cards.map((c) => c.getFirstPropertyValue('fn')).sort()).toEqual(french.map((c) => c.name).sort());
  for (const card of cards) {
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstProperty('adr')!.getParameter('cc')).toBe('FR');
  }
  await expect(page.getByText('Contacts file saved').first()).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a paper\'s annotations panel downloads its annotations as Markdown', async ({ app, page, pageErrors }) => {
  annotateQuote(app.desk.db, PAPER, 'strategic and technical measures', { note: 'Ask the capital: *scope*?', tags: ['5g'] });
  await app.open(`/library/${PAPER}`);
  const file = await download(page, 'Export as Markdown');
  expect(file.name).toMatch(/^annotations-.+\.md$/);
  expect(file.content).toContain('> strategic and technical measures');
  expect(file.content).toContain('Ask the capital: \\*scope\\*?');
  expect(file.content).toContain('- Tags: 5g');
  expect(pageErrors).toEqual([]);
});

// Long lists in the browser mode: the contacts directory and the past meetings of a store synced
// from a synthetic feed of 5,000 contacts and 2,000 meetings, opened in Chromium and timed from
// the navigation (or the tab, or a letter typed in the filter) until the rows are in the page.
// The baselines, in the same run: the same view of the sample store (26 contacts), and for the
// meetings the other tab (80 upcoming against 1,920 past). The lists show only the rows in view
// (src/renderer/shell/window-rows.ts), so the two should be close; with every row in the page,
// 5,000 contacts took 28 s to open.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createHandlers } from '../src/api/handlers';
import { Desk } from '../src/desk/desk';
import { writeSyntheticFeed } from '../src/feed/synth';
import { syncSource } from '../src/sync/sync';
import { startWebHost } from '../src/web/host';
import { builtRenderer, timeTo, timeUntil } from './browser-app';
import { ms, type Row, type Section } from './report';
import { median } from './stats';

const CONTACTS = 5000;
const MEETINGS = 2000;

const CONTACT_ROW = 'table[aria-label="Contacts"] tbody tr[aria-rowindex]';
const STATUS = '[role="status"]';
const FILTER = 'input[placeholder="e.g. CERT-FR"]';
const PAST_ITEM = 'ul[aria-label="Past meetings"] > li';
const UPCOMING_ITEM = 'ul[aria-label="Upcoming meetings"] > li';

/** Types into a React-controlled input from inside the page, as one keystroke would. */
function typeInFilter(text: string): string {
  return `{
    const input = document.querySelector(${JSON.stringify(FILTER)});
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(text)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }`;
}

const statusText = `(document.querySelector(${JSON.stringify(STATUS)})?.textContent ?? '')`;

/** The meetings' tab whose label starts with `tense` ("Upcoming (80)"). */
function tab(tense: string): string {
  return `[...document.querySelectorAll('label')].find((l) => l.textContent.startsWith(${JSON.stringify(`${tense} (`)}))`;
}

interface Timings {
  contacts: number[];
  filter: number[];
  past: number[];
  upcoming: number[];
  /** What the page counts: "5000 contacts", "Past (1920)", "Upcoming (80)". */
  counted: { contacts: string; past: string; upcoming: string };
}

async function timeViews(browser: Browser, desk: Desk, rounds: number): Promise<Timings> {
  const host = await startWebHost({ handlers: createHandlers(desk), files: desk.storedFiles, rendererDir: await builtRenderer() });
  try {
    const page: Page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(host.url);
    await page.waitForSelector('main h2');
    const leave = () => timeTo(page, '#/', 'main h2');
    const times: Timings = { contacts: [], filter: [], past: [], upcoming: [], counted: { contacts: '', past: '', upcoming: '' } };
    // A first round loads each view's code and warms the page up; it is not counted.
    for (let round = 0; round <= rounds; round++) {
      const contacts = await timeTo(page, '#/contacts', CONTACT_ROW);
      times.counted.contacts = (await page.evaluate(statusText)) as string;
      // A letter typed in the filter, until the count of what it keeps is written.
      const filter = await timeUntil(page, typeInFilter('a'), `${statusText}.includes(' of ')`);
      await timeUntil(page, typeInFilter(''), `!${statusText}.includes(' of ')`);
      await leave();
      // The meetings' tabs, from one to the other: the past ones (the many), then back.
      await timeTo(page, '#/meetings', UPCOMING_ITEM);
      times.counted.past = (await page.evaluate(`${tab('Past')}?.textContent ?? ''`)) as string;
      times.counted.upcoming = (await page.evaluate(`${tab('Upcoming')}?.textContent ?? ''`)) as string;
      // The sample has no past meetings: its tabs are not timed.
      const tabs = /\(0\)/.test(times.counted.past)
        ? null
        : {
            past: await timeUntil(page, `${tab('Past')}.click()`, `document.querySelector(${JSON.stringify(PAST_ITEM)})`),
            upcoming: await timeUntil(page, `${tab('Upcoming')}.click()`, `document.querySelector(${JSON.stringify(UPCOMING_ITEM)})`),
          };
      await leave();
      if (round === 0) continue;
      times.contacts.push(contacts);
      times.filter.push(filter);
      if (tabs) {
        times.past.push(tabs.past);
        times.upcoming.push(tabs.upcoming);
      }
    }
    return times;
  } finally {
    await host.close();
  }
}

export async function benchLongLists(quick = false, log: (message: string) => void = () => {}): Promise<Section> {
  const rounds = quick ? 2 : 5;
  const work = mkdtempSync(join(tmpdir(), 'desk-bench-long-lists-'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const sample = await Desk.open({ storePath: join(work, 'sample', 'desk.db'), mode: 'browser', version: 'bench', seedSample: true });
  const large = await Desk.open({ storePath: join(work, 'large', 'desk.db'), mode: 'browser', version: 'bench' });
  try {
    log(`long lists: syncing ${CONTACTS} contacts and ${MEETINGS} meetings`);
    const feed = join(work, 'feed');
    await writeSyntheticFeed(feed, { documents: 1, meetings: MEETINGS, agendaItems: 1, contacts: CONTACTS, pageSize: 1000, textBytes: 200, seed: 2026 });
    const synced = await syncSource(large.db, join(feed, 'feed.json'));
    if (synced.status !== 'applied') throw new Error(`long lists: the synthetic feed was not applied (${synced.error ?? synced.status})`);

    log('long lists: the sample store');
    const small = await timeViews(browser, sample, rounds);
    log('long lists: the large store');
    const big = await timeViews(browser, large, rounds);
    const all = (runs: number[]) => runs.map((r) => Math.round(r)).join(', ');
    const row = (what: string, runs: number[], baseline: string, baseRuns: number[]): Row => ({
      measurement: `${what} (all ${all(runs)} ms)`,
      figure: ms(median(runs)),
      baseline: `${baseline}: ${ms(median(baseRuns))} (all ${all(baseRuns)} ms)`,
    });
    log(`long lists: contacts ${ms(median(big.contacts))} (sample ${ms(median(small.contacts))}), past meetings ${ms(median(big.past))}`);
    return {
      title: 'Long lists: the directory and the past meetings',
      intro:
        `A store synced from a synthetic feed of ${CONTACTS.toLocaleString('en')} contacts and ${MEETINGS.toLocaleString('en')} meetings, ` +
        'opened in the browser mode in Chromium (1440×900), each view timed inside the page from the navigation (or the click, or the ' +
        `letter typed) until its rows are in the page, median of ${rounds} after a first round; beside it, the same views of the ` +
        'sample store (26 contacts), and for the meetings the other tab of the same store. The lists hold only the rows in view ' +
        '(src/renderer/shell/window-rows.ts).',
      rows: [
        row(`The directory opened to its first rows: ${big.counted.contacts}`, big.contacts, `the sample's ${small.counted.contacts}`, small.contacts),
        row("A letter typed in the directory's filter, until the count of contacts kept is shown", big.filter, 'in the sample', small.filter),
        row(`The tab "${big.counted.past}" clicked, until the past meetings are in the page`, big.past, `"${big.counted.upcoming}" clicked back`, big.upcoming),
      ],
    };
  } finally {
    await browser.close();
    sample.close();
    large.close();
    rmSync(work, { recursive: true, force: true });
  }
}

// `delegate-desk position set|show`, run through the CLI's main() in this process (the same code
// the binary runs, without a second per start): its output, errors and exit codes.
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { closeStore, openStore } from '../src/store/open';
import { syncSource } from '../src/sync/sync';
import { positionVersions } from '../src/positions/positions';
import { agendaItem, meeting, page, tempDir, writeFeed } from './support/feed-pages';
import { runInProcess } from './support/cli-process';

const dir = tempDir('desk-cli-position-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let store: string;
let n = 0;

beforeEach(async () => {
  store = join(dir, `store-${++n}.db`);
  const db = openStore(store);
  try {
    const feed = writeFeed(tempDir(), [
      page([], {
        meetings: [meeting('m1', { title: 'Plenary, February', starts_at: '2027-02-17T09:30:00+01:00' })],
        agenda_items: [agendaItem('a1', 'm1', { number: '3', title: 'Guidelines on supply chain' })],
      }),
    ]);
    expect((await syncSource(db, feed)).status).toBe('applied');
  } finally {
    closeStore(db);
  }
});

const cli = (...args: string[]) => runInProcess(store, ...args);

async function shown(): Promise<Record<string, unknown>> {
  const run = await cli('position', 'show', 'a1', '--json');
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

function versions(): number {
  const db = openStore(store);
  try {
    return positionVersions(db, 'a1').length;
  } finally {
    closeStore(db);
  }
}

describe('position set', () => {
  it('writes the status and the line to take, and says so', async () => {
    const run = await cli('position', 'set', 'a1', '--status', 'draft', '--line', 'Support the guidelines');
    expect(run).toEqual({ status: 0, stdout: 'Position on a1 saved (status draft, version 1).\n', stderr: '' });
    expect(await shown()).toMatchObject({ status: 'draft', line_to_take: 'Support the guidelines' });
  });

  it('writes every field, speaking points one per line as a bullet list', async () => {
    const run = await cli(
      'position', 'set', 'a1', '--status', 'in_coordination', '--line', 'Support', '--speaking-points', '- Welcome the scope\n- Ask for 18 months',
      '--red-lines', 'No new reporting duty', '--fallback', 'A review clause', '--background', 'Capital still consulting',
      '--owner', ' Ministry of the Interior ', '--due', '2027-02-10', '--json',
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      id: 'position:a1',
      agenda_item_id: 'a1',
      status: 'in_coordination',
      line_to_take: 'Support',
      speaking_points: '<ul><li>Welcome the scope</li><li>Ask for 18 months</li></ul>',
      speaking_points_text: 'Welcome the scope\nAsk for 18 months',
      red_lines: 'No new reporting duty',
      fallback: 'A review clause',
      background: 'Capital still consulting',
      owner: 'Ministry of the Interior',
      due_date: '2027-02-10',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      versions: 1,
      agenda_item: { id: 'a1', number: '3', title: 'Guidelines on supply chain', available: true },
      meeting: { id: 'm1', title: 'Plenary, February', starts_at: '2027-02-17T09:30:00+01:00' },
    });
  });

  it('keeps what it is not given, and keeps a version per change', async () => {
    await cli('position', 'set', 'a1', '--status', 'draft', '--line', 'Support', '--owner', 'MoI', '--due', '2027-02-10');
    expect((await cli('position', 'set', 'a1', '--status', 'approved')).status).toBe(0);
    expect(await shown()).toMatchObject({ status: 'approved', line_to_take: 'Support', owner: 'MoI', due_date: '2027-02-10', versions: 2 });
    expect((await cli('position', 'set', 'a1', '--due', 'none')).status).toBe(0);
    expect(await shown()).toMatchObject({ status: 'approved', due_date: null, versions: 3 });
  });

  it('says so when nothing changed, and keeps no new version', async () => {
    await cli('position', 'set', 'a1', '--status', 'draft', '--line', 'Support');
    const again = await cli('position', 'set', 'a1', '--line', 'Support');
    expect(again).toMatchObject({ status: 0, stdout: 'The position on a1 already says that; nothing changed.\n' });
    expect(versions()).toBe(1);
  });

  it('accepts a status written as words ("in coordination")', async () => {
    expect((await cli('position', 'set', 'a1', '--status', 'In coordination')).status).toBe(0);
    expect(await shown()).toMatchObject({ status: 'in_coordination' });
  });

  it('exits 2, naming the allowed values, for an unknown status; nothing is saved', async () => {
    const run = await cli('position', 'set', 'a1', '--status', 'final', '--line', 'Support');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('delegate-desk: --status "final" is not a status: use one of none, draft, in_coordination, approved\n');
    expect(versions()).toBe(0);
  });

  it('exits 2 for a due date that is not a date, or when given nothing to set', async () => {
    const badDate = await cli('position', 'set', 'a1', '--due', '10/02/2027');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/--due "10\/02\/2027" is not a date: use YYYY-MM-DD/);
    const nothing = await cli('position', 'set', 'a1');
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toMatch(/nothing to set/);
    expect(versions()).toBe(0);
  });

  it('exits 1 with a clear message for an agenda item not in the store', async () => {
    const run = await cli('position', 'set', 'no-such-item', '--status', 'draft');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('delegate-desk: There is no agenda item with id "no-such-item" in this store\n');
  });
});

describe('position show', () => {
  it('prints the position for people: status, owner, the texts, speaking points as bullets', async () => {
    await cli(
      'position', 'set', 'a1', '--status', 'in_coordination', '--line', 'Support the guidelines.\nAsk for a review clause.',
      '--speaking-points', 'Welcome the scope\nAsk for 18 months', '--red-lines', 'No new reporting duty', '--owner', 'MoI', '--due', '2027-02-10',
    );
    const run = await cli('position', 'show', 'a1');
    expect(run.status, run.stderr).toBe(0);
    const updated = ((await shown()).updated_at as string).slice(0, 16).replace('T', ' ');
    expect(run.stdout).toBe(
      [
        'Position on 3 Guidelines on supply chain',
        'Meeting:  Plenary, February, 2027-02-17',
        'Status:   in coordination',
        'Owner:    MoI',
        'Due:      2027-02-10',
        `Saved:    ${updated} UTC (1 version kept)`,
        '',
        'Line to take:',
        '  Support the guidelines.',
        '  Ask for a review clause.',
        '',
        'Speaking points:',
        '  - Welcome the scope',
        '  - Ask for 18 months',
        '',
        'Red lines:',
        '  No new reporting duty',
        '',
      ].join('\n'),
    );
  });

  it('shows an item with no position yet as status none, never saved', async () => {
    expect(await shown()).toMatchObject({ id: 'position:a1', status: 'none', line_to_take: '', created_at: null, updated_at: null, versions: 0 });
    const run = await cli('position', 'show', 'a1');
    expect(run.stdout).toMatch(/Status: {3}none\nSaved: {4}never\n\nNothing written yet/);
  });

  it('exits 1 with a clear message for an agenda item not in the store', async () => {
    const run = await cli('position', 'show', 'no-such-item', '--json');
    expect(run).toEqual({ status: 1, stdout: '', stderr: 'delegate-desk: There is no agenda item with id "no-such-item" in this store\n' });
  });
});

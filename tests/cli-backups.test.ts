// `delegate-desk backups list|make`: the app's backups of the delegate's work, from the command
// line; a backup is restored with `pack import`, as any pack.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../src/store/open';
import { annotation, save } from '../src/packs/pack-fixtures';
import { putPaper } from './support/papers';
import { runInProcess } from './support/cli-process';

let dir: string;
let store: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-cli-backups-'));
  store = join(dir, 'desk.db');
  closeStore(openStore(store));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('backups from the command line', () => {
  it('lists none, makes none while there is no work, then backs the work up once, beside the data file', async () => {
    const folder = join(dir, 'desk-backups');
    expect((await runInProcess(store, 'backups', 'list')).stdout).toBe(`No backups yet in ${folder}.\n`);
    expect((await runInProcess(store, 'backups', 'make')).stdout).toBe('No backup made: nothing to back up.\n');

    const db = openStore(store);
    putPaper(db, 'd1', 'A paper to highlight.');
    save(db, 'annotation', annotation('an1', 'd1'));
    closeStore(db);

    const made = await runInProcess(store, 'backups', 'make');
    expect(made.status).toBe(0);
    const [, path] = /^Backed up your work to (\S+\.json) \(\d+ (?:bytes|KB)\)\.\n$/.exec(made.stdout) ?? [];
    expect(path?.startsWith(`${folder}/delegate-desk-work-`)).toBe(true);
    expect(JSON.parse(readFileSync(path!, 'utf8')).annotations.map((a: { id: string }) => a.id)).toEqual(['an1']);
    // The delegate's alone: it holds national positions.
    expect(statSync(path!).mode & 0o777).toBe(0o600);
    expect((await runInProcess(store, 'backups', 'make')).stdout).toBe('No backup made: unchanged since the last backup.\n');

    const listed = JSON.parse((await runInProcess(store, 'backups', 'list', '--json')).stdout);
    expect(listed).toEqual({ folder, backups: [{ fileName: expect.stringMatching(/^delegate-desk-work-/), madeAt: expect.any(String), bytes: expect.any(Number), path }] });
    expect((await runInProcess(store, 'backups', 'list')).stdout).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T\\S+Z +\\d+ (bytes|KB)  ${path!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
  });

  it('restores with pack import, as any pack', async () => {
    const { path } = (JSON.parse((await runInProcess(store, 'backups', 'list', '--json')).stdout).backups as { path: string }[])[0]!;
    const db = openStore(store);
    db.prepare("DELETE FROM annotations WHERE id = 'an1'").run();
    closeStore(db);
    const restored = await runInProcess(store, 'pack', 'import', path, '--json');
    expect(restored.status).toBe(0);
    const again = openStore(store);
    expect(again.prepare('SELECT id FROM annotations').pluck().all()).toEqual(['an1']);
    closeStore(again);
  });
});

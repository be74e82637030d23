// The delegate's work is backed up on its own: only when there is work and it changed since the
// newest backup, whole or not at all, the last 14 kept, readable only by the delegate, and
// restored by importing it like any pack.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import { APP, note, position, save, storeWithMeetings, T2 } from '../packs/pack-fixtures';
import { importPack } from '../packs/import';
import { readRecords } from '../local-records/tables';
import { tempDir } from '../../tests/support/feed-pages';
import { backUpWork, backupFileName, backupsFolderOf, KEEP_BACKUPS, listBackups, readBackup } from './work-backups';
import { restoreAdvice } from './restore-advice';

let db: Store;
let folder: string;
beforeEach(async () => {
  db = await storeWithMeetings();
  folder = join(tempDir('dd-backups-'), 'backups');
});
afterEach(() => db.close());

const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 8, minute, 0));

describe('backing up the work', () => {
  it('makes nothing, not even the folder, while there is no work', () => {
    expect(backUpWork(db, folder, { app: APP, now: at(0) })).toEqual({ made: null, why: 'nothing to back up' });
    expect(existsSync(folder)).toBe(false);
    expect(listBackups(folder)).toEqual([]);
  });

  it('makes a pack that restores the work into an empty store', async () => {
    save(db, 'position', position('a1'));
    save(db, 'position', position('a1', T2, { lineToTake: 'Support, with a timeline.' }));
    save(db, 'note', note('n-m1', 'meeting', 'm1'));
    const outcome = backUpWork(db, folder, { app: APP, now: at(0) });
    expect(outcome.made).toMatchObject({ fileName: 'delegate-desk-work-2026-12-06T08-00-00Z.json', madeAt: '2026-12-06T08:00:00Z' });
    expect(outcome.made!.bytes).toBe(statSync(join(folder, outcome.made!.fileName)).size);

    const fresh = await storeWithMeetings();
    importPack(fresh, readBackup(folder, outcome.made!.fileName));
    expect(readRecords(fresh, 'position', {}).map((p) => p.lineToTake)).toEqual(['Support, with a timeline.']);
    expect(readRecords(fresh, 'note', {}).map((n) => n.id)).toEqual(['n-m1']);
    fresh.close();
  });

  it('makes a new one only when the work changed since the newest', () => {
    save(db, 'position', position('a1'));
    expect(backUpWork(db, folder, { app: APP, now: at(0) }).made).not.toBeNull();
    expect(backUpWork(db, folder, { app: { ...APP, version: 'later' }, now: at(1) })).toEqual({ made: null, why: 'unchanged since the last backup' });
    save(db, 'note', note('n-m1', 'meeting', 'm1'));
    expect(backUpWork(db, folder, { app: APP, now: at(2) }).made?.madeAt).toBe('2026-12-06T08:02:00Z');
    expect(listBackups(folder).map((b) => b.madeAt)).toEqual(['2026-12-06T08:02:00Z', '2026-12-06T08:00:00Z']);
  });

  it(`keeps the newest ${KEEP_BACKUPS}`, () => {
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) {
      save(db, 'note', note(`n-${i}`, 'meeting', 'm1'));
      backUpWork(db, folder, { app: APP, now: at(i) });
    }
    const kept = listBackups(folder);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept[0]!.fileName).toBe(backupFileName(at(KEEP_BACKUPS + 2)));
    expect(kept.at(-1)!.fileName).toBe(backupFileName(at(3)));
  });

  it('makes a new one beside a newest that cannot be read, and lists only backups', () => {
    save(db, 'position', position('a1'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, backupFileName(at(0))), '{ "cut off');
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    writeFileSync(join(folder, `.${backupFileName(at(5))}.partial`), '{');
    expect(backUpWork(db, folder, { app: APP, now: at(1) }).made?.fileName).toBe(backupFileName(at(1)));
    expect(listBackups(folder).map((b) => b.fileName)).toEqual([backupFileName(at(1)), backupFileName(at(0))]);
  });

  it.runIf(process.platform !== 'win32')('is readable by the delegate alone', () => {
    save(db, 'position', position('a1'));
    const { made } = backUpWork(db, folder, { app: APP, now: at(0) });
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, made!.fileName)).mode & 0o777).toBe(0o600);
  });

  it('fails in words and leaves no partial file when it cannot write', () => {
    save(db, 'position', position('a1'));
    // The backup's name is taken by a folder of something else: the finished file cannot go there.
    mkdirSync(join(folder, backupFileName(at(0)), 'inside'), { recursive: true });
    expect(() => backUpWork(db, folder, { app: APP, now: at(0) })).toThrow(/^Could not back up your work: that is a folder, not a file$/);
    expect(readdirSync(folder)).toEqual([backupFileName(at(0))]);
    expect(listBackups(folder)).toEqual([]);
    // The backups folder's place is taken by a file.
    const taken = join(tempDir('dd-backups-'), 'backups');
    writeFileSync(taken, 'not a folder');
    expect(() => backUpWork(db, taken, { app: APP, now: at(0) })).toThrow(/^Could not read the backups folder: a part of the path is not a folder$/);
  });
});

describe('where backups go', () => {
  it('beside the data file, named after it, so two stores in one folder keep theirs apart', () => {
    expect(backupsFolderOf(join('/data', 'delegate-desk.db'))).toBe(join('/data', 'delegate-desk-backups'));
    expect(backupsFolderOf(join('/tmp', 'x.db'))).toBe(join('/tmp', 'x-backups'));
    expect(backupsFolderOf(join('/tmp', 'store'))).toBe(join('/tmp', 'store-backups'));
  });
});

describe('reading a backup back', () => {
  it('takes only the name of a backup, never a path', () => {
    save(db, 'position', position('a1'));
    const { made } = backUpWork(db, folder, { app: APP, now: at(0) });
    expect(readBackup(folder, made!.fileName)).toContain('"delegate-desk-pack"');
    for (const name of ['../desk.db', `../${made!.fileName}`, 'delegate-desk-work-x.json', `${made!.fileName}/..`, '']) {
      expect(() => readBackup(folder, name), name).toThrow(DeskError);
    }
    const gone = backupFileName(at(30));
    expect(() => readBackup(folder, gone)).toThrow(`There is no backup “${gone}” any more`);
    expect(readdirSync(folder)).toEqual([made!.fileName]);
  });
});

describe('a data file that will not open', () => {
  it('is answered with where the work is backed up, or how to go on without a backup', () => {
    const dataFolder = tempDir('dd-backups-');
    const storePath = join(dataFolder, 'delegate-desk.db');
    expect(restoreAdvice(storePath)).toBe(
      `If the data file is damaged, move ${storePath} aside: Delegate Desk then starts with a new data file, and a pack you exported brings your work back (Settings, Packs, Import).`,
    );
    save(db, 'position', position('a1'));
    const folder = join(dataFolder, 'delegate-desk-backups');
    backUpWork(db, folder, { app: APP, now: at(0) });
    backUpWork(db, folder, { app: APP, now: at(1) });
    save(db, 'position', position('a2'));
    const { made } = backUpWork(db, folder, { app: APP, now: at(7) });
    expect(restoreAdvice(storePath)).toBe(
      `Your work is backed up: the latest backup was made on 2026-12-06 at 08:07 UTC, in ${join(folder, made!.fileName)}. ` +
        `To go on, move ${storePath} aside: Delegate Desk then starts with a new data file; then import the backup in Settings, Packs, Import.`,
    );
  });
});

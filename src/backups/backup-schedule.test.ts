// The backups made on their own: a moment after opening, each day, and at the close; a failure
// kept to be said, never thrown at the app, and gone once a backup works again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/open';
import { APP, note, position, save, storeWithMeetings } from '../packs/pack-fixtures';
import { tempDir } from '../../tests/support/feed-pages';
import { WorkBackups } from './backup-schedule';

let db: Store;
let folder: string;
beforeEach(async () => {
  db = await storeWithMeetings();
  folder = join(tempDir('dd-schedule-'), 'backups');
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'], now: new Date('2026-12-06T08:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

describe('backups made on their own', () => {
  it('come a moment after opening, each day the work changed, and at the close', () => {
    save(db, 'position', position('a1'));
    const backups = new WorkBackups(db, folder, APP);
    backups.start();
    expect(backups.list().backups).toEqual([]);
    vi.advanceTimersByTime(5000);
    expect(backups.list().backups.map((b) => b.madeAt)).toEqual(['2026-12-06T08:00:05Z']);

    // A day with no change: nothing new. A day with one: a backup.
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(backups.list().backups).toHaveLength(1);
    save(db, 'note', note('n1', 'meeting', 'm1'));
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(backups.list().backups).toHaveLength(2);

    save(db, 'note', note('n2', 'meeting', 'm1'));
    backups.stop();
    expect(backups.list().backups).toHaveLength(3);
    // Stopped: no more.
    save(db, 'note', note('n3', 'meeting', 'm1'));
    vi.advanceTimersByTime(3 * 24 * 60 * 60 * 1000);
    expect(backups.list().backups).toHaveLength(3);
  });

  it('keep a failure to be said instead of throwing it, and forget it once one works', () => {
    save(db, 'position', position('a1'));
    writeFileSync(folder, 'a file where the folder goes');
    const backups = new WorkBackups(db, folder, APP);
    backups.start();
    expect(() => vi.advanceTimersByTime(5000)).not.toThrow();
    expect(backups.list()).toMatchObject({ backups: [], problem: 'Could not read the backups folder: a part of the path is not a folder' });
    // The folder free again: the listing reads, and the failure of the last backup is still said.
    rmSync(folder);
    expect(backups.list()).toMatchObject({ backups: [], problem: 'Could not read the backups folder: a part of the path is not a folder' });
    expect(backups.now().made).not.toBeNull();
    expect(backups.list().problem).toBeNull();
    backups.stop();
  });

  it('never start for a desk that does not ask for them, and make none at its close', () => {
    save(db, 'position', position('a1'));
    const backups = new WorkBackups(db, folder, APP);
    vi.advanceTimersByTime(2 * 24 * 60 * 60 * 1000);
    backups.stop();
    expect(backups.list().backups).toEqual([]);
  });
});

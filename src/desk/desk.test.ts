import { afterEach, describe, expect, it } from 'vitest';
import { Desk } from './desk';
import { doc, page, tempDir, writeFeed } from '../../tests/support/feed-pages';
import { saveSubscription, sourceUrl } from '../sync/subscriptions';

let desk: Desk | null = null;
afterEach(() => desk?.close());

describe('a running desk', () => {
  it('loads the sample into a new store when asked, and only into an empty one', async () => {
    desk = await Desk.open({ storePath: ':memory:', mode: 'browser', version: 't', seedSample: true });
    expect(desk.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(14);
    const bare = await Desk.open({ storePath: ':memory:', mode: 'browser', version: 't' });
    expect(bare.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    bare.close();
  });

  it('joins a "sync all" that is already running instead of starting a second, and reports it running meanwhile', async () => {
    desk = await Desk.open({ storePath: ':memory:', mode: 'browser', version: 't' });
    saveSubscription(desk.db, sourceUrl(writeFeed(tempDir(), [page([doc('d1')])])));
    const first = desk.sync();
    const second = desk.sync();
    expect(second).toBe(first);
    expect(desk.status().running).toBe(true);
    const [result] = await first;
    expect(result!.status).toBe('applied');
    expect(desk.status()).toMatchObject({ running: false, progress: null, lastRun: { outcome: 'applied' } });
  });

  it('is not left "running" by a sync of a feed that does not exist', async () => {
    desk = await Desk.open({ storePath: ':memory:', mode: 'browser', version: 't' });
    await expect(desk.sync(999)).rejects.toThrow(/no feed with id 999/);
    expect(desk.status().running).toBe(false);
  });

  it('schedules syncs by the settings while open, and stops when closed', async () => {
    desk = await Desk.open({ storePath: ':memory:', mode: 'browser', version: 't', schedule: true });
    expect(desk.status().nextScheduledAt).not.toBeNull();
    desk.close();
    expect(desk.scheduler.nextRunAt).toBeNull();
    desk = null;
  });
});

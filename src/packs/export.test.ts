import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../desk-error';
import { closeStore, openStore, type Store } from '../store/open';
import { buildPack, exportPack, packFileName } from './export';
import { annotation, APP, note, position, save, statement, storeWithMeetings, T2, T3 } from './pack-fixtures';
import { readPack } from './read-pack';

let db: Store;
beforeEach(async () => {
  db = await storeWithWork();
});
afterEach(() => db.close());

/** Work on both meetings, a deleted note, a contact note, and a position saved three times. */
async function storeWithWork(): Promise<Store> {
  const store = await storeWithMeetings();
  save(store, 'position', position('a1'));
  save(store, 'position', position('a1', T2, { status: 'in_coordination' }));
  save(store, 'position', position('a1', T3, { status: 'approved' }));
  save(store, 'position', position('b1'));
  save(store, 'statement', statement('a2', 'FR'));
  save(store, 'statement', statement('b1', 'DE'));
  save(store, 'annotation', annotation('an-d1', 'd1'));
  save(store, 'annotation', annotation('an-d2', 'd2'));
  save(store, 'note', note('n-m1', 'meeting', 'm1'));
  save(store, 'note', note('n-a2', 'agenda_item', 'a2'));
  save(store, 'note', note('n-d1', 'document', 'd1', T2, { deletedAt: T2 }));
  save(store, 'note', note('n-m2', 'meeting', 'm2'));
  save(store, 'note', note('n-c1', 'contact', 'c1'));
  return store;
}

const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('exporting a pack', () => {
  it('of all the work: every record, deleted ones included, and every saved state', () => {
    const pack = buildPack(db, { app: APP, now: new Date(T3) });
    expect(pack).toMatchObject({ format: 'delegate-desk-pack', version: 1, exportedAt: T3, app: APP, scope: {} });
    expect(ids(pack.positions)).toEqual(['position:a1', 'position:b1']);
    expect(pack.positions[0]!.status).toBe('approved');
    expect(ids(pack.statements)).toEqual(['statement:a2:FR', 'statement:b1:DE']);
    expect(ids(pack.annotations)).toEqual(['an-d1', 'an-d2']);
    expect(ids(pack.notes)).toEqual(['n-a2', 'n-c1', 'n-d1', 'n-m1', 'n-m2']);
    expect(pack.notes.find((n) => n.id === 'n-d1')!.deletedAt).toBe(T2);
    const history = pack.versions.filter((v) => v.type === 'position' && v.record.id === 'position:a1').map((v) => v.record);
    expect(history.map((r) => (r as { status: string }).status)).toEqual(['draft', 'in_coordination', 'approved']);
    expect(pack.versions).toHaveLength(3 + 1 + 2 + 2 + 5);
  });

  it("of one meeting: its items' positions and statements, highlights on its papers, notes on it, its items and papers", () => {
    const pack = buildPack(db, { meetingId: 'm1', app: APP });
    expect(pack.scope).toEqual({ meetingId: 'm1', meetingTitle: 'Plenary February' });
    expect(ids(pack.positions)).toEqual(['position:a1']);
    expect(ids(pack.statements)).toEqual(['statement:a2:FR']);
    expect(ids(pack.annotations)).toEqual(['an-d1']);
    expect(ids(pack.notes)).toEqual(['n-a2', 'n-d1', 'n-m1']);
    expect(new Set(pack.versions.map((v) => v.record.id))).toEqual(new Set(['position:a1', 'statement:a2:FR', 'an-d1', 'n-a2', 'n-d1', 'n-m1']));
    expect(pack.versions).toHaveLength(3 + 1 + 1 + 3);
  });

  it('is the work as of one moment, whatever another program saves while it is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dd-pack-moment-'));
    const path = join(dir, 'desk.db');
    closeStore(await storeWithMeetings(path));
    const mine = openStore(path);
    const app = openStore(path);
    try {
      save(mine, 'note', note('n-before', 'meeting', 'm1'));
      // The app saves a note and edits another just after the pack has read the annotations
      // (the first of its reads), before it reads the notes and the histories.
      let prepared = 0;
      const watched = new Proxy(mine, {
        get(target, name) {
          if (name !== 'prepare') return Reflect.get(target, name, target);
          return (sql: string) => {
            if (++prepared === 2) {
              save(app, 'note', note('n-during', 'meeting', 'm1'));
              save(app, 'note', note('n-before', 'meeting', 'm1', T2, { body: 'Edited by the app' }));
            }
            return target.prepare(sql);
          };
        },
      });
      const pack = buildPack(watched, { app: APP });
      expect(prepared).toBeGreaterThan(2);
      expect(ids(pack.notes)).toEqual(['n-before']);
      expect(pack.notes[0]!.body).toBe('About m1');
      expect(pack.versions.map((v) => v.record.id)).toEqual(['n-before']);
      // The next pack has both.
      expect(ids(buildPack(mine, { app: APP }).notes)).toEqual(['n-before', 'n-during']);
    } finally {
      closeStore(app);
      closeStore(mine);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a meeting the store does not have', () => {
    expect(() => buildPack(db, { meetingId: 'm9', app: APP })).toThrow(new DeskError('not_found', 'There is no meeting "m9" in this store'));
  });

  it('gives pretty JSON that reads back as the same pack, its counts, and a file name', () => {
    const out = exportPack(db, { meetingId: 'm1', app: APP, now: new Date(T3) });
    expect(out.content).toContain('\n  "format": "delegate-desk-pack",\n');
    expect(readPack(out.content)).toEqual(buildPack(db, { meetingId: 'm1', app: APP, now: new Date(T3) }));
    expect(out.counts).toEqual({ annotations: 1, positions: 1, statements: 1, notes: 3, versions: 8 });
    expect(out.fileName).toBe('delegate-desk-pack-m1-2026-11-04.json');
  });

  it('names files with safe characters only', () => {
    const pack = buildPack(db, { app: APP, now: new Date(T3) });
    expect(packFileName(pack)).toBe('delegate-desk-pack-all-2026-11-04.json');
    expect(packFileName({ ...pack, scope: { meetingId: '../../etc/pass wd:*?' } })).toBe('delegate-desk-pack-etc-pass-wd-2026-11-04.json');
    expect(packFileName({ ...pack, scope: { meetingId: '..' } })).toBe('delegate-desk-pack-meeting-2026-11-04.json');
  });
});

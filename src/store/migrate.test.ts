import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskError } from '../desk-error';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { openStore, type Store } from './open';

const open: Store[] = [];

function track(db: Store): Store {
  open.push(db);
  return db;
}

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

function userVersion(db: Store): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function schema(db: Store): unknown[] {
  return db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY type, name`).all();
}

const NEWEST = MIGRATIONS.at(-1)!.version;

describe('migrate', () => {
  it('numbers the migrations 1, 2, 3... in order, so user_version counts the steps taken', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('brings an empty store up to the newest schema and returns its version', () => {
    const db = track(new Database(':memory:'));
    expect(migrate(db)).toBe(NEWEST);
    expect(userVersion(db)).toBe(NEWEST);
  });

  it('stops at the version asked for, and goes on from there later', () => {
    const db = track(new Database(':memory:'));
    expect(migrate(db, MIGRATIONS, 1)).toBe(1);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'annotations'`).pluck().get()).toBe(0);
    expect(migrate(db)).toBe(NEWEST);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'annotations'`).pluck().get()).toBe(1);
  });

  it('refuses a store written by a newer version of the app, and leaves it as it is', () => {
    const db = track(openStore(':memory:'));
    db.pragma(`user_version = ${NEWEST + 1}`);
    const before = schema(db);
    let caught: unknown;
    try {
      migrate(db);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DeskError);
    expect((caught as DeskError).kind).toBe('failed');
    expect((caught as DeskError).message).toMatch(/written by a newer version of Delegate Desk/);
    expect((caught as DeskError).message).toContain(`schema ${NEWEST + 1}`);
    expect((caught as DeskError).message).toContain(`up to ${NEWEST}`);
    expect(userVersion(db)).toBe(NEWEST + 1);
    expect(schema(db)).toEqual(before);
  });

  it('is a no-op the second time: same version, same schema, same rows', () => {
    const db = track(openStore(':memory:'));
    db.prepare(
      `INSERT INTO notes (id, subject_type, subject_id, body, created_at, updated_at)
       VALUES ('n1', 'meeting', 'plenary-41', 'Bring the toolbox.', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')`,
    ).run();
    const before = { schema: schema(db), notes: db.prepare('SELECT * FROM notes').all(), index: db.prepare('SELECT rowid, * FROM search_index').all() };
    expect(migrate(db)).toBe(NEWEST);
    expect(migrate(db)).toBe(NEWEST);
    expect({ schema: schema(db), notes: db.prepare('SELECT * FROM notes').all(), index: db.prepare('SELECT rowid, * FROM search_index').all() }).toEqual(before);
  });

  it('runs no migration whose version the store already has', () => {
    const db = track(new Database(':memory:'));
    const ran: number[] = [];
    const steps: Migration[] = [1, 2, 3].map((version) => ({ version, name: `step ${version}`, up: () => void ran.push(version) }));
    migrate(db, steps, 2);
    migrate(db, steps);
    migrate(db, steps);
    expect(ran).toEqual([1, 2, 3]);
  });

  it('skips a step another program took between its first look and its turn to write', () => {
    // The app and a command line opening a new store together: both see version 0; the other
    // program migrates first. Played out deterministically with two connections to one file.
    const dir = mkdtempSync(join(tmpdir(), 'desk-migrate-'));
    try {
      const path = join(dir, 'desk.db');
      const other = track(new Database(path));
      const late = track(new Database(path));
      let first = true;
      const lateView = new Proxy(late, {
        get(target, key) {
          if (key !== 'pragma') return Reflect.get(target, key, target);
          return (source: string, options?: { simple?: boolean }) => {
            const answer = target.pragma(source, options);
            if (first && source === 'user_version') {
              first = false;
              migrate(other); // the other program finishes while this one holds a stale version
            }
            return answer;
          };
        },
      });
      expect(migrate(lateView)).toBe(NEWEST);
      expect(userVersion(late)).toBe(NEWEST);
      expect(schema(late)).toEqual(schema(track(openStore(':memory:'))));
    } finally {
      for (const db of open.splice(0)) if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('a migration that throws', () => {
    const steps: Migration[] = [
      { version: 1, name: 'first', up: (db) => db.exec('CREATE TABLE first (id INTEGER PRIMARY KEY)') },
      {
        version: 2,
        name: 'broken',
        up: (db) => {
          db.exec('CREATE TABLE second (id INTEGER PRIMARY KEY); INSERT INTO first (id) VALUES (42);');
          throw new Error('broken on purpose');
        },
      },
      { version: 3, name: 'third', up: (db) => db.exec('CREATE TABLE third (id INTEGER PRIMARY KEY)') },
    ];

    it('leaves user_version and the schema at the step before it', () => {
      const db = track(new Database(':memory:'));
      expect(() => migrate(db, steps)).toThrow('broken on purpose');
      expect(userVersion(db)).toBe(1);
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
      expect(tables).toEqual(['first']);
      // Its writes are rolled back too, not only its schema changes.
      expect(db.prepare('SELECT count(*) FROM first').pluck().get()).toBe(0);
      expect(db.inTransaction).toBe(false);
    });

    it('can be retried once fixed, going on from the step before it', () => {
      const db = track(new Database(':memory:'));
      expect(() => migrate(db, steps)).toThrow();
      const fixed: Migration[] = [
        steps[0]!,
        { version: 2, name: 'fixed', up: (d) => d.exec('CREATE TABLE second (id INTEGER PRIMARY KEY)') },
        steps[2]!,
      ];
      expect(migrate(db, fixed)).toBe(3);
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
      expect(tables).toEqual(['first', 'second', 'third']);
    });
  });
});

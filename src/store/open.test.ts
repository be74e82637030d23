import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../desk-error';
import { MIGRATIONS } from './migrations';
import { closeStore, openStore, WAL_KEPT_BYTES, type Store } from './open';

const NEWEST = MIGRATIONS.at(-1)!.version;

let dir: string;
const stores: Store[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'delegate-desk-open-'));
});

afterEach(() => {
  for (const db of stores.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(path: string, options?: Parameters<typeof openStore>[1]): Store {
  const db = openStore(path, options);
  stores.push(db);
  return db;
}

function openError(path: string): DeskError {
  try {
    open(path);
  } catch (error) {
    expect(error).toBeInstanceOf(DeskError);
    return error as DeskError;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('openStore', () => {
  it('opens a file in WAL mode with synchronous FULL and foreign keys on', () => {
    const db = open(join(dir, 'desk.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('waits for another program\'s write as long as asked (the command line waits longer than the app)', () => {
    const db = open(join(dir, 'desk.db'), { busyTimeoutMs: 60_000 });
    expect(db.pragma('busy_timeout', { simple: true })).toBe(60_000);
  });

  it('creates the missing folders and brings the new file to the newest schema', () => {
    const path = join(dir, 'Delegate Desk', 'nested', 'desk.db');
    const db = open(path);
    expect(existsSync(path)).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(NEWEST);
  });

  it('gives back the disk space a large write took in the WAL, with the next write, while the store stays open', () => {
    const path = join(dir, 'desk.db');
    const db = open(path);
    db.exec('CREATE TABLE bulk (bytes BLOB)');
    const insert = db.prepare('INSERT INTO bulk VALUES (randomblob(100000))');
    db.transaction(() => {
      for (let i = 0; i < 400; i++) insert.run(); // 40 MB in one transaction, as a first sync writes
    }).immediate();
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(2 * WAL_KEPT_BYTES);
    db.prepare("INSERT INTO bulk VALUES (x'00')").run();
    expect(statSync(`${path}-wal`).size).toBeLessThanOrEqual(WAL_KEPT_BYTES);
    expect(db.prepare('SELECT count(*) FROM bulk').pluck().get()).toBe(401);
  });

  it.skipIf(process.platform === 'win32')('makes a new data file, its WAL and the folders made for it readable by the delegate alone', () => {
    const path = join(dir, 'Delegate Desk', 'desk.db');
    const db = open(path);
    db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
    const mode = (file: string) => statSync(file).mode & 0o777;
    expect([mode(path), mode(`${path}-wal`), mode(`${path}-shm`)]).toEqual([0o600, 0o600, 0o600]);
    expect(mode(join(dir, 'Delegate Desk'))).toBe(0o700);
  });

  it.skipIf(process.platform === 'win32')('leaves an existing data file\'s permissions as they were set', () => {
    const path = join(dir, 'shared.db');
    closeStore(openStore(path));
    chmodSync(path, 0o640);
    const db = open(path);
    db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('stops migrating at migrateUpTo', () => {
    const db = open(join(dir, 'old.db'), { migrateUpTo: 1 });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('keeps what was written across a close and a reopen, and leaves no WAL behind', () => {
    const path = join(dir, 'desk.db');
    const db = open(path);
    db.prepare(`INSERT INTO read_state (document_id, revision, read_at) VALUES ('cg-2026-01', 2, '2026-11-02T08:15:00Z')`).run();
    closeStore(db);
    expect(db.open).toBe(false);
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
    const again = open(path);
    expect(again.prepare('SELECT revision FROM read_state').pluck().all()).toEqual([2]);
    closeStore(again);
    closeStore(again); // closing twice is harmless
    expect(again.open).toBe(false);
  });

  it('closes without tidying, and without an error, while another program holds the store', () => {
    const path = join(dir, 'busy.db');
    const other = openStore(path);
    other.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('theme', '"dark"');
    const db = openStore(path);
    db.prepare('SELECT count(*) FROM settings').get();
    db.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    other.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('syncIntervalMinutes', '30');
    expect(() => closeStore(db)).not.toThrow();
    expect(db.open).toBe(false);
    other.exec('COMMIT');
    closeStore(other);
  });

  it('refuses a file that is not a database with a readable message, and leaves the file alone', () => {
    const path = join(dir, 'notes.db');
    const garbage = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(path, garbage);
    const error = openError(path);
    expect(error.kind).toBe('failed');
    expect(error.message).toBe(`Could not open the data file ${path}: the file is not a Delegate Desk data file`);
    expect(error.message).not.toMatch(/\n\s+at /);
    expect(error.message).not.toMatch(/SQLITE_|SqliteError/);
    expect(readFileSync(path).equals(garbage)).toBe(true);
  });

  it('refuses a text file saved under the store\'s name', () => {
    const path = join(dir, 'desk.db');
    writeFileSync(path, 'Delegation notes for the 41st plenary.\n'.repeat(200));
    expect(openError(path).message).toMatch(/^Could not open the data file .*: the file is not a Delegate Desk data file$/);
  });

  it('refuses a store written by a newer version of the app', () => {
    const path = join(dir, 'future.db');
    const future = new Database(path);
    future.pragma(`user_version = ${NEWEST + 5}`);
    future.close();
    const error = openError(path);
    expect(error.message).toMatch(/written by a newer version of Delegate Desk/);
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it('refuses a folder given as the data file', () => {
    const error = openError(dir);
    expect(error.message).toMatch(new RegExp(`^Could not open the data file ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(error.message).not.toMatch(/\n\s+at /);
  });
});

import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { listAnnotations } from '../annotations/annotations';
import { storeForExports } from '../exports/export-fixtures';
import { closeStore, openStore } from './open';

const dir = mkdtempSync(join(tmpdir(), 'delegate-desk-write-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Another program (the app, a second command line) that holds the write lock for a moment: it
 * runs on its own thread, so this thread can wait for it inside SQLite's busy handler.
 */
async function anotherProgramWrites(path: string, holdMs: number): Promise<Worker> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const Database = require('better-sqlite3');
     const db = new Database(workerData.path);
     db.exec('BEGIN IMMEDIATE');
     db.prepare("INSERT INTO settings (key, value) VALUES ('other-program', '1')").run();
     parentPort.postMessage('locked');
     setTimeout(() => { db.exec('COMMIT'); db.close(); parentPort.postMessage('released'); }, workerData.holdMs);`,
    { eval: true, workerData: { path, holdMs } },
  );
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return worker;
}

describe('how the core begins transactions', () => {
  it('a write transaction waits for another program\'s write instead of failing with "in use by another program"', async () => {
    // Reading a paper's annotations places again those whose place is not known: a read that
    // writes. Begun the default way, it read first and then could not wait for the lock.
    const path = join(dir, 'desk.db');
    closeStore(await storeForExports(path));
    const db = openStore(path);
    db.exec('DELETE FROM annotation_anchors');
    const worker = await anotherProgramWrites(path, 300);
    try {
      const annotations = listAnnotations(db, { documentId: 'd1' });
      expect(annotations.map((a) => a.anchor.status).sort()).toEqual(['anchored', 'orphaned']);
      // It went ahead after the other program's write, which is in the file.
      expect(db.prepare("SELECT value FROM settings WHERE key = 'other-program'").pluck().get()).toBe('1');
      expect(db.prepare('SELECT count(*) FROM annotation_anchors').pluck().get()).toBe(2);
    } finally {
      closeStore(db);
      await worker.terminate();
    }
  });

  it('no file of the core begins one but store/transactions.ts', () => {
    const src = join(import.meta.dirname, '..');
    const beginsItsOwn = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('store/transactions.ts'))
      .filter((f) => /\.transaction\(/.test(readFileSync(join(src, f), 'utf8')))
      .map((f) => relative(src, join(src, f)));
    expect(beginsItsOwn).toEqual([]);
  });
});

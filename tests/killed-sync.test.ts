// A sync killed at any moment (power cut, force quit) loses nothing: the store opens, passes
// SQLite's integrity check, still holds the delegate's annotation, and holds either all of the
// new feed or none of it.
import { beforeAll, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openStore, closeStore } from '../src/store/open';
import { loadSample } from '../src/sample/sample-feed';
import { annotateQuote } from '../src/annotations/annotations';
import { writeSyntheticFeed } from '../src/feed/synth';
import { startFileServer } from './support/file-server';

const dir = mkdtempSync(join(tmpdir(), 'dd-kill-'));
const seeded = join(dir, 'seeded.db');
const feed = join(dir, 'feed');
const NEW_DOCUMENTS = 1500;
let sampleDocuments = 0;
let pages: string[] = [];

beforeAll(async () => {
  const db = openStore(seeded);
  await loadSample(db);
  annotateQuote(db, 'cg-2020-01-5g-toolbox', 'strategic and technical measures', { note: 'keep me' });
  sampleDocuments = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  closeStore(db);
  ({ pages } = await writeSyntheticFeed(feed, { documents: NEW_DOCUMENTS, meetings: 20, agendaItems: 200, contacts: 50, pageSize: 500, textBytes: 3000, seed: 7 }));
}, 120_000);

async function killDuring(db: string, moment: 'reading' | 'applying'): Promise<void> {
  if (moment === 'reading') return killWhileReading(db);
  const child = spawn(process.execPath, ['bin/delegate-desk.mjs', '--db', db, 'sync', join(feed, 'feed.json')], { stdio: 'ignore' });
  const exited = new Promise((r) => child.once('exit', r));
  // The transaction has begun writing once the write-ahead log grows: kill it right there.
  const wal = `${db}-wal`;
  const start = existsSync(wal) ? statSync(wal).size : 0;
  for (let i = 0; i < 3000 && (!existsSync(wal) || statSync(wal).size <= start); i++) await new Promise((r) => setTimeout(r, 5));
  expect(existsSync(wal) && statSync(wal).size > start, 'the sync never started writing').toBe(true);
  child.kill('SIGKILL');
  await exited;
}

/**
 * The feed served over HTTP, its last page never answered: the sync has read (and spooled) every
 * other page and waits for that one when it is killed. A kill after a fixed delay was no proof:
 * on a fast day the whole sync had committed by then.
 */
async function killWhileReading(db: string): Promise<void> {
  const server = await startFileServer();
  for (const page of pages) server.files.set(`/${basename(page)}`, { bytes: readFileSync(page), type: 'application/feed+json' });
  const last = `/${basename(pages.at(-1)!)}`;
  let asked!: () => void;
  const lastPageAsked = new Promise<void>((resolve) => (asked = resolve));
  server.intercept = (req) => {
    if (req.url !== last) return false;
    asked(); // and no answer
    return true;
  };
  try {
    const child = spawn(process.execPath, ['bin/delegate-desk.mjs', '--db', db, 'sync', `${server.base}/${basename(pages[0]!)}`], { stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', r));
    await lastPageAsked;
    child.kill('SIGKILL');
    await exited;
  } finally {
    await server.close();
  }
}

it.each(['reading', 'applying'] as const)('survives a kill while %s the feed', async (moment) => {
  const db = join(dir, `killed-${moment}.db`);
  copyFileSync(seeded, db);
  await killDuring(db, moment);

  const store = openStore(db);
  expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(store.prepare('SELECT note FROM annotations').pluck().all()).toEqual(['keep me']);
  // Killed before its commit, the sync left nothing behind: the store is as it was.
  expect(store.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(sampleDocuments);
  expect(store.prepare("SELECT count(*) FROM search_index WHERE kind = 'document'").pluck().get()).toBe(sampleDocuments);
  closeStore(store);

  // And the same sync, run again to the end, applies whole.
  const again = spawn(process.execPath, ['bin/delegate-desk.mjs', '--db', db, 'sync', join(feed, 'feed.json')], { stdio: 'ignore' });
  expect(await new Promise((r) => again.once('exit', r))).toBe(0);
  const after = openStore(db);
  expect(after.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(sampleDocuments + NEW_DOCUMENTS);
  closeStore(after);
}, 120_000);

// Where a sync keeps each changed page's records between checking the whole feed and applying it:
// on disk, not in memory, so a feed of any size costs the memory of about one page at a time. The
// records are kept as read (validated and normalised, structured-clone bytes), so applying them
// needs no second decoding, parsing or normalising; their digest, kept in memory, proves at
// reading time that these are the bytes written.
//
// A page is kept as small frames (its own fields first, then its records a hundred at a time),
// read back one frame at a time: the transaction that applies a feed is one long synchronous run
// in which V8 cannot finish collecting, so whatever a page's records leave behind piles up until
// the end. Records that live for one frame die young and cost nothing; a whole page's records,
// alive through all of its writing, would each time be kept for the end.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { DeskError } from '../desk-error';
import type { FeedPageRecords } from '../feed/records';
import { WRITE_ORDER } from './apply-records';
import { PageBuffers } from './page-buffers';

export interface SpooledPage {
  path: string;
  sha256: string;
}

/**
 * What the page held, for the page cache (known-records.ts pageEntries). Its claims and tombstones
 * stay in memory for the checks across pages and are not kept here: a page's thousand claims cost
 * more to write and read back than its few changed records.
 */
export interface SpooledHead {
  entries: string;
}

const BATCH = 100;

export async function spoolRecords(dir: string, page: number, records: FeedPageRecords, entries: string): Promise<SpooledPage> {
  const none = { documents: [], meetings: [], agendaItems: [], contacts: [], workStreams: [] };
  const head: SpooledHead = { entries };
  const frames = [...frame(head)];
  for (const kind of WRITE_ORDER) {
    const list = records[kind];
    for (let i = 0; i < list.length; i += BATCH) {
      frames.push(...frame({ ...records, ...none, claims: [], tombstones: [], [kind]: list.slice(i, i + BATCH) }));
    }
  }
  const digest = createHash('sha256');
  for (const f of frames) digest.update(f);
  const path = join(dir, `page-${page}.records`);
  const file = await open(path, 'w');
  try {
    await file.writev(frames);
  } finally {
    await file.close();
  }
  return { path, sha256: digest.digest('hex') };
}

/**
 * Synchronous: it runs inside the sync's transaction. The head first, then each batch of records
 * as a page of its own (no claims, no tombstones). The file is read into memory from `buffers`
 * (page-buffers.ts says why), given back once the last batch is read: a feed's spool is about 1.3
 * times its size (203 MB read in about 0.5 s into fresh memory, 50 ms into reused). The records
 * share nothing with those bytes (deserialising copies every string).
 */
export function readSpooledRecords(
  spooled: SpooledPage,
  page: number,
  buffers = new PageBuffers(),
): { head: SpooledHead; batches: Iterable<FeedPageRecords> } {
  const bytes = readWhole(spooled.path, buffers);
  try {
    if (createHash('sha256').update(bytes).digest('hex') !== spooled.sha256) {
      throw new DeskError('failed', `page ${page} changed on disk while the sync ran; nothing was applied`);
    }
    const frames = framesOf(bytes);
    const first = frames.next();
    if (first.done) throw new DeskError('failed', `page ${page} was not kept whole while the sync ran; nothing was applied`);
    const head = deserialize(first.value) as SpooledHead;
    return { head, batches: (function* () {
      try {
        for (const f of frames) yield deserialize(f) as FeedPageRecords;
      } finally {
        buffers.give(bytes);
      }
    })() };
  } catch (error) {
    buffers.give(bytes);
    throw error;
  }
}

function readWhole(path: string, buffers: PageBuffers): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = buffers.take(fstatSync(fd).size);
    let at = 0;
    while (at < bytes.length) {
      const read = readSync(fd, bytes, at, bytes.length - at, at);
      if (read === 0) break; // shorter than it was a moment ago: the digest will say so
      at += read;
    }
    return bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** A frame: its length (4 bytes, little-endian), then its bytes; written as two buffers, not copied into one. */
function frame(value: unknown): [Buffer, Buffer] {
  const body = serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(body.length);
  return [length, body];
}

function* framesOf(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; ) {
    const length = bytes.readUInt32LE(at);
    yield bytes.subarray(at + 4, at + 4 + length);
    at += 4 + length;
  }
}

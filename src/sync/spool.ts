// Where a sync keeps each changed page's records between checking the whole feed and applying it:
// on disk, not in memory, so a feed of any size costs the memory of about one page at a time. The
// records are kept as read (validated and normalised, structured-clone bytes), so applying them
// needs no second decoding, parsing or normalising; their digest, kept in memory, proves at
// reading time that these are the bytes written.
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { DeskError } from '../desk-error';
import type { FeedPageRecords } from '../feed/records';

export interface SpooledPage {
  path: string;
  sha256: string;
}

export async function spoolRecords(dir: string, page: number, records: FeedPageRecords): Promise<SpooledPage> {
  const bytes = serialize(records);
  const path = join(dir, `page-${page}.records`);
  await writeFile(path, bytes);
  return { path, sha256: hash('sha256', bytes, 'hex') };
}

/** Synchronous: it runs inside the sync's transaction. */
export function readSpooledRecords(spooled: SpooledPage, page: number): FeedPageRecords {
  const bytes = readFileSync(spooled.path);
  if (hash('sha256', bytes, 'hex') !== spooled.sha256) {
    throw new DeskError('failed', `page ${page} changed on disk while the sync ran; nothing was applied`);
  }
  return deserialize(bytes) as FeedPageRecords;
}

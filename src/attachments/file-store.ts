// The files kept on the device: each one named by its sha256 and nothing else, under
// `<folder>/<sha[0..2]>/<sha256>`. No name, path or title from a feed ever reaches the disk, so no
// feed can write outside this folder, and two papers attaching the same bytes share one file.
//
// Bytes arrive in a temporary file inside the folder (so the final rename never crosses disks),
// are verified, then renamed into place: a file under its sha256 name is always whole and right.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { makeFolders } from '../files/make-folders';
import { join } from 'node:path';
import type { Store } from '../store/open';
import { asDeskError } from '../desk-error';

/** The folder's name inside the data folder. */
export const FILES_FOLDER = 'files';

/** Exactly 64 lowercase hex digits: the only shape a stored file's name can have. */
export function isSha256(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}

export interface StoredFile {
  sha256: string;
  path: string;
  sizeInBytes: number;
  mimeType: string;
}

export class FileStore {
  constructor(
    /** `<dataFolder>/files`, or a folder of its own (a store in memory gets a temporary one). */
    readonly folder: string,
  ) {}

  pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new Error(`not a sha256: ${sha256.slice(0, 80)}`);
    return join(this.folder, sha256.slice(0, 2), sha256);
  }

  /**
   * Where the partial bytes of one download wait. Named by a hash of what is being fetched (not by
   * anything the feed says), so a later attempt finds them to resume.
   */
  partialPathOf(key: string): string {
    return join(this.folder, 'partial', `${createHash('sha256').update(key).digest('hex')}.part`);
  }

  /** Forgets the partial bytes of a download (and what identified their version on the server). */
  async dropPartial(key: string): Promise<void> {
    await dropPartialFile(this.partialPathOf(key));
  }

  /** Moves a verified temporary file into place under its sha256. */
  async adopt(tempPath: string, sha256: string): Promise<string> {
    const target = this.pathOf(sha256);
    try {
      makeFolders(join(this.folder, sha256.slice(0, 2)));
      await rename(tempPath, target);
      return target;
    } catch (error) {
      await rm(tempPath, { force: true });
      throw asDeskError(error, 'Could not keep the downloaded file');
    }
  }

  /** Deletes the bytes of a file (nothing if they are already gone). */
  async delete(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  async exists(sha256: string): Promise<boolean> {
    return (await stat(this.pathOf(sha256)).catch(() => null))?.isFile() ?? false;
  }

  /** A stored file, if its row says it is kept and its bytes are there. */
  async find(db: Store, sha256: string): Promise<StoredFile | null> {
    if (!isSha256(sha256)) return null;
    const row = db
      .prepare('SELECT size_in_bytes AS size, mime_type AS mimeType FROM stored_files WHERE sha256 = ?')
      .get(sha256) as { size: number; mimeType: string } | undefined;
    if (!row) return null;
    const path = this.pathOf(sha256);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    return { sha256, path, sizeInBytes: info.size, mimeType: row.mimeType };
  }
}

/** Beside a partial file: what identified its version on the server (for `If-Range`). */
export const validatorPathOf = (partial: string): string => `${partial}.validator`;

export async function dropPartialFile(partial: string): Promise<void> {
  await rm(partial, { force: true });
  await rm(validatorPathOf(partial), { force: true });
}

/** The sha256 of a file on disk, read as a stream (files may be hundreds of megabytes). */
export async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Flushes a file written by a download before it is renamed into place. */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

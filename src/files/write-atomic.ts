// Writes a file so that it is either there whole or not at all: into a temporary file beside the
// target, flushed, then renamed over it. A full disk or a killed process leaves no half file.
//
// What the command line writes is mostly the delegate's work (a pack, a briefing note with the
// national position), so a file is readable by its owner alone unless the caller says it is meant
// to be published (a public key, a feed's signature): the same rule as the data file and the
// backups, so a pack exported by hand is no easier to read than the backup beside the store.
import { open, rename, unlink } from 'node:fs/promises';
import { asDeskError } from '../desk-error';

/** For files meant to be read by others: a feed's public key and signatures. */
export const PUBLIC_FILE = 0o644;
const OWNER_ONLY = 0o600;

export async function writeFileAtomic(path: string, content: string | Uint8Array, mode = OWNER_ONLY): Promise<void> {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw asDeskError(error, `Could not write ${path}`);
  }
}

// Writes a file so that it is either there whole or not at all: into a temporary file beside the
// target, flushed, then renamed over it. A full disk or a killed process leaves no half file.
import { open, rename, unlink } from 'node:fs/promises';
import { asDeskError } from '../desk-error';

export async function writeFileAtomic(path: string, content: string | Uint8Array, mode = 0o644): Promise<void> {
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

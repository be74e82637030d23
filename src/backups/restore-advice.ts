// Said when the data file will not open (damaged, not Delegate Desk's, refused by the disk), by
// the desktop app and the browser mode alike: where the delegate's work is backed up, and the way
// back to it, so a bad file never reads as work lost.
import { join } from 'node:path';
import { backupsFolderOf, listBackups } from './work-backups';

export function restoreAdvice(storePath: string): string {
  const folder = backupsFolderOf(storePath);
  let latest;
  try {
    latest = listBackups(folder)[0];
  } catch {
    latest = undefined;
  }
  const fresh = `move ${storePath} aside: Delegate Desk then starts with a new data file`;
  if (!latest) return `If the data file is damaged, ${fresh}, and a pack you exported brings your work back (Settings, Packs, Import).`;
  const when = `${latest.madeAt.slice(0, 10)} at ${latest.madeAt.slice(11, 16)} UTC`;
  return (
    `Your work is backed up: the latest backup was made on ${when}, in ${join(folder, latest.fileName)}. ` +
    `To go on, ${fresh}; then import the backup in Settings, Packs, Import.`
  );
}

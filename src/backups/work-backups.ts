// The delegate's own work (highlights, positions and their history, tour de table, notes) backed
// up on its own, as packs (docs/pack-format.md) in a folder beside the data file: when the
// app opens, once a day while it runs, and as it closes, each time only if the work changed since
// the newest backup. The last 14 are kept. The feed's records are not backed up: a sync brings
// them back. A damaged data file, a bad import or a slip then costs at most a day, and a backup
// is restored like any pack: imported, with a preview of what it will change.
//
// Each file is written beside its final name and renamed once on disk, so a backup is whole or
// absent; files and folder are the delegate's alone (they hold national positions).
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { makeFolders } from '../files/make-folders';
import { basename, dirname, join } from 'node:path';
import type { BackupFile, BackupMade } from '../api/types';
import { DeskError, asDeskError } from '../desk-error';
import { buildPack, type PackApp } from '../packs/export';
import type { Pack } from '../packs/format';
import type { Store } from '../store/open';

export type { BackupFile };

/**
 * Beside the data file, named after it (delegate-desk.db: delegate-desk-backups), so two stores in
 * one folder never take each other's backups for their own, nor prune them.
 */
export function backupsFolderOf(storePath: string): string {
  return join(dirname(storePath), `${basename(storePath).replace(/\.[^.]*$/, '') || 'store'}-backups`);
}

/** How many backups are kept, the newest. */
export const KEEP_BACKUPS = 14;
/** e.g. delegate-desk-work-2026-12-06T08-20-00Z.json: the time it was made, in UTC. */
const BACKUP_NAME = /^delegate-desk-work-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.json$/;

export function backupFileName(at: Date): string {
  return `delegate-desk-work-${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z.json`;
}

/** The backups in `folder`, the newest first; none if the folder does not exist yet. */
export function listBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw asDeskError(error, 'Could not read the backups folder');
  }
  return names
    .flatMap((fileName) => {
      const parts = BACKUP_NAME.exec(fileName);
      const stat = parts ? statSync(join(folder, fileName), { throwIfNoEntry: false }) : undefined;
      if (!parts || !stat?.isFile()) return [];
      return [{ fileName, madeAt: `${parts[1]}T${parts[2]}:${parts[3]}:${parts[4]}Z`, bytes: stat.size }];
    })
    .sort((a, b) => b.madeAt.localeCompare(a.madeAt));
}

/** A backup's content, to import; only a name `listBackups` gives is taken. */
export function readBackup(folder: string, fileName: string): string {
  if (!BACKUP_NAME.test(fileName)) throw new DeskError('rejected', `“${fileName}” is not the name of a backup`);
  try {
    return readFileSync(join(folder, fileName), 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new DeskError('not_found', `There is no backup “${fileName}” any more`);
    throw asDeskError(error, `Could not read the backup “${fileName}”`);
  }
}

/** Backs the work up if there is any and it changed since the newest backup; keeps the last `keep`. */
export function backUpWork(db: Store, folder: string, options: { app: PackApp; now?: Date; keep?: number }): BackupMade {
  const now = options.now ?? new Date();
  const pack = buildPack(db, { app: options.app, now });
  if (pack.annotations.length + pack.positions.length + pack.statements.length + pack.notes.length === 0) {
    return { made: null, why: 'nothing to back up' };
  }
  const newest = listBackups(folder)[0];
  if (newest && fingerprintOfFile(join(folder, newest.fileName)) === fingerprint(pack)) {
    return { made: null, why: 'unchanged since the last backup' };
  }
  const fileName = backupFileName(now);
  writeWhole(folder, fileName, `${JSON.stringify(pack, null, 2)}\n`);
  for (const old of listBackups(folder).slice(options.keep ?? KEEP_BACKUPS)) rmSync(join(folder, old.fileName), { force: true });
  return { made: listBackups(folder).find((b) => b.fileName === fileName)! };
}

/** What a pack holds, whenever and by whichever version it was written. */
function fingerprint(pack: Pick<Pack, 'annotations' | 'positions' | 'statements' | 'notes' | 'versions'>): string {
  const { annotations, positions, statements, notes, versions } = pack;
  return createHash('sha256').update(JSON.stringify({ annotations, positions, statements, notes, versions })).digest('hex');
}

/** A file that cannot be read as a pack matches nothing: a new backup is made beside it. */
function fingerprintOfFile(path: string): string | null {
  try {
    return fingerprint(JSON.parse(readFileSync(path, 'utf8')) as Pack);
  } catch {
    return null;
  }
}

function writeWhole(folder: string, fileName: string, content: string): void {
  const partial = join(folder, `.${fileName}.partial`);
  try {
    makeFolders(folder, 0o700);
    const fd = openSync(partial, 'w', 0o600);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, join(folder, fileName));
  } catch (error) {
    // Ours to remove if it is a file; anything else in its place is left alone.
    if (existsSync(partial) && statSync(partial).isFile()) rmSync(partial, { force: true });
    throw asDeskError(error, 'Could not back up your work');
  }
}

// Makes a folder and whichever folders above it are missing, one level at a time.
//
// Why not mkdirSync(path, { recursive: true }): Node's own walk steps back to the parent on
// "no such file" and forward again once the parent exists, with no end when the parent exists
// and the child still cannot be made. procfs answers so for any folder under /proc, and so does
// a mount gone stale: the call spins at full CPU and never returns (the promise version never
// settles), so `--db /proc/x/desk.db` froze the command line instead of saying why. Here an
// error once the parent exists is final.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Every folder made gets `mode` (less the umask); folders already there are left as they are. */
export function makeFolders(path: string, mode = 0o777): void {
  const missing: string[] = [];
  for (let at = resolve(path); !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break; // a root that does not exist: mkdir says why
  }
  // A file where the folder should be: mkdir's own error (EEXIST), as the recursive call gave.
  if (missing.length === 0 && !statSync(path).isDirectory()) mkdirSync(path);
  for (const folder of missing) {
    try {
      mkdirSync(folder, { mode });
    } catch (error) {
      // Made meanwhile by another program (the app and a command line start together): fine,
      // if it is a folder.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
    }
  }
}

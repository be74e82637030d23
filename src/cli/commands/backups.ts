// `backups list` and `backups make`: the backups of the delegate's work that the app makes on its
// own (src/backups), from the command line, so a script or a scheduled task can make one too (the
// command line makes none by itself). A backup is restored like any pack: `pack import FILE`.
import { join } from 'node:path';
import type { Command } from 'commander';
import packageJson from '../../../package.json' with { type: 'json' };
import { backupsFolderOf, backUpWork, KEEP_BACKUPS, listBackups } from '../../backups/work-backups';
import { formatBytes } from '../../sync/fetch-page';
import type { CliContext } from '../context';
import type { Runner } from '../main';
import { json } from '../output';

export function registerBackups(program: Command, ctx: CliContext, run: Runner): void {
  const backups = program
    .command('backups')
    .description(`the backups of your work beside the data file (the newest ${KEEP_BACKUPS} are kept); restore one with \`pack import FILE\``);

  backups
    .command('list')
    .description('the backups, the newest first, with their files')
    .option('--json', 'print as JSON')
    .action(
      run((opts: { json?: boolean }) => {
        const folder = backupsFolderOf(ctx.storePath);
        const found = listBackups(folder).map((b) => ({ ...b, path: join(folder, b.fileName) }));
        if (opts.json) return void ctx.output.out(json({ folder, backups: found }));
        if (found.length === 0) return void ctx.output.out(`No backups yet in ${folder}.`);
        ctx.output.out(found.map((b) => `${b.madeAt}  ${formatBytes(b.bytes).padStart(8)}  ${b.path}`).join('\n'));
      }),
    );

  backups
    .command('make')
    .description('back up your work now, if it changed since the newest backup')
    .action(
      run(() => {
        const folder = backupsFolderOf(ctx.storePath);
        const outcome = backUpWork(ctx.store(), folder, { app: { name: 'Delegate Desk', version: packageJson.version } });
        ctx.output.out(
          outcome.made
            ? `Backed up your work to ${join(folder, outcome.made.fileName)} (${formatBytes(outcome.made.bytes)}).`
            : `No backup made: ${outcome.why}.`,
        );
      }),
    );
}

import type { Command } from 'commander';
import type { CliContext } from '../context';
import { EXIT } from '../exit-codes';
import type { Runner } from '../main';
import { hasSample, loadSample, removeSample } from '../../sample/sample-feed';
import { RECORD_KINDS } from '../../sync/counts';

export function registerSeed(program: Command, ctx: CliContext, run: Runner): void {
  program
    .command('seed')
    .description('load the sample feed (real Group publications, two sample meetings, contacts); --remove takes it out')
    .option('--remove', 'remove the sample data (anything you annotated is archived, not lost)')
    .action(
      run(async (opts: { remove?: boolean }) => {
        const db = ctx.store();
        if (opts.remove) {
          if (!hasSample(db)) return void ctx.output.out('There is no sample data in this store.');
          const counts = removeSample(db);
          const kept = RECORD_KINDS.reduce((n, k) => n + counts[k].archived, 0);
          ctx.output.out(`Sample data removed.${kept ? ` ${kept} records with your own notes were archived, not deleted.` : ''}`);
          return;
        }
        const result = await loadSample(db);
        if (result.status === 'applied' || result.status === 'unchanged') {
          ctx.output.out(`Sample data loaded into ${ctx.storePath}.`);
          return;
        }
        ctx.output.err(`Could not load the sample data: ${result.error}`);
        return result.status === 'failed' ? EXIT.failed : EXIT.rejected;
      }),
    );
}

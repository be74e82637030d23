// `delegate-desk`: the command line over the same core as the desktop app.
import { Command, CommanderError } from 'commander';
import { DeskError, asDeskError } from '../desk-error';
import { CliContext } from './context';
import { EXIT, exitCodeFor } from './exit-codes';
import { processOutput, type Output } from './output';
import { registerSync } from './commands/sync';
import { registerFeeds } from './commands/feeds';
import { registerList } from './commands/list';
import { registerShow } from './commands/show';
import { registerSearch } from './commands/search';
import { registerAnnotate } from './commands/annotate';
import { registerFeedTools } from './commands/feed-tools';
import { registerSeed } from './commands/seed';
import { registerPack } from './commands/pack';
import { registerBackups } from './commands/backups';
import { registerPosition } from './commands/position';
import { registerExport } from './commands/export';
import { registerAttachments } from './commands/attachments';

/** What an action hands back: the exit code, 0 when all went well. */
export type Action = Promise<number | void> | number | void;

export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  const program = new Command('delegate-desk');
  const ctx = new CliContext(output, () => program.opts<{ db?: string }>().db);
  let exitCode: number = EXIT.ok;

  program
    .description('Delegate Desk: the NIS Cooperation Group papers, meetings, positions and contacts, offline.')
    .option('--db <path>', 'the data file to use (default: $DELEGATE_DESK_DB, else the desktop app\'s own)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(s) })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Exit codes: 0 done; 1 input rejected (invalid feed, bad signature, unknown id, quote not found),
nothing changed; 2 usage error; 3 network or disk failure, nothing changed.`,
    );

  const run =
    <A extends unknown[]>(action: (...args: A) => Action) =>
    async (...args: A) => {
      const code = await action(...args);
      exitCode = typeof code === 'number' ? code : EXIT.ok;
    };

  registerSync(program, ctx, run);
  registerFeeds(program, ctx, run);
  registerList(program, ctx, run);
  registerShow(program, ctx, run);
  registerSearch(program, ctx, run);
  registerAnnotate(program, ctx, run);
  registerFeedTools(program, ctx, run);
  registerSeed(program, ctx, run);
  registerPack(program, ctx, run);
  registerBackups(program, ctx, run);
  registerPosition(program, ctx, run);
  registerExport(program, ctx, run);
  registerAttachments(program, ctx, run);

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander raises is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      output.err(`delegate-desk: ${error.message}`);
      return EXIT.usage;
    }
    const problem = error instanceof DeskError ? error : asDeskError(error, 'Something went wrong');
    output.err(`delegate-desk: ${capitalise(problem.message)}`);
    return exitCodeFor(problem.kind);
  } finally {
    ctx.close();
  }
}

/** A command used the wrong way (a bad option value): exit code 2. */
export class UsageError extends Error {}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type Runner = <A extends unknown[]>(action: (...args: A) => Action) => (...args: A) => Promise<void>;

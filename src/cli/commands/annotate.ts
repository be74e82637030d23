import type { Command } from 'commander';
import type { CliContext } from '../context';
import type { Runner } from '../main';
import { json } from '../output';
import { annotateQuote } from '../../annotations/annotations';

export function registerAnnotate(program: Command, ctx: CliContext, run: Runner): void {
  program
    .command('annotate <documentId>')
    .description('highlight the first occurrence of a quote in the current revision of a document')
    .requiredOption('--quote <text>', 'the exact text to highlight')
    .option('--note <text>', 'your note on it')
    .option('--color <color>', 'highlight colour', 'yellow')
    .option('--json', 'print as JSON')
    .action(
      run((documentId: string, opts: { quote: string; note?: string; color: string; json?: boolean }) => {
        const a = annotateQuote(ctx.store(), documentId, opts.quote, { note: opts.note, color: opts.color });
        if (opts.json) {
          return void ctx.output.out(
            json({ id: a.id, document_id: a.documentId, quote: a.quote, note: a.note, status: a.status, revision: a.revision, start: a.start, end: a.end }),
          );
        }
        ctx.output.out(`Annotation ${a.id} added to ${a.documentId} (revision ${a.revision}).`);
      }),
    );
}

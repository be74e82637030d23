// `annotate`: highlight a quote in a paper from a terminal, with a note, a colour and tags.
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { UsageError, type Runner } from '../main';
import { json } from '../output';
import { annotateQuote } from '../../annotations/annotations';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../local-records/records';
import type { Annotation } from '../../api/types';

interface Opts {
  quote: string;
  note?: string;
  color: string;
  tag: string[];
  json?: boolean;
}

export function registerAnnotate(program: Command, ctx: CliContext, run: Runner): void {
  program
    .command('annotate <documentId>')
    .description('highlight the first occurrence of a quote in the current revision of a document')
    .requiredOption('--quote <text>', 'the exact text to highlight')
    .option('--note <text>', 'your note on it')
    .option('--color <color>', `highlight colour: ${HIGHLIGHT_COLORS.join(', ')}`, 'yellow')
    .option('--tag <tag>', 'a tag (repeat for several)', (tag: string, tags: string[]) => [...tags, tag], [] as string[])
    .option('--json', 'print as JSON')
    .action(
      run((documentId: string, opts: Opts) => {
        if (!(HIGHLIGHT_COLORS as readonly string[]).includes(opts.color)) {
          throw new UsageError(`"${opts.color}" is not a highlight colour: choose one of ${HIGHLIGHT_COLORS.join(', ')}`);
        }
        const a = annotateQuote(ctx.store(), documentId, opts.quote, { note: opts.note, color: opts.color as HighlightColor, tags: opts.tag });
        if (opts.json) return void ctx.output.out(json(annotationJson(a)));
        ctx.output.out(`Annotation ${a.id} added to ${a.documentId} (revision ${a.revision}).`);
      }),
    );
}

/**
 * An annotation as the command line prints it in JSON: snake_case like every other listing.
 * `revision`, `start` and `end` are where it was made; `status` and `anchor` where it sits in
 * the paper's current revision.
 */
export function annotationJson(a: Annotation) {
  return {
    id: a.id,
    document_id: a.documentId,
    document_title: a.documentTitle,
    document_available: a.documentAvailable,
    quote: a.exact,
    prefix: a.prefix,
    suffix: a.suffix,
    note: a.note,
    color: a.color,
    tags: a.tags,
    revision: a.revision,
    start: a.start,
    end: a.end,
    status: a.anchor.status,
    anchor: { revision: a.anchor.revision, start: a.anchor.start, end: a.anchor.end, method: a.anchor.method },
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    deleted_at: a.deletedAt,
  };
}

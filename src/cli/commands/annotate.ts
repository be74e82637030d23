// `annotate`: highlight a quote in a paper from a terminal, with a note, a colour and tags: in the
// paper's text, or (when it is not there, or when asked) in one of its PDFs kept on this device.
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
  /** true: in the paper's PDFs only; a url: in that PDF only. */
  pdf?: string | true;
  json?: boolean;
}

export function registerAnnotate(program: Command, ctx: CliContext, run: Runner): void {
  program
    .command('annotate <documentId>')
    .description(
      'highlight the first occurrence of a quote in the current revision of a document, else in its PDFs kept on this device (in attachment order)',
    )
    .requiredOption('--quote <text>', 'the exact text to highlight')
    .option('--note <text>', 'your note on it')
    .option('--color <color>', `highlight colour: ${HIGHLIGHT_COLORS.join(', ')}`, 'yellow')
    .option('--tag <tag>', 'a tag (repeat for several)', (tag: string, tags: string[]) => [...tags, tag], [] as string[])
    .option('--pdf [url]', 'look only in the PDFs, or only in the PDF at this address')
    .option('--json', 'print as JSON')
    .action(
      run((documentId: string, opts: Opts) => {
        if (!(HIGHLIGHT_COLORS as readonly string[]).includes(opts.color)) {
          throw new UsageError(`"${opts.color}" is not a highlight colour: choose one of ${HIGHLIGHT_COLORS.join(', ')}`);
        }
        const a = annotateQuote(ctx.store(), documentId, opts.quote, {
          note: opts.note,
          color: opts.color as HighlightColor,
          tags: opts.tag,
          pdf: opts.pdf,
        });
        if (opts.json) return void ctx.output.out(json(annotationJson(a)));
        const where = a.file ? `, in the PDF ${a.file.url}, page ${a.file.page}` : ` (revision ${a.revision})`;
        ctx.output.out(`Annotation ${a.id} added to ${a.documentId}${where}.`);
      }),
    );
}

/**
 * An annotation as the command line prints it in JSON: snake_case like every other listing.
 * `revision`, `start` and `end` are where it was made; `status` and `anchor` where it sits in
 * the paper's current revision. One made in a PDF has `file` (which PDF, the version it was made
 * on and its page), and its anchor says the version and page it sits on now; `start` and `end` are
 * then offsets in the PDF's text.
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
    file: a.file ? { url: a.file.url, sha256: a.file.sha256, page: a.file.page } : null,
    anchor: {
      revision: a.anchor.revision,
      start: a.anchor.start,
      end: a.anchor.end,
      method: a.anchor.method,
      sha256: a.anchor.sha256 ?? null,
      page: a.anchor.page ?? null,
    },
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    deleted_at: a.deletedAt,
  };
}

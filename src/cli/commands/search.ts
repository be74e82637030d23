import type { Command } from 'commander';
import type { CliContext } from '../context';
import { UsageError, type Runner } from '../main';
import { json } from '../output';
import { search, SEARCH_KINDS, type SearchHit, type SearchKind } from '../../search/search';
import { suggestSpelling } from '../../search/spelling';
import { MOST_RESULTS } from '../../search/result-limit';
import { queryWords } from '../../search/match-expression';

export function registerSearch(program: Command, ctx: CliContext, run: Runner): void {
  program
    .command('search <query...>')
    .description(
      'search everything: papers, meetings, agenda items, contacts, your annotations, positions and notes; ' +
        'every word must match, and words in double quotes together, as a phrase',
    )
    .option('--type <type>', `only one kind: ${SEARCH_KINDS.join(', ')}`)
    .option('--limit <n>', `at most this many results (up to ${MOST_RESULTS})`, '20')
    .option('--archived', 'include archived records')
    .option('--newest', 'the most recent first, not the best match')
    .option('--json', 'print as JSON')
    .action(
      run((words: string[], opts: { type?: string; limit: string; archived?: boolean; newest?: boolean; json?: boolean }) => {
        if (opts.type && !(SEARCH_KINDS as readonly string[]).includes(opts.type)) {
          throw new UsageError(`unknown type "${opts.type}": choose one of ${SEARCH_KINDS.join(', ')}`);
        }
        if (!/^\d+$/.test(opts.limit) || Number(opts.limit) < 1 || Number(opts.limit) > MOST_RESULTS) {
          throw new UsageError(`--limit takes a whole number from 1 to ${MOST_RESULTS}`);
        }
        // Quotes or punctuation alone search for nothing: "Nothing found" would blame the store.
        if (queryWords(words.join(' ')).length === 0) throw new UsageError('give at least one word to search for (letters or digits)');
        const hits = search(ctx.store(), words.join(' '), {
          types: opts.type ? [opts.type as SearchKind] : undefined,
          limit: Number(opts.limit),
          includeArchived: opts.archived,
          order: opts.newest ? 'newest' : 'relevance',
        });
        if (opts.json) {
          return void ctx.output.out(
            json(
              hits.map((h) => ({
                type: h.type, id: h.id, title: h.title, snippet: h.snippet, highlights: h.highlights, archived: h.archived,
                parent_id: h.parentId, place: h.place, context: h.context, date: h.date, ...(h.pdf ? { pdf: h.pdf } : {}),
              })),
            ),
          );
        }
        if (hits.length === 0) {
          const suggestion = suggestSpelling(ctx.store(), words.join(' '));
          return void ctx.output.out(suggestion ? `Nothing found. Did you mean "${suggestion}"?` : 'Nothing found.');
        }
        const bold = process.stdout.isTTY ? (s: string) => `\x1b[1m${s}\x1b[22m` : (s: string) => `[${s}]`;
        ctx.output.out(
          hits
            .map((h) => [`${heading(h)}${h.archived ? ' [archived]' : ''}`, h.title, placed(h), mark(h.snippet, h.highlights, bold)].filter(Boolean).join('\n  '))
            .join('\n\n'),
        );
      }),
    );
}

/** A hit inside a PDF is named by its paper and page (its id, a file hash, says nothing to a reader). */
function heading(hit: SearchHit): string {
  if (hit.pdf) return `pdf page  ${hit.place?.id ?? hit.parentId}, p. ${hit.pdf.page}  ${hit.pdf.url}`;
  return `${hit.type.replace('_', ' ')}  ${hit.id}`;
}

/** When and in what the hit lies: "2027-02-17 · NIS Cooperation Group plenary"; empty when nothing places it. */
function placed(hit: SearchHit): string {
  return [hit.date?.slice(0, 10), hit.context].filter(Boolean).join(' · ');
}

function mark(text: string, ranges: [number, number][], style: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + style(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

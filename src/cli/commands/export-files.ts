// `export ics`, `export vcard` and `export annotations`: the files other programs read (a
// calendar, an address book, a report), written whole or not at all.
import type { Command } from 'commander';
import { writeFileAtomic } from '../../files/write-atomic';
import { exportAnnotations } from '../../exports/annotations-markdown';
import type { ExportedFile } from '../../exports/exported-file';
import { exportCalendar } from '../../exports/ics';
import { exportContacts } from '../../exports/vcard';
import type { CliContext } from '../context';
import { UsageError, type Runner } from '../main';

/** Adds the three subcommands to the `export` command (created in export.ts). */
export function registerExportFiles(exportCommand: Command, ctx: CliContext, run: Runner): void {
  exportCommand
    .command('ics [meeting-id]')
    .description('write one meeting, or every meeting not yet over, as an iCalendar file (.ics) for Outlook or any calendar')
    .requiredOption('--out <file>', 'the file to write')
    .action(
      run(async (meetingId: string | undefined, opts: { out: string }) => {
        const file = exportCalendar(ctx.store(), { meetingId });
        await write(ctx, opts.out, file, countOf(file.content, 'BEGIN:VEVENT', ['meeting', 'meetings']));
      }),
    );

  exportCommand
    .command('vcard')
    .description('write the contacts, all or those of a country or role, as vCard 4.0 (.vcf) for an address book')
    .option('--country <code>', 'only this country\'s contacts, e.g. FR (EU for the Union\'s bodies)')
    .option('--role <role>', 'only contacts with this role: spoc, csirt, nca, secretariat, enisa, commission, delegate, other')
    .requiredOption('--out <file>', 'the file to write')
    .action(
      run(async (opts: { country?: string; role?: string; out: string }) => {
        if (opts.country !== undefined && !/^[A-Za-z]{2}$/.test(opts.country)) {
          throw new UsageError(`--country takes a two-letter code such as FR, not "${opts.country}"`);
        }
        const file = exportContacts(ctx.store(), { country: opts.country, role: opts.role });
        await write(ctx, opts.out, file, countOf(file.content, 'BEGIN:VCARD', ['contact', 'contacts']));
      }),
    );

  exportCommand
    .command('annotations <document-id>')
    .description('write your annotations on one paper as Markdown: quotes, notes, tags and revisions')
    .requiredOption('--out <file>', 'the file to write')
    .action(
      run(async (documentId: string, opts: { out: string }) => {
        const file = exportAnnotations(ctx.store(), documentId);
        await write(ctx, opts.out, file, countOf(file.content, '\n### ', ['annotation', 'annotations']));
      }),
    );
}

async function write(ctx: CliContext, path: string, file: ExportedFile, what: string): Promise<void> {
  await writeFileAtomic(path, file.content);
  ctx.output.out(`Wrote ${what} to ${path}.`);
}

function countOf(content: string, marker: string, [one, many]: [string, string]): string {
  const n = content.split(marker).length - 1;
  return `${n} ${n === 1 ? one : many}`;
}

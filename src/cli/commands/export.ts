// `export`: the delegate's material as files for other programs. `export briefing` writes a
// meeting's briefing note (Word, PDF, HTML or Markdown); the calendar, contacts and annotations
// files come from export-files.ts, attached to this same parent command.
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { UsageError, type Runner } from '../main';
import { registerExportFiles } from './export-files';
import { writeFileAtomic } from '../../files/write-atomic';
import { exportBriefing } from '../../briefing/export-briefing';
import { BRIEFING_FORMATS, BRIEFING_SECTIONS, type BriefingFormat, type BriefingSection } from '../../briefing/model';

export function registerExport(program: Command, ctx: CliContext, run: Runner): void {
  const exportCommand = program
    .command('export')
    .description('write a briefing note, meetings, contacts or annotations as files for Word, a calendar, an address book or a report');
  registerExportBriefing(exportCommand, ctx, run);
  registerExportFiles(exportCommand, ctx, run);
}

interface BriefingOpts {
  format: string;
  out: string;
  items?: string;
  marking?: string;
  sections?: string;
  privateNotes?: boolean;
}

/** Section names as typed: the model's names, or with dashes ("tour-de-table"). */
const SECTION_NAMES = new Map<string, BriefingSection>(
  BRIEFING_SECTIONS.flatMap((s) => [[s.toLowerCase(), s] as const, [s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), s] as const]),
);
const SECTION_LIST = BRIEFING_SECTIONS.map((s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)).join(', ');

function registerExportBriefing(exportCommand: Command, ctx: CliContext, run: Runner): void {
  exportCommand
    .command('briefing <meeting-id>')
    .description('write the briefing note of a meeting: cover, agenda overview, and per item background, position, tour de table, annotations and contacts')
    .requiredOption('--format <format>', `one of ${BRIEFING_FORMATS.join(', ')}`)
    .requiredOption('--out <file>', 'the file to write')
    .option('--items <ids>', 'only these agenda items, by id, separated by commas (default: every item on the agenda)')
    .option('--marking <text>', 'a marking printed at the top and bottom of every page, e.g. a classification')
    .option('--sections <names>', `only these sections per item, separated by commas: ${SECTION_LIST} (default: all)`)
    .option('--private-notes', 'include your private notes on the meeting and its items (left out by default)')
    .action(
      run(async (meetingId: string, opts: BriefingOpts) => {
        const format = formatFrom(opts.format);
        const options = {
          items: opts.items === undefined ? undefined : listFrom(opts.items, '--items'),
          sections: opts.sections === undefined ? undefined : sectionsFrom(opts.sections),
          includePrivateNotes: opts.privateNotes === true,
          marking: opts.marking ?? null,
        };
        const file = await exportBriefing(ctx.store(), meetingId, format, options);
        await writeFileAtomic(opts.out, file.bytes);
        ctx.output.out(`Wrote the briefing note of ${meetingId} (${format.toUpperCase()}, ${size(file.bytes.length)}) to ${opts.out}.`);
      }),
    );
}

function formatFrom(value: string): BriefingFormat {
  const format = value.trim().toLowerCase().replace(/^\./, '');
  const known = format === 'markdown' ? 'md' : format;
  if (!(BRIEFING_FORMATS as readonly string[]).includes(known)) {
    throw new UsageError(`--format "${value}" is not a format: use one of ${BRIEFING_FORMATS.join(', ')}`);
  }
  return known as BriefingFormat;
}

function listFrom(value: string, option: string): string[] {
  const list = value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (list.length === 0) throw new UsageError(`${option} needs at least one name, e.g. ${option} a1,a2`);
  return list;
}

function sectionsFrom(value: string): BriefingSection[] {
  return listFrom(value, '--sections').map((name) => {
    const section = SECTION_NAMES.get(name.toLowerCase()) ?? SECTION_NAMES.get(name);
    if (!section) throw new UsageError(`--sections: "${name}" is not a section: use ${SECTION_LIST}`);
    return section;
  });
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} kB`;
}

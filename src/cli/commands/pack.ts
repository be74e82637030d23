// `pack export` and `pack import`: the delegate's own work as a file (docs/pack-format.md), to
// back it up or to share a meeting's preparation with a colleague.
import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import packageJson from '../../../package.json' with { type: 'json' };
import type { PackImportReport } from '../../api/types';
import { asDeskError, DeskError } from '../../desk-error';
import { writeFileAtomic } from '../../files/write-atomic';
import { exportPack } from '../../packs/export';
import { MAX_PACK_BYTES } from '../../packs/format';
import { importPack } from '../../packs/import';
import { plural, outcomeCounts, RECORD_NOUNS, TYPES, waitingLines } from '../../packs/report-words';
import type { CliContext } from '../context';
import type { Runner } from '../main';
import { json } from '../output';

export function registerPack(program: Command, ctx: CliContext, run: Runner): void {
  const pack = program
    .command('pack')
    .description('export your work (annotations, positions with their history, tour de table, notes) to a file, or import one');

  pack
    .command('export <file>')
    .description('write all your work, or one meeting\'s, to FILE as a pack (it holds national positions: share it only through approved channels)')
    .option('--meeting <id>', 'only this meeting\'s work')
    .action(
      run(async (file: string, opts: { meeting?: string }) => {
        const result = exportPack(ctx.store(), { meetingId: opts.meeting, app: { name: 'Delegate Desk', version: packageJson.version } });
        await writeFileAtomic(file, result.content);
        const c = result.counts;
        ctx.output.out(
          `Exported ${plural(c.annotations, RECORD_NOUNS.annotation)}, ${plural(c.positions, RECORD_NOUNS.position)}, ` +
            `${plural(c.statements, RECORD_NOUNS.statement)}, ${plural(c.notes, RECORD_NOUNS.note)} and ` +
            `${plural(c.versions, ['saved state', 'saved states'])} to ${file}.`,
        );
      }),
    );

  pack
    .command('import <file>')
    .description('merge a pack into this store: the later edit of each record wins, the other is kept in its history')
    .option('--dry-run', 'say what the import would do, and change nothing')
    .option('--json', 'print the report as JSON')
    .action(
      run(async (file: string, opts: { dryRun?: boolean; json?: boolean }) => {
        const report = importPack(ctx.store(), await readPackFile(file), { dryRun: opts.dryRun });
        ctx.output.out(opts.json ? json(report) : humanReport(report, ctx.storePath));
      }),
    );
}

async function readPackFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    // Refused before reading: a file this large is not a pack anyone made by hand.
    if (size > MAX_PACK_BYTES) {
      throw new DeskError('rejected', `${file} is too large to be a pack (${Math.ceil(size / (1024 * 1024))} MB; the most Delegate Desk imports is 50 MB)`);
    }
    bytes = await readFile(file);
  } catch (error) {
    throw asDeskError(error, `Could not read ${file}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DeskError('rejected', `${file} is not a pack: it is not UTF-8 text`);
  }
}

/** More than this many changes are summed up, not listed (the JSON report lists them all). */
const LISTED_CHANGES = 100;

function humanReport(report: PackImportReport, storePath: string): string {
  const head = report.applied ? `Pack imported into ${storePath}:` : 'Dry run, nothing was changed. Importing this pack would give:';
  return [head, ...reportLines(report).map((line) => (line ? `  ${line}` : ''))].join('\n');
}

function reportLines(report: PackImportReport): string[] {
  const width = Math.max(...TYPES.map((t) => RECORD_NOUNS[t][1].length));
  const lines = TYPES.map((t) => `${RECORD_NOUNS[t][1].padEnd(width)}  ${outcomeCounts(report.byType[t])}`);
  lines.push(`${plural(report.versionsAdded, ['saved state', 'saved states'])} ${report.applied ? 'added' : 'to add'} to the history.`);

  const changed = report.changes.filter((c) => c.outcome !== 'left');
  if (changed.length) {
    lines.push('', `${report.applied ? 'Changed' : 'Would change'}:`);
    for (const c of changed.slice(0, LISTED_CHANGES)) lines.push(`  ${c.outcome.padEnd(7)}  ${c.label}`);
    if (changed.length > LISTED_CHANGES) lines.push(`  … and ${changed.length - LISTED_CHANGES} more (--json lists them all)`);
  }
  if (report.waiting.length) {
    lines.push(
      '',
      report.waiting.length === 1
        ? '1 record waits for what it refers to (shown as unavailable until a sync brings it):'
        : `${report.waiting.length} records wait for what they refer to (shown as unavailable until a sync brings it):`,
      ...waitingLines(report).map((line) => `  ${line}`),
    );
  }
  return lines;
}


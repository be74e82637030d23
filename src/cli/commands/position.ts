// `position set` and `position show`: the national position on an agenda item, from a terminal.
import type { Command } from 'commander';
import { z } from 'zod';
import type { CliContext } from '../context';
import { UsageError, type Runner } from '../main';
import { json } from '../output';
import type { Store } from '../../store/open';
import { POSITION_STATUSES, positionId, type PositionRecord, type PositionStatus } from '../../local-records/records';
import { cleanFeedHtml } from '../../feed/clean-html';
import { contentOf, EMPTY_POSITION, getPosition, positionVersions, savePosition, type PositionContent } from '../../positions/positions';
import { speakingPointsAsLines, speakingPointsFromLines } from '../../positions/speaking-points';
import { requireAgendaItem } from '../../positions/agenda-item';

interface SetOptions {
  status?: string;
  line?: string;
  speakingPoints?: string;
  redLines?: string;
  fallback?: string;
  background?: string;
  owner?: string;
  due?: string;
  json?: boolean;
}

const day = z.iso.date();

export function registerPosition(program: Command, ctx: CliContext, run: Runner): void {
  const position = program.command('position').description('the national position on an agenda item');

  position
    .command('set <itemId>')
    .description('write the position on an agenda item; what you leave out keeps its current value')
    .option('--status <status>', `one of ${POSITION_STATUSES.join(', ')}`)
    .option('--line <text>', 'the line to take')
    .option('--speaking-points <text>', 'speaking points, one per line (they become a bullet list)')
    .option('--red-lines <text>', 'red lines')
    .option('--fallback <text>', 'the fallback position')
    .option('--background <text>', 'background notes')
    .option('--owner <name>', 'who owns the position in the capital')
    .option('--due <date>', 'when it is due, YYYY-MM-DD ("none" clears it)')
    .option('--json', 'print the saved position as JSON')
    .action(
      run((itemId: string, opts: SetOptions) => {
        const changes = changesFrom(opts);
        const db = ctx.store();
        const current = getPosition(db, itemId);
        const saved = savePosition(db, {
          agendaItemId: itemId,
          ...(current ? contentOf(current) : EMPTY_POSITION),
          ...changes,
          // Between reading and saving, the app may have saved: refuse rather than overwrite it.
          expectedUpdatedAt: current?.updatedAt ?? null,
        });
        if (opts.json) return void ctx.output.out(json(positionJson(db, itemId, saved)));
        const unchanged = current !== null && saved.updatedAt === current.updatedAt;
        ctx.output.out(
          unchanged
            ? `The position on ${itemId} already says that; nothing changed.`
            : `Position on ${itemId} saved (status ${statusWords(saved.status)}, version ${positionVersions(db, itemId).length}).`,
        );
      }),
    );

  position
    .command('show <itemId>')
    .description('show the position on an agenda item')
    .option('--json', 'print as JSON')
    .action(
      run((itemId: string, opts: { json?: boolean }) => {
        const db = ctx.store();
        const saved = getPosition(db, itemId);
        // A position waiting for its item (from a pack) is shown; an unknown item with none is a typo.
        if (!saved) requireAgendaItem(db, itemId);
        const view = positionJson(db, itemId, saved);
        ctx.output.out(opts.json ? json(view) : positionText(view));
      }),
    );
}

function changesFrom(opts: SetOptions): Partial<PositionContent> {
  const changes: Partial<PositionContent> = {};
  if (opts.status !== undefined) {
    const status = opts.status.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (!(POSITION_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(`--status "${opts.status}" is not a status: use one of ${POSITION_STATUSES.join(', ')}`);
    }
    changes.status = status as PositionStatus;
  }
  if (opts.line !== undefined) changes.lineToTake = opts.line;
  if (opts.speakingPoints !== undefined) changes.speakingPoints = speakingPointsFromLines(opts.speakingPoints);
  if (opts.redLines !== undefined) changes.redLines = opts.redLines;
  if (opts.fallback !== undefined) changes.fallback = opts.fallback;
  if (opts.background !== undefined) changes.background = opts.background;
  if (opts.owner !== undefined) changes.owner = opts.owner.trim();
  if (opts.due !== undefined) {
    const due = opts.due.trim();
    if (due === '' || due.toLowerCase() === 'none') changes.dueDate = null;
    else if (day.safeParse(due).success) changes.dueDate = due;
    else throw new UsageError(`--due "${opts.due}" is not a date: use YYYY-MM-DD (e.g. 2027-02-10), or "none"`);
  }
  if (Object.keys(changes).length === 0) {
    throw new UsageError('nothing to set: give at least one of --status, --line, --speaking-points, --red-lines, --fallback, --background, --owner, --due');
  }
  return changes;
}

interface PositionView {
  id: string;
  agenda_item_id: string;
  status: PositionStatus;
  line_to_take: string;
  speaking_points: string;
  speaking_points_text: string;
  red_lines: string;
  fallback: string;
  background: string;
  owner: string;
  due_date: string | null;
  /** Null while no position was ever saved. */
  created_at: string | null;
  updated_at: string | null;
  versions: number;
  agenda_item: { id: string; number: string | null; title: string | null; available: boolean };
  meeting: { id: string; title: string; starts_at: string } | null;
}

/** The position as scripts read it: snake_case, like every JSON the CLI prints. */
function positionJson(db: Store, itemId: string, saved: PositionRecord | null): PositionView {
  const p = saved ?? { ...EMPTY_POSITION, createdAt: null, updatedAt: null };
  const place = db
    .prepare(
      `SELECT i.number, i.title, m.id AS meetingId, m.title AS meetingTitle, m.starts_at AS startsAt
       FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = ?`,
    )
    .get(itemId) as { number: string; title: string; meetingId: string; meetingTitle: string; startsAt: string } | undefined;
  return {
    id: positionId(itemId),
    agenda_item_id: itemId,
    status: p.status,
    line_to_take: p.lineToTake,
    speaking_points: p.speakingPoints,
    speaking_points_text: cleanFeedHtml(p.speakingPoints).text,
    red_lines: p.redLines,
    fallback: p.fallback,
    background: p.background,
    owner: p.owner,
    due_date: p.dueDate,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    versions: saved ? positionVersions(db, itemId).length : 0,
    agenda_item: { id: itemId, number: place?.number ?? null, title: place?.title ?? null, available: place !== undefined },
    meeting: place ? { id: place.meetingId, title: place.meetingTitle, starts_at: place.startsAt } : null,
  };
}

function positionText(v: PositionView): string {
  const item = v.agenda_item.available ? `${v.agenda_item.number} ${v.agenda_item.title}` : `${v.agenda_item_id} (not in this store yet)`;
  const head = [
    `Position on ${item}`,
    ...(v.meeting ? [field('Meeting', `${v.meeting.title}, ${v.meeting.starts_at.slice(0, 10)}`)] : []),
    field('Status', statusWords(v.status)),
    ...(v.owner ? [field('Owner', v.owner)] : []),
    ...(v.due_date ? [field('Due', v.due_date)] : []),
    field('Saved', v.updated_at ? `${v.updated_at.slice(0, 16).replace('T', ' ')} UTC (${v.versions} version${v.versions === 1 ? '' : 's'} kept)` : 'never'),
  ];
  const sections: [string, string[]][] = [
    ['Line to take', paragraphs(v.line_to_take)],
    ['Speaking points', speakingPointsAsLines(v.speaking_points)],
    ['Red lines', paragraphs(v.red_lines)],
    ['Fallback', paragraphs(v.fallback)],
    ['Background', paragraphs(v.background)],
  ];
  const body = sections.filter(([, lines]) => lines.length > 0).map(([title, lines]) => [`${title}:`, ...lines.map((l) => `  ${l}`)].join('\n'));
  if (!v.updated_at) body.push('Nothing written yet. Write it with: delegate-desk position set ' + `${v.agenda_item_id} --status draft --line "..."`);
  return [head.join('\n'), ...body].join('\n\n');
}

function field(label: string, value: string): string {
  return `${`${label}:`.padEnd(10)}${value}`;
}

function paragraphs(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
}

function statusWords(status: PositionStatus): string {
  return status.replace('_', ' ');
}

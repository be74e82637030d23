import type { Command } from 'commander';
import type { CliContext } from '../context';
import { UsageError, type Runner } from '../main';
import { flag, json, table } from '../output';
import { listDocuments } from '../../library/documents';
import { listAgenda, listMeetings } from '../../meetings/meetings';
import { listContacts } from '../../contacts/contacts';
import { listAnnotations } from '../../annotations/annotations';
import { annotationJson } from './annotate';
import type { Annotation } from '../../api/types';

const WHAT = ['documents', 'meetings', 'agenda', 'contacts', 'annotations'] as const;
type What = (typeof WHAT)[number];

interface Opts {
  meeting?: string;
  document?: string;
  country?: string;
  role?: string;
  json?: boolean;
}

export function registerList(program: Command, ctx: CliContext, run: Runner): void {
  program
    .command('list <what>')
    .description(`list ${WHAT.join('|')} (archived records included, flagged)`)
    .option('--meeting <id>', 'only what belongs to this meeting (documents, agenda, annotations)')
    .option('--document <id>', 'only the annotations on this document')
    .option('--country <cc>', 'contacts of one country (e.g. FR, EU)')
    .option('--role <role>', 'contacts with one role (spoc, csirt, nca, enisa, commission...)')
    .option('--json', 'print as JSON')
    .action(
      run((what: string, opts: Opts) => {
        if (!(WHAT as readonly string[]).includes(what)) {
          throw new UsageError(`cannot list "${what}": choose one of ${WHAT.join(', ')}`);
        }
        const { rows, text } = LISTS[what as What](ctx, opts);
        if (opts.json) ctx.output.out(json(rows));
        else ctx.output.out(rows.length === 0 ? `No ${what} yet.` : text);
      }),
    );
}

const LISTS: Record<What, (ctx: CliContext, o: Opts) => { rows: unknown[]; text: string }> = {
  documents: (ctx, o) => {
    const docs = listDocuments(ctx.store(), { includeArchived: true, meetingId: o.meeting });
    return {
      rows: docs.map((d) => ({ id: d.id, title: d.title, type: d.type, revision: d.revision, archived: d.archived, reference: d.reference, date: d.dateModified ?? d.datePublished })),
      text: table(
        docs.map((d) => [d.id, d.type, (d.dateModified ?? d.datePublished ?? '').slice(0, 10), `r${d.revision}`, d.title + flag(d.archived)]),
        ['ID', 'TYPE', 'DATE', 'REV', 'TITLE'],
      ),
    };
  },
  meetings: (ctx) => {
    const meetings = listMeetings(ctx.store(), { includeArchived: true });
    return {
      rows: meetings.map((m) => ({ id: m.id, title: m.title, starts_at: m.startsAt, status: m.status, kind: m.kind, archived: m.archived })),
      text: table(
        meetings.map((m) => [m.id, m.startsAt.slice(0, 16).replace('T', ' '), m.status ?? '', `${m.agendaItems} items`, m.title + flag(m.archived)]),
        ['ID', 'STARTS', 'STATUS', 'AGENDA', 'TITLE'],
      ),
    };
  },
  agenda: (ctx, o) => {
    const items = listAgenda(ctx.store(), { meetingId: o.meeting, includeArchived: true });
    return {
      rows: items.map((i) => ({ id: i.id, meeting_id: i.meetingId, number: i.number, title: i.title, purpose: i.purpose, archived: i.archived, document_ids: i.documents.map((d) => d.id) })),
      text: table(
        items.map((i) => [i.id, i.meetingId, i.number, i.purpose, i.title + flag(i.archived)]),
        ['ID', 'MEETING', 'NO.', 'PURPOSE', 'TITLE'],
      ),
    };
  },
  contacts: (ctx, o) => {
    const contacts = listContacts(ctx.store(), { includeArchived: true, country: o.country, role: o.role });
    return {
      rows: contacts.map((c) => ({ id: c.id, name: c.name, country: c.country, roles: c.roles, email: c.email, url: c.url, archived: c.archived })),
      text: table(
        contacts.map((c) => [c.id, c.country, c.roles.join(','), c.name + flag(c.archived)]),
        ['ID', 'COUNTRY', 'ROLES', 'NAME'],
      ),
    };
  },
  annotations: (ctx, o) => {
    const notes = listAnnotations(ctx.store(), { documentId: o.document, meetingId: o.meeting });
    return {
      rows: notes.map(annotationJson),
      text: table(
        notes.map((a) => [a.id.slice(0, 8), a.documentId, placeOf(a), `“${a.exact}”${a.note ? ` — ${a.note}` : ''}`]),
        ['ID', 'DOCUMENT', 'STATUS', 'QUOTE — NOTE'],
      ),
    };
  },
};

/** Placed or orphaned, and for a highlight in a PDF the page it is on now (or was made on). */
function placeOf(a: Annotation): string {
  if (!a.file) return a.anchor.status;
  return `${a.anchor.status}, PDF p. ${a.anchor.page ?? a.file.page}`;
}

import type { Command } from 'commander';
import type { CliContext } from '../context';
import { UsageError, type Runner } from '../main';
import { json } from '../output';
import { getDocument } from '../../library/documents';
import { getMeeting } from '../../meetings/meetings';
import { getContact } from '../../contacts/contacts';

const WHAT = ['document', 'meeting', 'contact'] as const;

export function registerShow(program: Command, ctx: CliContext, run: Runner): void {
  program
    .command('show <what> <id>')
    .description(`show one ${WHAT.join('|')}`)
    .option('--json', 'print as JSON')
    .action(
      run((what: string, id: string, opts: { json?: boolean }) => {
        const db = ctx.store();
        const out = (value: unknown, text: string) => ctx.output.out(opts.json ? json(value) : text);
        switch (what) {
          case 'document': {
            const d = getDocument(db, id);
            return out(d, [
              `${d.title}${d.archived ? '  [archived: the publisher deleted it]' : ''}`,
              line('Id', d.id),
              line('Type', d.type),
              line('Reference', d.reference),
              line('Revision', `${d.revision}${d.revisions.length > 1 ? ` (of ${d.revisions.length} kept)` : ''}`),
              line('Published', d.datePublished?.slice(0, 10)),
              line('Modified', d.dateModified?.slice(0, 10)),
              line('Tags', d.tags.join(', ')),
              line('Link', d.url),
              ...d.attachments.map((a) => line('Attachment', `${a.title ?? a.url} (${a.mimeType})`)),
              ...d.meetings.map((m) => line('On agenda', `${m.title}, item ${m.number}`)),
              '',
              d.summary ?? '',
              '',
              d.contentText,
            ].filter((l) => l !== null).join('\n'));
          }
          case 'meeting': {
            const m = getMeeting(db, id);
            return out(m, [
              `${m.title}${m.archived ? '  [archived]' : ''}`,
              line('Id', m.id),
              line('When', `${m.startsAt}${m.endsAt ? ` to ${m.endsAt}` : ''}`),
              line('Where', m.location),
              line('Format', m.format),
              line('Status', m.status),
              line('Chair', m.chair),
              ...(m.description ? ['', m.description] : []),
              '',
              'Agenda:',
              ...m.agenda.map(
                (i) =>
                  `  ${i.number.padEnd(5)} ${i.title} (${i.purpose})${i.archived ? ' [archived]' : ''}` +
                  i.documents.map((d) => `\n        - ${d.title ?? d.id}${d.available ? '' : ' (not available yet)'}`).join(''),
              ),
            ].filter((l) => l !== null).join('\n'));
          }
          case 'contact': {
            const c = getContact(db, id);
            return out(c, [
              `${c.name}${c.archived ? '  [archived]' : ''}`,
              line('Id', c.id),
              line('Organisation', c.organisation),
              line('Country', c.country),
              line('Roles', c.roles.join(', ')),
              line('E-mail', c.email),
              line('Phone', c.phone),
              line('Web', c.url),
            ].filter((l) => l !== null).join('\n'));
          }
          default:
            throw new UsageError(`cannot show "${what}": choose one of ${WHAT.join(', ')}`);
        }
      }),
    );
}

function line(label: string, value: string | null | undefined): string | null {
  return value ? `${`${label}:`.padEnd(13)}${value}` : null;
}

// The briefing note as Markdown (CommonMark with GitHub tables), for a wiki, a mail or a diff.
// Text from the feed or the delegate is escaped so it prints as typed: an asterisk in a title
// stays an asterisk, a "<script>" stays visible text, a line starting "# " is no heading.
import type { BriefingDocumentRef, BriefingItem, BriefingNote, SpeakingPoint, TextRun } from './model';
import { SECTION_TITLES, STANCE_WORDS, STATUS_WORDS, codeWords, contactLine, coverFacts, dayWords, documentLine, tourGroups } from './wording';

export function renderMarkdown(note: BriefingNote): string {
  const out: string[] = [];
  if (note.marking) out.push(`**${inline(note.marking)}**`);
  out.push(`# ${inline(note.meeting.title)}`, '_Briefing note_');
  out.push(coverFacts(note).map(([label, value]) => `- **${label}:** ${inline(value)}`).join('\n'));
  if (note.meetingNotes) out.push(`## ${SECTION_TITLES.meetingNotes}`, ...note.meetingNotes.map(block));
  if (note.overview.length > 0) {
    out.push(`## ${SECTION_TITLES.overview}`);
    out.push(
      table(
        ['No.', 'Item', 'Purpose', 'Lead', 'Position'],
        note.overview.map((o) => [o.number, o.title, codeWords(o.purpose), o.lead ?? '', STATUS_WORDS[o.positionStatus]]),
      ),
    );
  }
  for (const i of note.items) out.push(...item(i));
  if (note.annex.length > 0) {
    out.push(`## ${SECTION_TITLES.annex}`);
    out.push(note.annex.map((d, n) => `${n + 1}. ${documentMd(d)}`).join('\n'));
  }
  if (note.marking) out.push(`**${inline(note.marking)}**`);
  return `${out.join('\n\n')}\n`;
}

function item(i: BriefingItem): string[] {
  const out = [`## ${inline(`${i.number}. ${i.title}`)}`, `### ${SECTION_TITLES.purpose}`];
  out.push(`**Purpose:** ${inline(codeWords(i.purpose))}${i.lead ? `\\\n**Lead:** ${inline(i.lead)}` : ''}`);
  if (i.background) {
    out.push(`### ${SECTION_TITLES.background}`);
    if (i.background.description) out.push(block(i.background.description));
    if (i.background.documents.length > 0) out.push(i.background.documents.map((d) => `- ${documentMd(d)}`).join('\n'));
  }
  if (i.position) {
    const p = i.position;
    out.push(`### ${SECTION_TITLES.position}`);
    const meta = [`**Status:** ${STATUS_WORDS[p.status]}`];
    if (p.owner) meta.push(`**Owner:** ${inline(p.owner)}`);
    if (p.dueDate) meta.push(`**Due:** ${dayWords(p.dueDate)}`);
    out.push(meta.join(' · '));
    if (p.lineToTake) out.push('**Line to take**', block(p.lineToTake));
    if (p.speakingPoints.length > 0) out.push('**Speaking points**', speakingPoints(p.speakingPoints));
    if (p.redLines) out.push('**Red lines**', block(p.redLines));
    if (p.fallback) out.push('**Fallback**', block(p.fallback));
    if (p.background) out.push('**Background notes**', block(p.background));
  }
  if (i.tourDeTable) {
    const t = i.tourDeTable;
    out.push(`### ${SECTION_TITLES.tourDeTable}`);
    out.push(tourGroups(t).map(([label, value]) => `- **${label}:** ${inline(value)}`).join('\n'));
    out.push(table(['Speaker', 'Stance', 'Comment'], t.statements.map((s) => [s.speakerName, STANCE_WORDS[s.stance], s.comment])));
  }
  if (i.annotations) {
    out.push(`### ${SECTION_TITLES.annotations}`);
    for (const a of i.annotations) {
      out.push(block(a.quote).replace(/^/gm, '> '));
      const source = [`_${inline(a.documentTitle)}${a.page ? `, page ${a.page}` : ''}_`];
      if (a.orphaned) source.push('(no longer in the current text)');
      if (a.tags.length > 0) source.push(`[${inline(a.tags.join(', '))}]`);
      out.push(source.join(' '));
      if (a.note) out.push(block(a.note));
    }
  }
  if (i.contacts) out.push(`### ${SECTION_TITLES.contacts}`, i.contacts.map((c) => `- ${inline(contactLine(c))}`).join('\n'));
  if (i.notes) out.push(`### ${SECTION_TITLES.notes}`, ...i.notes.map(block));
  return out;
}

function speakingPoints(points: SpeakingPoint[]): string {
  const lines: string[] = [];
  let number = 0;
  let previous: SpeakingPoint['kind'] | null = null;
  for (const p of points) {
    number = p.kind === 'numbered' && previous === 'numbered' ? number + 1 : 1;
    // A blank line between a list and a paragraph, so the paragraph does not join the last item.
    if (previous !== null && (previous === 'paragraph' || p.kind === 'paragraph' || previous !== p.kind)) lines.push('');
    const text = runs(p.runs);
    lines.push(p.kind === 'bullet' ? `- ${text}` : p.kind === 'numbered' ? `${number}. ${text}` : text);
    previous = p.kind;
  }
  return lines.join('\n');
}

function runs(list: TextRun[]): string {
  return list
    .map((r) => {
      // Emphasis markers must touch text, so surrounding spaces stay outside them.
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(r.text) ?? [];
      if (core === '') return r.text;
      let md = inline(core);
      if (r.bold) md = `**${md}**`;
      if (r.italic) md = `_${md}_`;
      if (r.link) md = `[${md}](${url(r.link)})`;
      return `${lead}${md}${trail}`;
    })
    .join('');
}

function documentMd(d: BriefingDocumentRef): string {
  const text = inline(documentLine(d));
  return d.url ? `[${text}](${url(d.url)})` : text;
}

function table(head: string[], rows: string[][]): string {
  const cell = (text: string) => inline(text.replace(/\s*\r?\n\s*/g, ' ')) || ' ';
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** Plain text as Markdown paragraphs: blank lines kept as paragraph breaks, single ones as breaks. */
function block(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) =>
      p
        .split(/\r?\n/)
        .map((line) => escapeLineStart(inline(line.trim())))
        .join('\\\n'),
    )
    .join('\n\n');
}

/**
 * One line of text with every character Markdown reads as markup escaped. CommonMark lets any
 * ASCII punctuation be escaped with a backslash; escaping too little would turn a delegate's text
 * into links, emphasis or raw HTML, escaping everything would make the file hard to read as text.
 */
export function inline(text: string): string {
  // Parentheses, quotes and "!" need no escape: with "[" escaped they can never form a link or an image.
  return escapeLineStart(text.replace(/[\\`*_[\]<>#|~&]/g, '\\$&'));
}

/** What only means something at the start of a line: list markers, quotes, headings, rules. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([-+=>:])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A link target without anything that would end it early. */
function url(link: string): string {
  return link.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

// Speaking points are rich text (HTML from the editor, cleaned when saved). Where there is no
// editor, the command line, they are plain lines: one line per point in, bullets out.
import { Parser } from 'htmlparser2';

const BULLET = /^\s*(?:[-*•]\s+)/;

/** Plain lines as a bullet list, one point per non-empty line ("- " or "* " at the start dropped). */
export function speakingPointsFromLines(text: string): string {
  const points = text
    .split(/\r?\n/)
    .map((l) => l.replace(BULLET, '').trim())
    .filter((l) => l !== '');
  if (points.length === 0) return '';
  return `<ul>${points.map((p) => `<li>${escapeText(p)}</li>`).join('')}</ul>`;
}

const LINE_BREAKS = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'table', 'tr', 'ul', 'ol', 'dl', 'dt', 'dd', 'hr',
]);

/**
 * The points as lines of text a person reads in a terminal: list items become "- " (or "1. " in
 * a numbered list), indented by two spaces per level of nesting; paragraphs are plain lines.
 */
export function speakingPointsAsLines(html: string): string[] {
  const lines: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let marker = '';
  let line = '';

  // An item's marker waits for the item's first text, which may sit in a nested <p> (the editor
  // writes <li><p>…</p></li>).
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (text === '') return;
    lines.push(`${marker}${text}`);
    marker = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'li') {
          endLine();
          const list = lists.at(-1);
          const indent = '  '.repeat(Math.max(0, lists.length - 1));
          const bullet = list?.ordered ? `${list.next++}. ` : '- ';
          marker = `${indent}${bullet}`;
          return;
        }
        if (LINE_BREAKS.has(name)) endLine();
        if (name === 'ul' || name === 'ol') lists.push({ ordered: name === 'ol', next: Number.parseInt(attribs.start ?? '', 10) || 1 });
      },
      onclosetag(name) {
        if (name === 'li' || LINE_BREAKS.has(name)) endLine();
        if (name === 'ul' || name === 'ol') {
          lists.pop();
          marker = '';
        }
      },
      ontext(text) {
        line += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  return lines;
}

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

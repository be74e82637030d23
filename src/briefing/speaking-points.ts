// The position's speaking points are rich text (the editor's HTML, cleaned when saved). Every
// briefing format can print paragraphs, bullet and numbered items with bold, italic and links, so
// the HTML is flattened to exactly that here, once, and each renderer reads points, never HTML.
import { Parser } from 'htmlparser2';
import type { SpeakingPoint, TextRun } from './model';

const BLOCKS = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'hr',
]);
const BOLD = new Set(['b', 'strong']);
const ITALIC = new Set(['i', 'em']);
const SAFE_LINK = /^(?:https?:|mailto:)/i;

export function speakingPointsFromHtml(html: string): SpeakingPoint[] {
  const points: SpeakingPoint[] = [];
  /** The lists we are in, innermost last: a nested list's items print as that list's kind. */
  const lists: ('bullet' | 'numbered')[] = [];
  let kind: SpeakingPoint['kind'] = 'paragraph';
  let runs: TextRun[] = [];
  let bold = 0;
  let italic = 0;
  const links: (string | null)[] = [];

  const endPoint = () => {
    const cleaned = tidy(runs);
    runs = [];
    if (cleaned.length > 0) points.push({ kind, runs: cleaned });
    // Text after a nested list, still inside the outer item, continues as a point of the outer kind.
    kind = lists.length > 0 ? lists.at(-1)! : 'paragraph';
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'ul' || name === 'ol') {
          endPoint();
          lists.push(name === 'ol' ? 'numbered' : 'bullet');
          kind = lists.at(-1)!;
        } else if (name === 'li') {
          endPoint();
          kind = lists.at(-1) ?? 'bullet';
        } else if (BLOCKS.has(name)) {
          // A <p> inside an <li> (the editor writes <li><p>…</p></li>) belongs to the item.
          if (runs.some((r) => r.text.trim() !== '')) endPoint();
        } else if (BOLD.has(name)) bold++;
        else if (ITALIC.has(name)) italic++;
        else if (name === 'a') {
          const href = (attribs.href ?? '').trim();
          links.push(SAFE_LINK.test(href) ? href : null);
        }
      },
      onclosetag(name) {
        if (name === 'ul' || name === 'ol') {
          endPoint();
          lists.pop();
          kind = lists.at(-1) ?? 'paragraph';
        } else if (name === 'li' || BLOCKS.has(name)) endPoint();
        else if (BOLD.has(name)) bold = Math.max(0, bold - 1);
        else if (ITALIC.has(name)) italic = Math.max(0, italic - 1);
        else if (name === 'a') links.pop();
      },
      ontext(text) {
        const link = links.findLast((l) => l !== null) ?? null;
        const run: TextRun = { text };
        if (bold > 0) run.bold = true;
        if (italic > 0) run.italic = true;
        if (link) run.link = link;
        runs.push(run);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endPoint();
  return points;
}

/** The plain text of a point, for formats or checks that only need the words. */
export function pointText(point: SpeakingPoint): string {
  return point.runs.map((r) => r.text).join('');
}

/** White space folded as a browser would show it; neighbouring runs with the same style joined. */
function tidy(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const text = run.text.replace(/\s+/g, ' ');
    const last = out.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.link === run.link) last.text += text;
    else out.push({ ...run, text });
  }
  // Fold spaces across run boundaries and trim the point's ends.
  for (let i = 0; i < out.length; i++) {
    if (i > 0 && out[i - 1]!.text.endsWith(' ') && out[i]!.text.startsWith(' ')) out[i]!.text = out[i]!.text.slice(1);
  }
  if (out.length > 0) {
    out[0]!.text = out[0]!.text.trimStart();
    out[out.length - 1]!.text = out[out.length - 1]!.text.trimEnd();
  }
  return out.filter((r) => r.text !== '');
}

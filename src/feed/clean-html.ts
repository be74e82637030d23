// Feed HTML is cleaned once, at ingest, against an allow-list. What is stored for display holds no
// script, event handler, style, form, `javascript:` link or anything that loads from the network
// (no images, frames, objects, media), so a hostile feed cannot run code or learn who opened a
// paper. The renderer cleans again before display, as a second wall.
//
// The same single pass yields the document's plain text, which the search index reads and
// annotation offsets count in: block elements end a line, white space folds to one space.
//
// Why not sanitize-html: it parses with the same htmlparser2 but runs at ~10 MB/s here and gives
// no text; one pass over htmlparser2's events does both at several times the speed, which is what
// lets a 20,000-paper sync stay near the raw insert floor (docs/benchmarks.md).
import { Parser } from 'htmlparser2';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, LINK_SCHEMES } from './html-allow-list';

const ALLOWED = new Set(ALLOWED_TAGS);
const ATTRIBUTES = ALLOWED_ATTRIBUTES;
const NUMERIC = new Set(['colspan', 'rowspan', 'start']);
const VOID = new Set(['br', 'hr']);
/** Dropped with everything inside them, not shown as text. */
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'textarea', 'select', 'option', 'head', 'title', 'video', 'audio',
  'canvas', 'button', 'form',
]);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
// htmlparser2's own rule for elements an opening tag closes (its `openImpliesClose`, for the
// allowed tags). Dropping an unknown element can leave, say, a <p> directly inside a <p> in the
// output; re-parsing would then close the first, so the cleaner closes it itself.
const P = ['p'];
const IMPLIED_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'blockquote', 'div', 'dl', 'figcaption', 'figure', 'hr', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (tag) => [tag, new Set(P)] as const,
  ),
]);

export interface CleanHtml {
  html: string;
  text: string;
}

export function cleanFeedHtml(input: string): CleanHtml {
  let html = '';
  const lines: string[] = [];
  let line = '';
  let dropDepth = 0;
  const open: string[] = [];

  const endLine = () => {
    const trimmed = (line.includes('  ') ? line.replace(/ {2,}/g, ' ') : line).trim();
    if (trimmed !== '') lines.push(trimmed);
    line = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (dropDepth > 0 || DROPPED_WITH_CONTENT.has(name)) {
          if (DROPPED_WITH_CONTENT.has(name)) dropDepth++;
          return;
        }
        if (BLOCKS.has(name)) endLine();
        if (!ALLOWED.has(name)) return;
        const closes = IMPLIED_CLOSE.get(name);
        while (closes && open.length > 0 && closes.has(open.at(-1)!)) html += `</${open.pop()}>`;
        html += `<${name}${attributes(name, attribs)}>`;
        if (!VOID.has(name)) open.push(name);
      },
      onclosetag(name) {
        if (dropDepth > 0) {
          if (DROPPED_WITH_CONTENT.has(name)) dropDepth--;
          return;
        }
        if (BLOCKS.has(name)) endLine();
        if (!ALLOWED.has(name) || VOID.has(name)) return;
        const at = open.lastIndexOf(name);
        if (at === -1) return;
        while (open.length > at) html += `</${open.pop()}>`;
      },
      ontext(text) {
        if (dropDepth > 0) return;
        html += escapeText(text);
        line += foldSpace(text);
      },
    },
    { decodeEntities: true, recognizeSelfClosing: false },
  );
  parser.write(input);
  parser.end();
  while (open.length > 0) html += `</${open.pop()}>`;
  endLine();
  return { html, text: lines.join('\n') };
}

function attributes(tag: string, attribs: Record<string, string>): string {
  let out = '';
  for (const name of ATTRIBUTES[tag] ?? []) {
    const value = attribs[name];
    if (value === undefined) continue;
    if (name === 'href') {
      const href = safeLink(value);
      if (href) out += ` href="${escapeAttribute(href)}"`;
    } else if (NUMERIC.has(name)) {
      if (/^\d{1,4}$/.test(value.trim())) out += ` ${name}="${value.trim()}"`;
    } else {
      out += ` ${name}="${escapeAttribute(value)}"`;
    }
  }
  if (tag === 'a') out += ' rel="noopener noreferrer" target="_blank"';
  return out;
}

/** Only absolute http(s) and mailto links survive; the WHATWG parser sees through tricks like
 *  `java&#x09;script:` exactly as a browser would. */
function safeLink(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return LINK_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Every run of white space as one space. Most text is already so (single spaces between words),
 *  and a run-by-run replace would rebuild it at every space: about a sixth of cleaning a paper. */
function foldSpace(text: string): string {
  return text.includes('  ') || OTHER_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
const OTHER_SPACE = /[^\S ]/;

function escapeText(text: string): string {
  // Most text has nothing to escape; a replace would still copy it.
  if (!text.includes('&') && !text.includes('<') && !text.includes('>')) return text;
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain text given by the feed, folded the same way as text taken from HTML. */
export function cleanFeedText(input: string): string {
  return input
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

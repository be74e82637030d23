// A paper's HTML, cleaned once more right before it enters the page.
//
// This is the second wall. The first is the core's ingest cleaning (src/feed/clean-html.ts),
// which keeps only an allow-list of tags and attributes before anything is stored; the third is
// the page's Content Security Policy, which runs no inline script whatever gets through. Cleaning
// again here means a bug in the first wall, or a store written by something else, still cannot
// put a script, an event handler, a style, a form or anything that loads from the network into
// the delegate's window. DOMPurify parses with the browser's own parser, so it sees the markup
// exactly as the page would.
import DOMPurify from 'dompurify';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, LINK_SCHEMES } from '../../feed/html-allow-list';

// The same allow-list as the ingest cleaning: text structure, lists, tables and links; no img,
// iframe, object, form, input, style, svg or math.
const ALLOWED_ATTR = [...new Set(Object.values(ALLOWED_ATTRIBUTES).flat())];

// A private instance: its hooks must not change how anything else in the page sanitizes.
const purifier = DOMPurify(window);

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  const href = node.getAttribute('href');
  if (href !== null && !isSafeLink(href)) node.removeAttribute('href');
  // Links leave the app: in a new window (the desktop shell hands it to the system browser),
  // without telling the site where the delegate came from.
  node.setAttribute('target', '_blank');
  node.setAttribute('rel', 'noopener noreferrer');
});

/** Only absolute http(s) and mailto links, read by the browser's own URL parser. */
function isSafeLink(href: string): boolean {
  try {
    return LINK_SCHEMES.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** The page's title is an h2: the paper's own headings move down under it (h1 → h3, …). */
function demoteHeadings(root: DocumentFragment): void {
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Math.min(6, Number(heading.tagName.slice(1)) + 2);
    const demoted = heading.ownerDocument.createElement(`h${level}`);
    demoted.append(...heading.childNodes);
    heading.replaceWith(demoted);
  }
}

export function cleanDocumentHtml(html: string): string {
  const fragment = purifier.sanitize(html, {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    FORBID_TAGS: ['style', 'script', 'img', 'iframe', 'form', 'input', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'src'],
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  demoteHeadings(fragment);
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

// Speaking points are rich text (HTML). The history compares their words, and the agenda card
// previews them, as plain text: one line per paragraph or list item, with the bullet or number
// a delegate would read. The browser's own parser reads the HTML into an inert document (no
// script runs, nothing loads), so even HTML from an imported pack is safe to read here.
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'DIV', 'TABLE', 'TR']);

export function speakingPointsText(html: string): string {
  if (!html.trim()) return '';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lines: string[] = [];
  let line = '';
  let prefix = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(`${prefix}${text}`);
    line = '';
    prefix = '';
  };
  const walk = (node: Node, indent: string) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      line += ' ';
      return;
    }
    if (node.tagName === 'UL' || node.tagName === 'OL') {
      flush();
      let n = Number(node.getAttribute('start') ?? '1') || 1;
      for (const item of node.children) {
        if (item.tagName !== 'LI') continue;
        flush();
        prefix = node.tagName === 'OL' ? `${indent}${n++}. ` : `${indent}• `;
        // Nested lists inside the item start their own lines, indented one step.
        for (const child of item.childNodes) walk(child, `${indent}  `);
        flush();
      }
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) {
      // A paragraph inside a list item continues the item's line (Tiptap wraps item text in <p>).
      if (line.trim()) flush();
    }
    for (const child of node.childNodes) walk(child, indent);
    if (block && !prefix) flush();
  };
  walk(doc.body, '');
  flush();
  return lines.join('\n');
}

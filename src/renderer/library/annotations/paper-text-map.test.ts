import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { cleanFeedHtml } from '../../../feed/clean-html';
import { ALLOWED_TAGS } from '../../../feed/html-allow-list';
import { alignTexts, PaperTextMap, type PaperNode } from './paper-text-map';
import { paragraphsOf } from './paper-paragraphs';

/** What the page would hold for a feed's HTML: the ingest's cleaned HTML, parsed. */
function paper(feedHtml: string) {
  const { html, text } = cleanFeedHtml(feedHtml);
  const root = parseDocument(html) as unknown as PaperNode;
  return { root, text, map: PaperTextMap.read(root, text) };
}

/** Each character of the plain text comes back from the page as itself (a space from any
 *  white space), and the offsets of its boundaries read back as the same offsets. */
function expectEveryCharacterPlaced(map: PaperTextMap, text: string) {
  for (let i = 0; i < text.length; i++) {
    const pieces = map.piecesOf(i, i + 1);
    if (text[i] === '\n') {
      expect(pieces).toEqual([]);
      continue;
    }
    expect(pieces).toHaveLength(1);
    const [{ node, start, end }] = pieces as [(typeof pieces)[number]];
    expect(end - start).toBe(1);
    expect(node.data!.slice(start, end).replace(/\s/, ' ')).toBe(text[i]);
    expect(map.contentOffset(node, start, 'start')).toBe(i);
    expect(map.contentOffset(node, end, 'end')).toBe(i + 1);
  }
}

/** The page's text under a span, folded the way the plain text is. */
function shown(map: PaperTextMap, start: number, end: number): string {
  return map
    .piecesOf(start, end)
    .map((p) => p.node.data!.slice(p.start, p.end))
    .join('|')
    .replace(/\s+/g, ' ');
}

const SAMPLES: Record<string, string> = {
  paragraphs: '<p>This toolbox follows the coordinated risk assessment.</p>\n<p>It brings together   strategic\n  and technical measures.</p>',
  lists: '<ul>\n  <li>Restrict <b>high-risk</b> suppliers</li>\n  <li>Diversify <em>vendors</em></li>\n</ul><ol start="3"><li>Third</li></ol>',
  table: '<table><caption>Measures</caption><tr><th scope="col">Measure</th><th>Owner</th></tr>\n<tr><td>SM01</td><td>National authority</td></tr></table>',
  nestedInline: '<p>The <a href="https://example.eu/x"><strong>EU <em>Toolbox</em></strong></a> of <span><span>risk</span></span>-mitigating <code>measures</code>.</p>',
  entities: '<p>Risks &amp; measures &lt;5G&gt;&nbsp;&nbsp;&mdash; &quot;quoted&quot; &#x2014; caf&eacute;</p>',
  nonLatin: '<h1>Κυβερνοασφάλεια δικτύων 5G</h1><p>Кибербезопасность сетей — 网络安全 — أمن الشبكات 🇪🇺 done</p>',
  breaks: '<p>First line<br>second line<br/>  third</p><hr><div>After the rule</div>',
  pre: '<pre>  code   with\n\n  spaces  </pre><p>after</p>',
  definitions: '<dl><dt>NIS</dt><dd>Network and information systems</dd></dl><blockquote><p>Quoted</p></blockquote>',
};

describe('PaperTextMap', () => {
  for (const [name, html] of Object.entries(SAMPLES)) {
    it(`reads ${name} as the ingest's plain text and places every character`, () => {
      const { text, map } = paper(html);
      expect(text.length).toBeGreaterThan(0);
      expect(map.renderedText).toBe(text);
      expectEveryCharacterPlaced(map, text);
    });
  }

  it('reads every allowed tag the way the ingest does (block or inline)', () => {
    for (const tag of ALLOWED_TAGS) {
      const html = tag === 'br' || tag === 'hr' ? `a<${tag}>b` : `a<${tag}>b</${tag}>c`;
      const { text, map } = paper(`<div>${html}</div>`);
      expect(map.renderedText, tag).toBe(text);
    }
  });

  it('spans blocks: a highlight over two paragraphs is one run in each', () => {
    const { text, map } = paper(SAMPLES.paragraphs!);
    const start = text.indexOf('assessment');
    const end = text.indexOf('strategic') + 'strategic'.length;
    const pieces = map.piecesOf(start, end);
    expect(pieces).toHaveLength(2);
    expect(shown(map, start, end)).toBe('assessment.|It brings together strategic');
  });

  it('spans inline elements: one run per text node', () => {
    const { text, map } = paper(SAMPLES.nestedInline!);
    const start = text.indexOf('EU');
    const end = text.indexOf('risk') + 4;
    expect(text.slice(start, end)).toBe('EU Toolbox of risk');
    expect(shown(map, start, end)).toBe('EU |Toolbox| of |risk');
  });

  it('aligns where the ingest ended a line the page does not have', () => {
    // <header> is a block to the ingest but not allowed: the page gets "Title" and "Body" as
    // one run of text, while the plain text has them on two lines.
    const { text, root } = (() => {
      const cleaned = cleanFeedHtml('<header>Title</header>Body <b>bold</b>');
      return { text: cleaned.text, root: parseDocument(cleaned.html) as unknown as PaperNode };
    })();
    expect(text).toBe('Title\nBody bold');
    const map = PaperTextMap.read(root, text);
    expect(map.renderedText).toBe('TitleBody bold');
    expectEveryCharacterPlaced(map, text);
    expect(shown(map, 0, text.length)).toBe('TitleBody |bold');
  });

  it('places nothing, and does not hang, for a text that is not the page', () => {
    const { root } = paper(SAMPLES.paragraphs!);
    const started = Date.now();
    const other = PaperTextMap.read(root, 'x'.repeat(50_000));
    expect(other.piecesOf(0, 50_000)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reads a boundary between elements as the next character (start) or the previous one (end)', () => {
    const { root, text, map } = paper('<p>alpha</p><p>beta</p>');
    const body = root; // the document: [p, p]
    expect(map.contentOffset(body, 1, 'start')).toBe(text.indexOf('beta'));
    expect(map.contentOffset(body, 1, 'end')).toBe('alpha'.length);
    expect(map.contentOffset(body, 0, 'start')).toBe(0);
    expect(map.contentOffset(body, 2, 'end')).toBe(text.length);
    expect(map.contentOffset(body, 2, 'start')).toBeNull();
  });

  it('skips white space a boundary falls in: a selection from a trimmed space starts at the word', () => {
    const { root, text, map } = paper('<p>   padded   words   </p>');
    const node = (root.childNodes[0] as PaperNode).childNodes[0]!;
    expect(text).toBe('padded words');
    expect(map.contentOffset(node, 0, 'start')).toBe(0);
    expect(map.contentOffset(node, node.data!.length, 'end')).toBe(text.length);
  });

  it('places every character of random papers', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9&<>'"; ]{1,12}$/);
    const inline = fc.tuple(fc.constantFrom('', 'b', 'em', 'a', 'span', 'code'), word).map(([tag, w]) =>
      tag ? `<${tag}>${escape(w)}</${tag}>` : escape(w),
    );
    const block = fc
      .tuple(fc.constantFrom('p', 'li', 'td', 'h2', 'div', 'blockquote', 'dd'), fc.array(inline, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '\n  ', ''))
      .map(([tag, parts, gap]) => `<${tag}>${parts.join(gap)}</${tag}>${gap}`);
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const { text, map } = paper(blocks.join(''));
        expect(map.renderedText).toBe(text);
        expectEveryCharacterPlaced(map, text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('alignTexts', () => {
  it('maps the shared characters of two texts both ways', () => {
    const { aToB, bToA } = alignTexts('ab cd', 'ab\ncd!');
    expect([...aToB]).toEqual([0, 1, -1, 3, 4]);
    expect([...bToA]).toEqual([0, 1, -1, 3, 4, -1]);
  });
});

describe('plain-text papers', () => {
  it('are their lines as paragraphs, so the page reads back the same text', () => {
    const text = 'First paragraph of the paper.\nSecond — with an em dash.\nΤρίτη παράγραφος.';
    const html = paragraphsOf(text)
      .map((line) => `<p>${escape(line)}</p>`)
      .join('');
    const root = parseDocument(html) as unknown as PaperNode;
    const map = PaperTextMap.read(root, text);
    expect(map.renderedText).toBe(text);
    expectEveryCharacterPlaced(map, text);
  });
});

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

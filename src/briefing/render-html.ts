// The briefing note as one self-contained HTML file: the in-app preview and the HTML export.
// Nothing in it runs or loads from elsewhere (inline CSS, no script, no image, no font), so it
// opens the same offline, in a mail client or behind a ministry's proxy. Every text from the feed
// or the delegate is escaped, and block text carries dir="auto" so Arabic or Hebrew reads right.
import type { BriefingDocumentRef, BriefingItem, BriefingNote, SpeakingPoint, TextRun } from './model';
import {
  SECTION_TITLES,
  STANCE_WORDS,
  STATUS_WORDS,
  codeWords,
  contactLine,
  coverFacts,
  dayWords,
  documentLine,
  tourGroups,
} from './wording';

const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.45 "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", sans-serif; color: #1a1a1a; background: #fff;
  max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem; overflow-wrap: anywhere; }
h1 { font-size: 1.9em; margin: 0 0 .4em; } h2 { font-size: 1.4em; margin: 1.6em 0 .5em; border-bottom: 2px solid #1f3864; padding-bottom: .15em; color: #1f3864; }
h3 { font-size: 1.1em; margin: 1.2em 0 .3em; color: #2f5496; }
.marking { text-align: center; font-weight: 700; letter-spacing: .05em; color: #9c0006; border: 1px solid #9c0006; padding: .2em .5em; margin: 0 0 1em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: 0 0 1.5em; }
dl.facts dt { font-weight: 600; color: #444; } dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { border: 1px solid #b4c6e7; padding: .3em .5em; text-align: start; vertical-align: top; overflow-wrap: normal; }
th { white-space: nowrap; }
/* Free text may hold a word longer than the page: only its cells may break inside words. */
td.free { overflow-wrap: anywhere; }
thead th { background: #1f3864; color: #fff; } tbody tr:nth-child(even) { background: #f2f6fc; }
blockquote { margin: .3em 0; padding: .2em .8em; border-inline-start: 3px solid #bfbfbf; color: #333; }
.label { font-weight: 600; } .muted { color: #595959; } .orphaned { color: #9c0006; font-style: italic; }
ul, ol { padding-inline-start: 1.5em; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-before: page; } h2.first, h2.annex-first { break-before: auto; }
  h2, h3 { break-after: avoid; } tr, blockquote, li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; } a[href]::after { content: " <" attr(href) ">"; font-size: .85em; color: #595959; }
  .annex a[href]::after { content: none; } /* the annex prints each link in full already */
  @page { margin: 2cm 1.8cm; }
}
`;

/**
 * The page's margin boxes carry the marking at the top and bottom of every printed page, and
 * "Page X of Y" (Chromium, so Electron and Chrome/Edge; other browsers print the marking at the
 * document's start and end, where it also stands in the page).
 */
function pageBoxes(marking: string | null): string {
  const mark = marking ? cssString(marking) : null;
  const box = `font: 700 9pt sans-serif; color: #9c0006;`;
  return `@page {
  ${mark ? `@top-center { content: ${mark}; ${box} }` : ''}
  @bottom-center { content: ${mark ? `${mark} " · " ` : ''}"Page " counter(page) " of " counter(pages); font: 9pt sans-serif; color: #595959; }
}`;
}

/** Text as a CSS string: nothing in it can end the string or the <style> element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"'<>&\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export function renderHtml(note: BriefingNote): string {
  const m = note.meeting;
  const marking = (where: string) => (note.marking ? `<p class="marking ${where}" dir="auto">${esc(note.marking)}</p>` : '');
  const body = [
    marking('top'),
    `<header><h1 dir="auto">${esc(m.title)}</h1><p class="muted">Briefing note</p>`,
    `<dl class="facts">${coverFacts(note)
      .map(([label, value]) => `<dt>${esc(label)}</dt><dd dir="auto">${esc(value)}</dd>`)
      .join('')}</dl></header>`,
    note.meetingNotes ? `<section><h2 class="first">${SECTION_TITLES.meetingNotes}</h2>${note.meetingNotes.map(paragraphs).join('')}</section>` : '',
    overview(note),
    ...note.items.map(item),
    annex(note.annex),
    marking('bottom'),
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Delegate Desk">
<title>${esc(`Briefing note: ${m.title}`)}</title>
<style>${STYLE}${pageBoxes(note.marking)}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function overview(note: BriefingNote): string {
  if (note.overview.length === 0) return '';
  const rows = note.overview
    .map(
      (o) =>
        `<tr><td>${esc(o.number)}</td><td class="free" dir="auto">${esc(o.title)}</td><td>${esc(codeWords(o.purpose))}</td><td dir="auto">${esc(o.lead ?? '')}</td><td>${esc(STATUS_WORDS[o.positionStatus])}</td></tr>`,
    )
    .join('');
  return `<section><h2 class="first">${SECTION_TITLES.overview}</h2>
<table><thead><tr><th scope="col">No.</th><th scope="col">Item</th><th scope="col">Purpose</th><th scope="col">Lead</th><th scope="col">Position</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function item(i: BriefingItem): string {
  const parts: string[] = [`<section id="${esc(anchorId(i.id))}"><h2 dir="auto">${esc(`${i.number}. ${i.title}`)}</h2>`];
  parts.push(`<h3>${SECTION_TITLES.purpose}</h3><p><span class="label">Purpose:</span> ${esc(codeWords(i.purpose))}${i.lead ? `<br><span class="label">Lead:</span> <bdi>${esc(i.lead)}</bdi>` : ''}</p>`);
  if (i.background) {
    parts.push(`<h3>${SECTION_TITLES.background}</h3>`);
    if (i.background.description) parts.push(paragraphs(i.background.description));
    if (i.background.documents.length > 0) parts.push(`<ul>${i.background.documents.map((d) => `<li dir="auto">${documentHtml(d)}</li>`).join('')}</ul>`);
  }
  if (i.position) {
    const p = i.position;
    parts.push(`<h3>${SECTION_TITLES.position}</h3>`);
    const meta = [`<span class="label">Status:</span> ${esc(STATUS_WORDS[p.status])}`];
    if (p.owner) meta.push(`<span class="label">Owner:</span> <bdi>${esc(p.owner)}</bdi>`);
    if (p.dueDate) meta.push(`<span class="label">Due:</span> ${esc(dayWords(p.dueDate))}`);
    parts.push(`<p>${meta.join(' · ')}</p>`);
    if (p.lineToTake) parts.push(`<p class="label">Line to take</p>${paragraphs(p.lineToTake)}`);
    if (p.speakingPoints.length > 0) parts.push(`<p class="label">Speaking points</p>${speakingPoints(p.speakingPoints)}`);
    if (p.redLines) parts.push(`<p class="label">Red lines</p>${paragraphs(p.redLines)}`);
    if (p.fallback) parts.push(`<p class="label">Fallback</p>${paragraphs(p.fallback)}`);
    if (p.background) parts.push(`<p class="label">Background notes</p>${paragraphs(p.background)}`);
  }
  if (i.tourDeTable) {
    const t = i.tourDeTable;
    parts.push(`<h3>${SECTION_TITLES.tourDeTable}</h3>`);
    parts.push(`<p>${tourGroups(t).map(([label, value]) => `<span class="label">${esc(label)}:</span> <bdi>${esc(value)}</bdi>`).join('<br>')}</p>`);
    const rows = t.statements
      .map((s) => `<tr><td dir="auto">${esc(s.speakerName)}</td><td>${esc(STANCE_WORDS[s.stance])}</td><td class="free" dir="auto">${esc(s.comment)}</td></tr>`)
      .join('');
    parts.push(`<table><thead><tr><th scope="col">Speaker</th><th scope="col">Stance</th><th scope="col">Comment</th></tr></thead><tbody>${rows}</tbody></table>`);
  }
  if (i.annotations) {
    parts.push(`<h3>${SECTION_TITLES.annotations}</h3>`);
    for (const a of i.annotations) {
      parts.push(
        `<blockquote dir="auto">${esc(a.quote)}</blockquote><p dir="auto"><span class="muted">${esc(a.documentTitle)}${a.page ? `, page ${a.page}` : ''}</span>${
          a.orphaned ? ' <span class="orphaned">(no longer in the current text)</span>' : ''
        }${a.tags.length > 0 ? ` <span class="muted">[${esc(a.tags.join(', '))}]</span>` : ''}</p>${a.note ? paragraphs(a.note) : ''}`,
      );
    }
  }
  if (i.contacts) {
    parts.push(`<h3>${SECTION_TITLES.contacts}</h3><ul>${i.contacts.map((c) => `<li dir="auto">${esc(contactLine(c))}</li>`).join('')}</ul>`);
  }
  if (i.notes) parts.push(`<h3>${SECTION_TITLES.notes}</h3>${i.notes.map(paragraphs).join('')}`);
  parts.push('</section>');
  return parts.join('\n');
}

function annex(documents: BriefingDocumentRef[]): string {
  if (documents.length === 0) return '';
  return `<section class="annex"><h2>${SECTION_TITLES.annex}</h2><ol>${documents.map((d) => `<li dir="auto">${documentHtml(d)}${d.url ? `<br><span class="muted">${esc(d.url)}</span>` : ''}</li>`).join('')}</ol></section>`;
}

function documentHtml(d: BriefingDocumentRef): string {
  const text = esc(documentLine(d));
  return d.url ? `<a href="${esc(d.url)}">${text}</a>` : text;
}

function speakingPoints(points: SpeakingPoint[]): string {
  // Consecutive list items of one kind form one list, as the delegate wrote them.
  const out: string[] = [];
  let open: 'ul' | 'ol' | null = null;
  for (const p of points) {
    const want = p.kind === 'bullet' ? 'ul' : p.kind === 'numbered' ? 'ol' : null;
    if (open !== want) {
      if (open) out.push(`</${open}>`);
      if (want) out.push(`<${want}>`);
      open = want;
    }
    out.push(want ? `<li dir="auto">${runs(p.runs)}</li>` : `<p dir="auto">${runs(p.runs)}</p>`);
  }
  if (open) out.push(`</${open}>`);
  return out.join('');
}

function runs(list: TextRun[]): string {
  return list
    .map((r) => {
      let html = esc(r.text);
      if (r.bold) html = `<strong>${html}</strong>`;
      if (r.italic) html = `<em>${html}</em>`;
      if (r.link) html = `<a href="${esc(r.link)}">${html}</a>`;
      return html;
    })
    .join('');
}

/** Plain text as paragraphs: a blank line between paragraphs, a single line break kept. */
function paragraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p dir="auto">${esc(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

function anchorId(id: string): string {
  return `item-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Text as HTML text or attribute value: nothing in it can open a tag or close a quote. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

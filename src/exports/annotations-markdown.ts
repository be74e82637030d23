// A paper's annotations as Markdown, to paste into a report or keep beside the paper: each quote
// as a blockquote, then the note, tags and the revision it was made on (and, for one made in a
// PDF attachment, which PDF and the page); orphaned ones apart.
// Everything from the feed or the delegate is escaped, so it reads back as the same text.
import type { Annotation, DocumentDetail } from '../api/types';
import { listAnnotations } from '../annotations/annotations';
import { getDocument } from '../library/documents';
import type { Store } from '../store/open';
import { fileNamePart, type ExportedFile } from './exported-file';

export const MARKDOWN_MIME_TYPE = 'text/markdown';

export function exportAnnotations(db: Store, documentId: string, now = new Date()): ExportedFile {
  const document = getDocument(db, documentId);
  const annotations = listAnnotations(db, { documentId });
  return {
    fileName: `annotations-${fileNamePart(document.reference ?? document.id, 'document')}.md`,
    mimeType: MARKDOWN_MIME_TYPE,
    content: annotationsMarkdown(document, annotations, now),
  };
}

type PaperFacts = Pick<DocumentDetail, 'id' | 'title' | 'reference' | 'url' | 'revision' | 'revisions' | 'attachments'>;

export function annotationsMarkdown(document: PaperFacts, annotations: readonly Annotation[], now: Date): string {
  const placed = annotations.filter((a) => a.anchor.status !== 'orphaned');
  const orphaned = annotations.filter((a) => a.anchor.status === 'orphaned');
  const blocks: string[] = [`# Annotations on ${escapeMarkdown(document.title)}`];

  const facts = [
    document.reference ? `Reference: ${escapeMarkdown(document.reference)}` : null,
    `Current ${revisionLabel(document, document.revision)}`,
    `Exported on ${now.toISOString().slice(0, 10)}`,
  ].filter((f): f is string => f !== null);
  blocks.push(facts.join('  \n'));
  if (document.url) blocks.push(`<${document.url.replaceAll('>', '%3E')}>`);

  if (annotations.length === 0) {
    blocks.push('No annotations on this paper.');
    return `${blocks.join('\n\n')}\n`;
  }
  if (placed.length) {
    blocks.push('## Highlights');
    placed.forEach((a, i) => blocks.push(annotationBlock(a, i + 1, document)));
  }
  if (orphaned.length) {
    const inPdf = orphaned.some((a) => a.file);
    blocks.push('## Orphaned annotations', `Their passage is no longer in the current revision of the paper${inPdf ? ' or in the current version of its PDF' : ''}.`);
    orphaned.forEach((a, i) => blocks.push(annotationBlock(a, placed.length + i + 1, document)));
  }
  return `${blocks.join('\n\n')}\n`;
}

function annotationBlock(annotation: Annotation, number: number, document: PaperFacts): string {
  const parts = [`### ${number}`, blockquote(annotation.exact)];
  if (annotation.note.trim()) parts.push(paragraphs(annotation.note));
  const facts: string[] = [];
  if (annotation.tags.length) facts.push(`- Tags: ${annotation.tags.map(escapeMarkdown).join(', ')}`);
  facts.push(`- Made on ${revisionLabel(document, annotation.revision)}`);
  const orphaned = annotation.anchor.status === 'orphaned';
  if (annotation.file) {
    const pdf = pdfLabel(document, annotation.file.url);
    facts.push(orphaned ? `- In the PDF ${pdf}, made on p. ${annotation.file.page}` : `- In the PDF ${pdf}, p. ${annotation.anchor.page}`);
  }
  if (orphaned) facts.push(`- Orphaned: the passage was not found in the current ${annotation.file ? 'version of the PDF' : 'revision'}`);
  parts.push(facts.join('\n'));
  return parts.join('\n\n');
}

/** The publisher's number when the feed gave one, else the desk's own count, as the app says it. */
function revisionLabel(document: PaperFacts, seq: number): string {
  const revision = document.revisions.find((r) => r.seq === seq);
  if (!revision) return `revision ${seq}`;
  return `revision ${revision.feedRevision ?? seq} (received ${revision.receivedAt.slice(0, 10)})`;
}

/** The attachment's title as the feed gives it, else its address. */
function pdfLabel(document: PaperFacts, url: string): string {
  const title = document.attachments.find((a) => a.url === url)?.title?.trim();
  return title ? `“${escapeMarkdown(title)}”` : `<${url.replaceAll('>', '%3E')}>`;
}

/** Every line of the quote behind "> "; an empty line stays inside the quote. */
function blockquote(text: string): string {
  return lines(text)
    .map((line) => (line.trim() ? `> ${escapeMarkdown(line)}` : '>'))
    .join('\n');
}

/** The note's line breaks kept (hard breaks), its blank lines as paragraph breaks. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/)
    .map((p) => lines(p.trim()).map(escapeMarkdown).join('  \n'))
    .join('\n\n');
}

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Escapes one line so Markdown shows it as typed: the inline specials anywhere, and what would
 * start a heading, list, quote, rule or table at the beginning of a line.
 */
export function escapeMarkdown(line: string): string {
  // Leading spaces would make an indented code block; Markdown does not show them anyway.
  const inline = line.trimStart().replaceAll(/[\\`*_{}[\]()<>#!|~&$]/g, '\\$&');
  return inline
    .replace(/^(\s*)([-+=>])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

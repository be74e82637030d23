// One meeting's briefing note as a file in the chosen format: the note built once from the store,
// then rendered. The app, the browser mode and the CLI all come through here, so they write the
// same bytes for the same store.
import type { Store } from '../store/open';
import { buildBriefingNote } from './build-note';
import type { BriefingFormat, BriefingNote, BriefingOptions } from './model';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { briefingFileName } from './wording';

export interface BriefingFile {
  /** A suggested name, e.g. briefing-mtg-2027-02-plenary-2027-02-10.docx. */
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

const FORMATS: Record<BriefingFormat, { extension: string; mimeType: string }> = {
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
  html: { extension: 'html', mimeType: 'text/html; charset=utf-8' },
  md: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
};

export async function exportBriefing(
  db: Store,
  meetingId: string,
  format: BriefingFormat,
  options: BriefingOptions = {},
  now: Date = new Date(),
): Promise<BriefingFile> {
  const note = buildBriefingNote(db, meetingId, options, now);
  const { extension, mimeType } = FORMATS[format];
  return { fileName: briefingFileName(note, extension), mimeType, bytes: await renderBriefing(note, format) };
}

export async function renderBriefing(note: BriefingNote, format: BriefingFormat): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return renderDocx(note);
    case 'html':
      return new TextEncoder().encode(renderHtml(note));
    case 'md':
      return new TextEncoder().encode(renderMarkdown(note));
    case 'pdf': {
      // Loaded on demand: pdfmake and its fonts are heavy, and most exports never need them.
      const { renderPdf } = await import('./render-pdf');
      return renderPdf(note);
    }
  }
}

/** The note as the in-app preview shows it: the very HTML the HTML export writes. */
export function previewBriefing(db: Store, meetingId: string, options: BriefingOptions = {}, now: Date = new Date()): { html: string } {
  return { html: renderHtml(buildBriefingNote(db, meetingId, options, now)) };
}

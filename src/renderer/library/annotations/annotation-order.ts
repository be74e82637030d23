// The panel's lists: a paper's annotations in reading order, the ones that could not be placed
// in this revision apart, and the colour and tag filters over them.
import type { Annotation, HighlightColor } from '../../../api/types';

export interface AnnotationFilters {
  /** Shown colours; none chosen shows every colour. */
  colors: HighlightColor[];
  /** Shown tags (an annotation with any of them); none chosen shows every annotation. */
  tags: string[];
}

export const NO_FILTERS: AnnotationFilters = { colors: [], tags: [] };

/**
 * Placed on a span of the text the page shows: the revision in view, or for a PDF (`sha256`), the
 * version of the file in view (a PDF's anchor follows the file, whatever revision listed it).
 */
export function isPlaced(a: Annotation, revision: number, textLength: number, sha256: string | null = null): boolean {
  const { anchor } = a;
  return (
    anchor.status === 'anchored' &&
    (sha256 === null ? anchor.revision === revision && !anchor.sha256 : anchor.sha256 === sha256) &&
    anchor.start !== null &&
    anchor.end !== null &&
    anchor.start < anchor.end &&
    anchor.end <= textLength
  );
}

export interface PanelLists {
  /** Placed annotations, in the order the delegate reads them. */
  placed: Annotation[];
  /** Kept with their quote and note, waiting to be re-attached. */
  orphaned: Annotation[];
}

/**
 * The annotations a reader shows: on the paper's own text, or in one PDF attachment (by its url,
 * whichever version of the file they were made on). Those in another file belong to its reader.
 */
export function annotationsOn(annotations: readonly Annotation[], pdfUrl: string | null): Annotation[] {
  return annotations.filter((a) => (a.file?.url ?? null) === pdfUrl);
}

/** Where else on this paper the delegate has highlights: its own text (url null) or one of its PDFs. */
export interface HighlightsElsewhere {
  url: string | null;
  count: number;
}

/** The paper's highlights outside the reader in view, by place: its own text first, then each PDF. */
export function highlightsElsewhere(annotations: readonly Annotation[], pdfUrl: string | null): HighlightsElsewhere[] {
  const counts = new Map<string | null, number>();
  for (const a of annotations) {
    const url = a.file?.url ?? null;
    if (a.deletedAt === null && url !== pdfUrl) counts.set(url, (counts.get(url) ?? 0) + 1);
  }
  return [...counts]
    .map(([url, count]) => ({ url, count }))
    .sort((a, b) => (a.url === null ? -1 : b.url === null ? 1 : a.url.localeCompare(b.url)));
}

export function panelLists(annotations: readonly Annotation[], revision: number, textLength: number, sha256: string | null = null): PanelLists {
  const live = annotations.filter((a) => a.deletedAt === null);
  const placed = live
    .filter((a) => isPlaced(a, revision, textLength, sha256))
    .sort((a, b) => a.anchor.start! - b.anchor.start! || a.anchor.end! - b.anchor.end! || a.createdAt.localeCompare(b.createdAt));
  const orphaned = live.filter((a) => !isPlaced(a, revision, textLength, sha256)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { placed, orphaned };
}

export function filterAnnotations(annotations: readonly Annotation[], filters: AnnotationFilters): Annotation[] {
  return annotations.filter(
    (a) =>
      (filters.colors.length === 0 || filters.colors.includes(a.color)) &&
      (filters.tags.length === 0 || a.tags.some((t) => filters.tags.includes(t))),
  );
}

/** The colours and tags the placed highlights have: the only ones worth filtering by. */
export function filterChoices(annotations: readonly Annotation[]): { colors: HighlightColor[]; tags: string[] } {
  return {
    colors: [...new Set(annotations.map((a) => a.color))],
    tags: [...new Set(annotations.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b)),
  };
}

/**
 * The filters that still apply: a colour or tag no highlight has any more (its last one was
 * deleted or re-coloured) would hide everything, with no control left to switch it off.
 */
export function activeFilters(filters: AnnotationFilters, choices: { colors: HighlightColor[]; tags: string[] }): AnnotationFilters {
  return { colors: filters.colors.filter((c) => choices.colors.includes(c)), tags: filters.tags.filter((t) => choices.tags.includes(t)) };
}

export function isFiltering(filters: AnnotationFilters): boolean {
  return filters.colors.length > 0 || filters.tags.length > 0;
}

/** Tags worth offering, most used first: the annotations' own, then the paper's. */
export function tagSuggestions(annotations: readonly Annotation[], paperTags: readonly string[]): string[] {
  const uses = new Map<string, number>();
  for (const a of annotations) for (const t of a.tags) uses.set(t, (uses.get(t) ?? 0) + 1);
  const used = [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  return [...new Set([...used, ...paperTags])];
}

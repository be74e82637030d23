// The library's filters and sort, as pure functions over the summaries the core returns: the
// whole list (20,000 papers is a few MB) is already in the page, so narrowing it here answers
// every keystroke without a round trip. Kept free of React and the DOM so it is tested under node.
import type { DocumentSummary, ReadMark } from '../../api/types';

export type LibrarySort = 'date' | 'title';

/** Papers with something new to read: never opened, or changed since read; or only the latter. */
export type ReadingFilter = 'unread_or_changed' | 'changed';

export interface LibraryFilters {
  /** Words that must all appear in the title or the reference, in any case. */
  text: string;
  type: string | null;
  /** A year ("2020"), or NO_DATE for papers with neither a modified nor a published date. */
  year: string | null;
  /** Every chosen tag must be on the paper. */
  tags: string[];
  workStream: string | null;
  language: string | null;
  status: string | null;
  reading: ReadingFilter | null;
  sort: LibrarySort;
  includeArchived: boolean;
}

export const NO_DATE = 'none';

export const NO_FILTERS: LibraryFilters = {
  text: '',
  type: null,
  year: null,
  tags: [],
  workStream: null,
  language: null,
  status: null,
  reading: null,
  sort: 'date',
  includeArchived: false,
};

/** The date a paper is filed under: when it last changed, else when it came out. */
export function documentDate(document: DocumentSummary): string | null {
  return document.dateModified ?? document.datePublished;
}

export function documentYear(document: DocumentSummary): string | null {
  const date = documentDate(document);
  return date ? date.slice(0, 4) : null;
}

/** True when something narrows the list (the sort and the archived switch do not). */
export function isFiltering(filters: LibraryFilters): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.type !== null ||
    filters.year !== null ||
    filters.tags.length > 0 ||
    filters.workStream !== null ||
    filters.language !== null ||
    filters.status !== null ||
    filters.reading !== null
  );
}

/** The filters cleared, keeping how the delegate sorts and whether archived papers show. */
export function clearFilters(filters: LibraryFilters): LibraryFilters {
  return { ...NO_FILTERS, sort: filters.sort, includeArchived: filters.includeArchived };
}

// Accents folded, so "regles" finds "règles" in a French title.
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

const titleOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byTitle(a: DocumentSummary, b: DocumentSummary): number {
  return titleOrder.compare(a.title, b.title) || a.id.localeCompare(b.id);
}

/** Newest first; undated papers last, by title, so the order never depends on the input's. */
function byDate(a: DocumentSummary, b: DocumentSummary): number {
  const da = documentDate(a);
  const db = documentDate(b);
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return byTitle(a, b);
}

export function filterDocuments(documents: readonly DocumentSummary[], filters: LibraryFilters): DocumentSummary[] {
  const words = fold(filters.text).split(/\s+/).filter((w) => w !== '');
  const kept = documents.filter((d) => {
    if (!filters.includeArchived && d.archived) return false;
    if (filters.type !== null && d.type !== filters.type) return false;
    if (filters.year !== null && (documentYear(d) ?? NO_DATE) !== filters.year) return false;
    if (filters.workStream !== null && d.workStreamId !== filters.workStream) return false;
    if (filters.language !== null && d.language !== filters.language) return false;
    if (filters.status !== null && d.status !== filters.status) return false;
    if (filters.reading === 'changed' && d.readMark !== 'changed') return false;
    if (filters.reading === 'unread_or_changed' && d.readMark === 'read') return false;
    if (filters.tags.length > 0 && !filters.tags.every((t) => d.tags.includes(t))) return false;
    if (words.length > 0) {
      const haystack = fold(`${d.title} ${d.reference ?? ''}`);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
  return kept.sort(filters.sort === 'title' ? byTitle : byDate);
}

export interface LibraryChoices {
  types: string[];
  /** Newest first, with NO_DATE last when some paper has no date. */
  years: string[];
  tags: string[];
  workStreams: string[];
  /** Titles of the work streams above, where the feed published them. */
  workStreamTitles: Record<string, string>;
  languages: string[];
  statuses: string[];
  /** The read marks papers in the list have, in the order unread, changed, read. */
  readMarks: ReadMark[];
}

/** What each filter can offer: only values some paper in the list actually has. */
export function libraryChoices(documents: readonly DocumentSummary[]): LibraryChoices {
  const types = new Set<string>();
  const years = new Set<string>();
  const tags = new Set<string>();
  const workStreams = new Set<string>();
  const workStreamTitles: Record<string, string> = {};
  const languages = new Set<string>();
  const statuses = new Set<string>();
  const readMarks = new Set<ReadMark>();
  let undated = false;
  for (const d of documents) {
    types.add(d.type);
    const year = documentYear(d);
    if (year === null) undated = true;
    else years.add(year);
    for (const t of d.tags) tags.add(t);
    if (d.workStreamId !== null) workStreams.add(d.workStreamId);
    if (d.workStreamId !== null && d.workStreamTitle) workStreamTitles[d.workStreamId] = d.workStreamTitle;
    if (d.language !== null) languages.add(d.language);
    if (d.status !== null) statuses.add(d.status);
    readMarks.add(d.readMark);
  }
  const sorted = (s: Set<string>) => [...s].sort(titleOrder.compare);
  return {
    types: sorted(types),
    years: [...[...years].sort().reverse(), ...(undated ? [NO_DATE] : [])],
    tags: sorted(tags),
    workStreams: sorted(workStreams),
    workStreamTitles,
    languages: sorted(languages),
    statuses: sorted(statuses),
    readMarks: (['unread', 'changed', 'read'] as const).filter((m) => readMarks.has(m)),
  };
}

// The library's filters outlive the page for the rest of the session (shell/kept-choice.ts).
import { useKeptChoice } from '../shell/kept-choice';
import { NO_FILTERS, type LibraryFilters } from './filter-documents';

export function useLibraryFilters() {
  const [filters, setFilters] = useKeptChoice<LibraryFilters>('delegate-desk.library-filters', NO_FILTERS, (read) => ({
    ...read,
    tags: Array.isArray(read.tags) ? read.tags : [],
  }));
  const update = (change: Partial<LibraryFilters>) => setFilters((current) => ({ ...current, ...change }));
  return { filters, setFilters, update };
}

/** Where the list was scrolled to, so coming back from a paper lands on the same rows. Kept in
 *  memory only: it means nothing once the app restarts. */
export const libraryScroll = { offset: 0 };

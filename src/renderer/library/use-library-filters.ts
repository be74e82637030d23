// The library's filters outlive the page for the rest of the session: a delegate who narrows the
// list, opens a paper and comes back finds the list as they left it. Session storage, not the
// store: a filter is a passing view, not something to keep on the device.
import { useSessionStorage } from '@mantine/hooks';
import { NO_FILTERS, type LibraryFilters } from './filter-documents';

const KEY = 'delegate-desk.library-filters';

function read(stored: string | undefined): LibraryFilters {
  if (!stored) return NO_FILTERS;
  try {
    const value = JSON.parse(stored) as Partial<LibraryFilters>;
    return { ...NO_FILTERS, ...value, tags: Array.isArray(value.tags) ? value.tags : [] };
  } catch {
    return NO_FILTERS;
  }
}

export function useLibraryFilters() {
  const [filters, setFilters] = useSessionStorage<LibraryFilters>({
    key: KEY,
    defaultValue: NO_FILTERS,
    // Read before the first paint, so a remembered filter never flashes the full list first.
    getInitialValueInEffect: false,
    deserialize: read,
    serialize: JSON.stringify,
  });
  const update = (change: Partial<LibraryFilters>) => setFilters((current) => ({ ...current, ...change }));
  return { filters, setFilters, update };
}

/** Where the list was scrolled to, so coming back from a paper lands on the same rows. Kept in
 *  memory only: it means nothing once the app restarts. */
export const libraryScroll = { offset: 0 };

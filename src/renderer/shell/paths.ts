// Every address in the app, in one place, so links and routes cannot disagree. Hash-based
// addresses work the same under app:// and in the browser mode.
export const paths = {
  dashboard: '/',
  meetings: '/meetings',
  meeting: (id: string) => `/meetings/${encodeURIComponent(id)}`,
  /** A meeting's page, brought to one agenda item. */
  meetingItem: (id: string, itemId: string) => `/meetings/${encodeURIComponent(id)}?item=${encodeURIComponent(itemId)}`,
  positions: '/positions',
  library: '/library',
  document: (id: string) => `/library/${encodeURIComponent(id)}`,
  /** What changed in a paper between two of its revisions (desk numbers), or the default comparison when none is given. */
  compare: (id: string, from?: number, to?: number) =>
    `/library/${encodeURIComponent(id)}/compare${from !== undefined && to !== undefined ? `?from=${from}&to=${to}` : ''}`,
  /** A stored PDF attachment of a paper in the reader, at a page, with words to highlight. */
  pdf: (id: string, url: string, at: { page?: number; find?: string } = {}) =>
    `/library/${encodeURIComponent(id)}/pdf?url=${encodeURIComponent(url)}` +
    (at.page ? `&page=${at.page}` : '') +
    (at.find ? `&find=${encodeURIComponent(at.find)}` : ''),
  contacts: '/contacts',
  /** The page that shows a record a search hit or kept writing points at. */
  place: (place: { type: 'document' | 'meeting' | 'contact'; id: string }): string => {
    switch (place.type) {
      case 'document':
        return paths.document(place.id);
      case 'meeting':
        return paths.meeting(place.id);
      case 'contact':
        return `${paths.contacts}?focus=${encodeURIComponent(place.id)}`;
    }
  },
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  sync: '/sync',
  settings: '/settings',
} as const;

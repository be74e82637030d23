// Every address in the app, in one place, so links and routes cannot disagree. Hash-based
// addresses work the same under app:// and in the browser mode.
export const paths = {
  dashboard: '/',
  meetings: '/meetings',
  meeting: (id: string) => `/meetings/${encodeURIComponent(id)}`,
  library: '/library',
  document: (id: string) => `/library/${encodeURIComponent(id)}`,
  contacts: '/contacts',
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  sync: '/sync',
  settings: '/settings',
} as const;

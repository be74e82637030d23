import { MantineProvider, Menu, Modal, Notification, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Router } from 'wouter';
import { useHashLocation, useHashSearch } from './hash-location';
import { Shell } from './shell';
import { ApplySavedTheme } from '../settings/apply-saved-theme';

// Mantine's defaults fall short of WCAG AA contrast in a few places (dimmed text, the indigo-6
// primary); a delegate reads for hours, so the theme darkens them, and gives the close buttons
// Mantine leaves unnamed a name for screen readers.
// Transitions follow the system's "reduce motion" setting (Mantine ignores it unless told).
const theme = createTheme({
  respectReducedMotion: true,
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } } }),
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
  },
});

const contrast: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7]!, '--mantine-color-anchor': t.colors.indigo[8]! },
  dark: { '--mantine-color-dimmed': t.colors.dark[1]!, '--mantine-color-anchor': t.colors.indigo[3]! },
});

// The store is local: data is fresh until something changes it, and every change invalidates.
const queries = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={contrast}>
      <QueryClientProvider client={queries}>
        <Notifications position="bottom-right" />
        <ApplySavedTheme />
        <Router hook={useHashLocation} searchHook={useHashSearch}>
          <Shell />
        </Router>
      </QueryClientProvider>
    </MantineProvider>
  );
}

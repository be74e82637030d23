// Notices after something finished (a sync, a save): green when it worked, red when it did not,
// and a close button with a name a screen reader can say.
import { notifications } from '@mantine/notifications';

export function notify({ title, message, failed = false }: { title: string; message: string; failed?: boolean }) {
  notifications.show({
    title,
    message,
    color: failed ? 'red' : 'green',
    // A failure stays longer: its words may need reading twice, or copying.
    autoClose: failed ? 12_000 : 5000,
    closeButtonProps: { 'aria-label': 'Close this notice' },
    // Mantine greys the message; it is the part that matters, so it gets the full text colour.
    styles: { description: { color: 'var(--mantine-color-text)' } },
  });
}

// A move to another page of the app (a link, a search result, Ctrl/Cmd+K) while work on this one
// is not saved yet waits for the delegate's answer: stay, the default and Escape, or leave without
// saving. Once, going to a paper from the search while a position was open lost its text without
// a word. Closing the window asks the same (unsaved-work.ts), and so do Back and Forward in the
// browser mode (hash-location.ts).
import { useEffect, useSyncExternalStore } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { hasUnsavedWorkOnPage, onPageWorkGone } from './unsaved-work';

let pending: (() => void) | null = null;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/**
 * Runs `move` now, or once the delegate agrees to leave unsaved work behind. A move within the
 * page (a filter or search written into the address) leaves nothing behind.
 */
export function leaveWhenAllowed(samePage: boolean, move: () => void): void {
  if (samePage || !hasUnsavedWorkOnPage()) return move();
  pending = move;
  changed();
}

// Asked, and meanwhile nothing is left unsaved (an editor that had just saved was still closing
// when the move came): nothing would be lost, so the move goes on by itself. Deferred, so the
// move does not run inside the unmounting it follows.
onPageWorkGone(() => {
  if (pending) queueMicrotask(() => pending && !hasUnsavedWorkOnPage() && answer(true));
});

function answer(leave: boolean) {
  const move = pending;
  pending = null;
  changed();
  if (leave) move?.();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function LeaveQuestion() {
  const asking = useSyncExternalStore(subscribe, () => pending !== null);
  // Escape stays, and goes no further: taken on the window before anything else hears it, so an
  // editor whose field still has the focus does not take it as "close" as well.
  useEffect(() => {
    if (!asking) return;
    const stay = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      event.stopPropagation();
      event.preventDefault();
      answer(false);
    };
    addEventListener('keydown', stay, { capture: true });
    return () => removeEventListener('keydown', stay, { capture: true });
  }, [asking]);
  return (
    // Above any drawer the unsaved work may be in.
    <Modal opened={asking} onClose={() => answer(false)} closeOnEscape={false} title="Leave this page?" centered zIndex={1000}>
      <Stack gap="md">
        <Text size="sm">
          Some of your work here is not saved yet. A position&apos;s text comes back as a draft the next time you open it,
          and a new note stays in its box; a note, a highlight&apos;s note or a comment being edited would be lost.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="light" color="red" onClick={() => answer(true)}>
            Leave without saving
          </Button>
          <Button onClick={() => answer(false)} data-autofocus>
            Stay
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

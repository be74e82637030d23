// Keeps what the delegate is writing in the store a moment after each change, while it is unsaved,
// so that a crash, a killed app or a power cut loses at most that moment (src/recovery): the next
// window offers it back on the dashboard. Once saved or given up (the text back to what is saved,
// or the editor gone while the window lives on) it is dropped. The calls of one place go one after
// another, so a drop is never overtaken by a keep still on its way. A failed keep is not worth
// interrupting the delegate for: the text is still on screen.
import { useEffect, useRef } from 'react';
import { callApi } from '../api/hooks';

/** This window's run: the dashboard offers back only what other runs left. */
export const WINDOW_SESSION = crypto.randomUUID();

/** How long after the last keystroke the text is kept. */
const KEEP_AFTER_MS = 600;

/**
 * `place` names where the text is written (src/recovery/kept-place.ts). `unsaved` says whether the
 * text differs from what is saved. `dropOnUnmount`: an editor that goes away while the window
 * lives on takes its text with it (Cancel, leaving the page), so nothing is left to offer; a new
 * note's text outlives its panel in memory (notes/note-draft.ts), so it stays kept.
 */
export function useKeptWriting(place: string, body: string, unsaved: boolean, { dropOnUnmount }: { dropOnUnmount: boolean }): void {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Whether the store may hold this place's text. */
  const held = useRef(false);
  const run = (call: () => Promise<unknown>) => {
    queue.current = queue.current.then(call).catch(() => undefined);
  };

  useEffect(() => {
    if (!unsaved) {
      if (held.current) {
        held.current = false;
        run(() => callApi('writing.drop', { place }));
      }
      return;
    }
    const timer = setTimeout(() => {
      held.current = true;
      run(() => callApi('writing.keep', { place, session: WINDOW_SESSION, body }));
    }, KEEP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [place, body, unsaved]);

  const dropLater = useRef(dropOnUnmount);
  dropLater.current = dropOnUnmount;
  useEffect(
    () => () => {
      if (dropLater.current && held.current) {
        held.current = false;
        run(() => callApi('writing.drop', { place }));
      }
    },
    [place],
  );
}

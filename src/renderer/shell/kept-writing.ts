// Keeps what the delegate is writing in the store a moment after each change, while it is unsaved,
// so that a crash, a killed app or a power cut loses at most that moment: a position keeps its own
// draft (positions/use-position-draft.ts), any other text is offered back by the next window
// (src/recovery). Once saved or given up (the text back to what is saved, or the editor gone while
// the window lives on) it is dropped. The calls of one text go one after another, so a drop is never
// overtaken by a keep still on its way. A window about to close or reload keeps every text still
// waiting for its moment at once: closing over unsaved work then loses none of it. A keep that
// fails (a full disk) is said once, until one works again: the text is still on screen, but the
// delegate should know it would not outlive a crash.
import { useEffect, useRef } from 'react';
import { callApi } from '../api/hooks';
import { notify } from '../sync/notify';
import { WINDOW_SESSION } from './window-session';

/** How long after the last keystroke the text is kept. */
const KEEP_AFTER_MS = 600;

/** The keeps waiting for their moment, each run at once if the window goes first. */
const waiting = new Set<() => void>();

if (typeof window !== 'undefined') {
  // Before the question about unsaved work (unsaved-work.ts): whatever the answer, the text is kept.
  window.addEventListener('beforeunload', () => [...waiting].forEach((keepNow) => keepNow()));
}

/** Whether the delegate has been told that keeping fails, since the last keep that worked. */
let toldOfFailure = false;

function keepAndSay(keep: () => Promise<unknown>): () => Promise<unknown> {
  return () =>
    keep().then(
      () => {
        toldOfFailure = false;
      },
      (error: unknown) => {
        if (toldOfFailure) return;
        toldOfFailure = true;
        notify({
          title: 'What you are writing is not kept in case of a crash',
          message: `${error instanceof Error ? error.message : String(error)} Your text is still on screen: save it when you can.`,
          failed: true,
        });
      },
    );
}

export interface KeepCalls {
  keep: () => Promise<unknown>;
  drop: () => Promise<unknown>;
}

/**
 * Runs `keep` a moment after the last change while `unsaved`, and `drop` once it is not (if a keep
 * may have run). `changes` are what a keep writes, the first naming the text (its place, or the
 * position's agenda item): a new keep waits for the next moment when one of them changes. `alreadyKept`: the store holds a keep from before (a draft the editor opened
 * with). `dropOnUnmount`: an editor that goes away while the window lives on takes its text with it
 * (Cancel, leaving the page). Returns `discard`, which drops now.
 */
export function useKeepWhileUnsaved(
  unsaved: boolean,
  changes: readonly unknown[],
  calls: KeepCalls,
  { alreadyKept = false, dropOnUnmount = false }: { alreadyKept?: boolean; dropOnUnmount?: boolean } = {},
): { discard: () => Promise<unknown> } {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Whether the store may hold a keep the text no longer needs. */
  const held = useRef(alreadyKept);
  const latest = useRef(calls);
  latest.current = calls;
  const run = (call: () => Promise<unknown>) => (queue.current = queue.current.then(call).catch(() => undefined));
  const drop = () => {
    held.current = false;
    return run(latest.current.drop);
  };

  useEffect(() => {
    if (!unsaved) {
      if (held.current) void drop();
      return;
    }
    // The keep of this render's text, whenever it runs.
    const keep = keepAndSay(latest.current.keep);
    const keepNow = () => {
      clearTimeout(timer);
      waiting.delete(keepNow);
      held.current = true;
      void run(keep);
    };
    const timer = setTimeout(keepNow, KEEP_AFTER_MS);
    waiting.add(keepNow);
    return () => {
      clearTimeout(timer);
      waiting.delete(keepNow);
    };
    // `changes` are this hook's dependencies, as many on every render of one caller.
  }, [unsaved, ...changes]);

  const dropLater = useRef(dropOnUnmount);
  dropLater.current = dropOnUnmount;
  useEffect(() => {
    // The drop of this place, not of the one the editor may move on to.
    const dropThis = latest.current.drop;
    return () => {
      if (!dropLater.current || !held.current) return;
      held.current = false;
      void run(dropThis);
    };
    // The first of `changes` names the text (its place): a new one is a new text.
  }, [changes[0]]);

  return { discard: drop };
}

/**
 * Text outside positions. `place` names where it is written (src/recovery/kept-place.ts);
 * `unsaved` says whether it differs from what is saved.
 */
export function useKeptWriting(place: string, body: string, unsaved: boolean, { dropOnUnmount }: { dropOnUnmount: boolean }): void {
  useKeepWhileUnsaved(
    unsaved,
    [place, body],
    {
      keep: () => callApi('writing.keep', { place, session: WINDOW_SESSION, body }),
      drop: () => callApi('writing.drop', { place }),
    },
    { dropOnUnmount },
  );
}

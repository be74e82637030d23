// Work on screen that is not in the store yet (a position being edited, a note being written, a
// comment being typed) holds the window open: closing it, quitting the app or reloading the page
// asks first. Chromium asks in the browser mode; in the desktop app the main process puts the
// question in words (src/main/close-guard.ts). This only asks: it reads and sends none of the work.
import { useEffect } from 'react';

/** Each says, when asked, whether it holds work not saved yet: kept while the window is open. */
const heldByWindow = new Set<() => boolean>();
/** Work on the page shown, gone with it: a move to another page asks too (leave-question.tsx). */
const heldByPage = new Set<() => boolean>();

export function hasUnsavedWork(): boolean {
  return hasUnsavedWorkOnPage() || [...heldByWindow].some((holds) => holds());
}

export function hasUnsavedWorkOnPage(): boolean {
  return heldByPage.size > 0;
}

/** For work kept outside any component (note drafts): asked at each close of the window. */
export function holdWindowWhile(holds: () => boolean): void {
  heldByWindow.add(holds);
}

/** For work in a component: holds the window while `unsaved` is true and the component shown. */
export function useUnsavedWork(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const holds = () => true;
    heldByPage.add(holds);
    return () => {
      heldByPage.delete(holds);
      if (heldByPage.size === 0) for (const listener of whenPageWorkGone) listener();
    };
  }, [unsaved]);
}

const whenPageWorkGone = new Set<() => void>();

/** Called each time the page stops holding unsaved work (saved, put back, or its editor gone). */
export function onPageWorkGone(listener: () => void): void {
  whenPageWorkGone.add(listener);
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedWork()) return;
    event.preventDefault();
    // Older Chromium (and so some Electron) shows the question only with a returnValue set.
    event.returnValue = '';
  });
}

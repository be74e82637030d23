// The page holds the window open while it has work not saved yet (src/renderer/shell/unsaved-work.ts,
// through the standard beforeunload). Electron then neither closes nor asks: the question is put
// here, in words, and the delegate chooses. Either way nothing is lost: the page keeps every text
// being written as the question comes (src/renderer/shell/kept-writing.ts). Going back to the
// work is the default and what Escape does; only an explicit choice closes.
import { dialog, type BrowserWindow } from 'electron';

export const CLOSE_QUESTION = {
  type: 'question',
  title: 'Unsaved work',
  message: 'Some of your work is not saved yet.',
  detail:
    "Closing keeps it for you: a position's text comes back as a draft the next time you open it, and any note or comment you were writing is offered back when Delegate Desk next opens.",
  buttons: ['Close and keep it for later', 'Go back to it'],
  defaultId: 1,
  cancelId: 1,
  noLink: true,
} as const;

const CLOSE_ANYWAY = 0;

export function askBeforeLosingWork(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    // Preventing the prevention lets the page unload: the delegate chose to close.
    if (dialog.showMessageBoxSync(window, { ...CLOSE_QUESTION, buttons: [...CLOSE_QUESTION.buttons] }) === CLOSE_ANYWAY) event.preventDefault();
  });
}

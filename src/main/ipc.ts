// The main process's side of the contract: one ipcMain handler per call, each refusing any
// sender that is not the app's own page in its own window, then dispatching like the browser
// mode's host does (validated input, a Result, never a raw exception).
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, channelOf } from '../api/contract';
import { dispatch, type Handlers } from '../api/dispatch';
import { isOwnPage } from './renderer-entry';

export function registerIpc(handlers: Handlers, entryUrl: string): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event, entryUrl)) {
        return { ok: false, error: 'Refused: this request did not come from Delegate Desk’s own page.' };
      }
      return dispatch(handlers, name, input);
    });
  }
  return () => CALL_NAMES.forEach((name) => ipcMain.removeHandler(channelOf(name)));
}

/** Only the top frame of the app's own page may call; no iframe, no other origin. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, entryUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isOwnPage(frame.url, entryUrl);
}

// The only door between the page and the app. It runs sandboxed (no Node, CommonJS, bundled into
// one file) and hands the page one frozen object, `window.delegateDesk`, with exactly the calls
// of the contract, each its own function: no generic invoke or send the page could aim at any
// other channel.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, channelOf, type DeskApi } from '../api/contract';

export function buildBridge(invoke: (channel: string, input: unknown) => Promise<unknown>): DeskApi {
  const entries = CALL_NAMES.map((name) => [name, (input: unknown) => invoke(channelOf(name), input ?? {})]);
  return Object.freeze(Object.fromEntries(entries)) as DeskApi;
}

contextBridge.exposeInMainWorld(
  'delegateDesk',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);

// The only door between the page and the app. It runs sandboxed (no Node, CommonJS, bundled into
// one file) and hands the page a frozen object: the page can read it, never change it or reach
// past it. For now it holds only the version; the store's typed API comes in the next issue.
import { contextBridge } from 'electron';
import { version } from '../../package.json';
import type { DeskBridge } from './desk-bridge';

const bridge: DeskBridge = Object.freeze({ version });

contextBridge.exposeInMainWorld('delegateDesk', bridge);

// The contract (src/api/contract.ts) is the one list of calls. The Electron main process, the
// preload and the browser host must each offer exactly that list: a call added to one and
// forgotten in another fails here.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALL_NAMES, channelOf } from '../src/api/contract';
import { createHandlers } from '../src/api/handlers';
import { dispatch } from '../src/api/dispatch';
import { Desk } from '../src/desk/desk';
import { startWebHost, type WebHost } from '../src/web/host';

const electron = vi.hoisted(() => ({
  handled: new Map<string, (event: unknown, input: unknown) => unknown>(),
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => electron.handled.set(channel, fn),
    removeHandler: (channel: string) => electron.handled.delete(channel),
  },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => {
      electron.invoked.push([channel, input]);
      return Promise.resolve({ ok: true, value: channel });
    },
  },
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
}));

let desk: Desk;
let host: WebHost;

beforeAll(async () => {
  desk = await Desk.open({ storePath: join(mkdtempSync(join(tmpdir(), 'dd-contract-')), 'desk.db'), mode: 'browser', version: 'test' });
  host = await startWebHost({ handlers: createHandlers(desk), rendererDir: tmpdir() });
});

afterAll(async () => {
  await host.close();
  desk.close();
});

describe('the API contract', () => {
  it('is implemented by the core handlers, call for call', () => {
    expect(Object.keys(createHandlers(desk)).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('is registered on ipcMain by the main process, channel for channel, and nothing else', async () => {
    const { registerIpc } = await import('../src/main/ipc');
    const unregister = registerIpc(createHandlers(desk), 'app://desk/index.html');
    expect([...electron.handled.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
    unregister();
    expect(electron.handled.size).toBe(0);
  });

  it('is exposed by the preload as one frozen object of exactly these functions', async () => {
    await import('../src/preload/index');
    const bridge = electron.exposed.get('delegateDesk') as Record<string, (input: unknown) => Promise<unknown>>;
    expect([...electron.exposed.keys()]).toEqual(['delegateDesk']);
    expect(Object.keys(bridge).sort()).toEqual([...CALL_NAMES].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.values(bridge).every((f) => typeof f === 'function')).toBe(true);
    await bridge['meetings.get']!({ id: 'm1' });
    expect(electron.invoked.at(-1)).toEqual([channelOf('meetings.get'), { id: 'm1' }]);
  });

  it('is routed by the browser host, call for call, and nothing else', async () => {
    const cookie = { 'x-desk-token': host.token, 'content-type': 'application/json' };
    for (const name of CALL_NAMES) {
      if (name === 'sync.run' || name === 'sample.remove') continue; // change state; routed the same way
      const response = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, { method: 'POST', headers: cookie, body: '{}' });
      const body = (await response.json()) as { ok: boolean; error?: string };
      expect(body.error ?? '', name).not.toMatch(/no call named/);
    }
    const unknown = await fetch(`http://127.0.0.1:${host.port}/api/store.drop`, { method: 'POST', headers: cookie, body: '{}' });
    expect(await unknown.json()).toEqual({ ok: false, error: 'Delegate Desk has no call named "store.drop".' });
  });
});

describe('the browser host and large requests', () => {
  const headers = (token: string) => ({ 'x-desk-token': token, 'content-type': 'application/json' });

  it('takes the largest position the contract allows, as the desktop app does over IPC', async () => {
    const sampleDesk = await Desk.open({ storePath: join(mkdtempSync(join(tmpdir(), 'dd-large-')), 'desk.db'), mode: 'browser', version: 'test', seedSample: true });
    const sampleHost = await startWebHost({ handlers: createHandlers(sampleDesk), rendererDir: tmpdir() });
    try {
      // Five texts of 100,000 characters of three bytes each (€): 1.5 MB of JSON, over the 1 MB
      // the host once allowed.
      const text = '€'.repeat(100_000);
      const position = { agendaItemId: 'ai-2027-02-plenary-3', status: 'draft', lineToTake: text, speakingPoints: text, redLines: text, fallback: text, background: text, owner: '', dueDate: null };
      const response = await fetch(`http://127.0.0.1:${sampleHost.port}/api/positions.save`, { method: 'POST', headers: headers(sampleHost.token), body: JSON.stringify(position) });
      expect(await response.json()).toMatchObject({ ok: true, value: { lineToTake: text } });
    } finally {
      await sampleHost.close();
      sampleDesk.close();
    }
  });

  it('refuses a request over its limit in words, with nothing done', async () => {
    const body = JSON.stringify({ place: 'note:note-1', session: 'a-window-open-now', body: 'x'.repeat(5 * 1024 * 1024) });
    const response = await fetch(`http://127.0.0.1:${host.port}/api/writing.keep`, { method: 'POST', headers: headers(host.token), body });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      ok: false,
      error: 'This is more than Delegate Desk takes at once (4 MB), so nothing was done. Shorten the text and try again.',
    });
    expect(await dispatch(createHandlers(desk), 'writing.recovered', { openWindows: ['another-window'] })).toEqual({ ok: true, value: [] });
  });
});

describe('dispatch', () => {
  it('validates input at the boundary and answers in words, never with an exception', async () => {
    const handlers = createHandlers(desk);
    expect(await dispatch(handlers, 'meetings.get', { id: 42 })).toMatchObject({ ok: false, error: expect.stringMatching(/^The request was not understood \(id: /) });
    expect(await dispatch(handlers, 'meetings.get', { id: 'm1', extra: true })).toMatchObject({ ok: false });
    expect(await dispatch(handlers, 'meetings.get', { id: 'nope' })).toEqual({ ok: false, error: 'There is no meeting with id "nope".' });
    expect(await dispatch(handlers, 'feeds.add', { url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: expect.stringMatching(/https/) });
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({ ok: false });
    expect(await dispatch(handlers, 'settings.get', {})).toMatchObject({ ok: true, value: { theme: 'auto' } });
  });

  it('hides unexpected failures behind a readable message', async () => {
    const handlers = { ...createHandlers(desk), 'settings.get': () => { throw new TypeError('x is undefined'); } };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await dispatch(handlers, 'settings.get', {});
    spy.mockRestore();
    expect(result).toEqual({ ok: false, error: 'Something went wrong inside Delegate Desk. Your data is unchanged; please try again.' });
  });

  it('says so when the disk is full, and the store keeps what it had', async () => {
    const handlers = createHandlers(desk);
    const before = await dispatch(handlers, 'writing.recovered', { openWindows: ['a-window-open-now'] });
    // The data file may not grow: as when the disk has no room left.
    const pages = desk.db.pragma('page_count', { simple: true }) as number;
    desk.db.pragma(`max_page_count = ${pages}`);
    try {
      const result = await dispatch(handlers, 'writing.keep', { place: 'note:note-1', session: 'a-window-gone-down', body: 'x'.repeat(90_000) });
      expect(result).toEqual({ ok: false, error: 'Delegate Desk could not do this: the disk is full. Your data is unchanged.' });
    } finally {
      desk.db.pragma('max_page_count = 4294967294');
    }
    expect(await dispatch(handlers, 'writing.recovered', { openWindows: ['a-window-open-now'] })).toEqual(before);
  });
});

describe('the IPC sender check', () => {
  it('answers only the top frame of the app page', async () => {
    const { registerIpc, isTrustedSender } = await import('../src/main/ipc');
    const entry = 'app://desk/index.html';
    expect(isTrustedSender({ senderFrame: { url: 'app://desk/index.html#/meetings', parent: null } } as never, entry)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'https://evil.example/', parent: null } } as never, entry)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://desk/index.html', parent: {} } } as never, entry)).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never, entry)).toBe(false);
    registerIpc(createHandlers(desk), entry);
    const handler = electron.handled.get(channelOf('settings.get'))!;
    expect(await handler({ senderFrame: { url: 'file:///tmp/evil.html', parent: null } }, {})).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(await handler({ senderFrame: { url: entry, parent: null } }, {})).toMatchObject({ ok: true });
  });
});

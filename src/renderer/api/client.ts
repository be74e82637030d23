// The API as the page sees it: in the desktop app, the functions the preload put on
// `window.delegateDesk` (IPC); in the browser mode, the same calls as POSTs to the local host.
// Either way every call answers a Result, and a call that hangs is turned into a readable error.
import { CALL_NAMES, type CallName, type DeskApi } from '../../api/contract';
import type { Result } from '../../api/types';

declare global {
  interface Window {
    delegateDesk?: DeskApi;
  }
}

const TIMEOUT_MS = 30_000;
/**
 * A sync of a large feed may take minutes; its progress comes from sync.status meanwhile. A pack
 * near its 50 MB limit takes about a minute to merge (and as long again for its preview).
 */
const LONG_CALLS: Partial<Record<CallName, number>> = { 'sync.run': 15 * 60_000, 'packs.import': 5 * 60_000 };
/**
 * Sent as a window closes or reloads (shell/kept-writing.ts): the browser finishes them after the
 * page is gone. It does so for bodies of up to 64 KB in all; a longer text goes as any call does.
 */
const WHILE_CLOSING: ReadonlySet<CallName> = new Set(['writing.keep', 'positions.keepDraft']);
const MOST_WHILE_CLOSING = 60_000;

function overHttp(name: CallName) {
  return async (input: unknown): Promise<Result<unknown>> => {
    let response: Response;
    const body = JSON.stringify(input ?? {});
    try {
      response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body,
        keepalive: WHILE_CLOSING.has(name) && new TextEncoder().encode(body).length <= MOST_WHILE_CLOSING,
      });
    } catch {
      return { ok: false, error: 'Delegate Desk is not running any more. Start it again with `npm run web`.' };
    }
    if (response.status === 403) {
      return { ok: false, error: 'This browser tab lost its key. Open the link printed where `npm run web` runs.' };
    }
    // Every answer of a call is JSON, a refusal in words (a request too large) included.
    if (response.headers.get('content-type')?.startsWith('application/json')) return (await response.json()) as Result<unknown>;
    return { ok: false, error: `Delegate Desk answered with an error (${response.status}).` };
  };
}

function withTimeout(name: CallName, call: (input: unknown) => Promise<Result<unknown>>) {
  const limit = LONG_CALLS[name] ?? TIMEOUT_MS;
  return (input: unknown): Promise<Result<unknown>> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ ok: false, error: 'Delegate Desk did not answer in time. Please try again.' }), limit);
      call(input).then(
        (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        () => {
          clearTimeout(timer);
          resolve({ ok: false, error: 'Delegate Desk could not be reached. Please try again.' });
        },
      );
    });
}

function createApi(): DeskApi {
  const bridge = typeof window !== 'undefined' ? window.delegateDesk : undefined;
  const entries = CALL_NAMES.map((name) => {
    const transport = bridge ? (input: unknown) => (bridge[name] as (i: unknown) => Promise<Result<unknown>>)(input) : overHttp(name);
    return [name, withTimeout(name, transport)];
  });
  return Object.fromEntries(entries) as DeskApi;
}

export const api: DeskApi = createApi();
export const isDesktop = typeof window !== 'undefined' && window.delegateDesk !== undefined;

// The browser mode's transport: every answer of the host reaches the page as a Result in words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from './client';

const answer = (status: number, body: string, type: string) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status, headers: { 'content-type': type } }));

afterEach(() => vi.restoreAllMocks());

describe('the API over HTTP (browser mode)', () => {
  it("passes on the host's refusal in words, whatever its status (a request too large: 413)", async () => {
    const refusal = { ok: false, error: 'This is more than Delegate Desk takes at once (4 MB), so nothing was done. Shorten the text and try again.' };
    answer(413, JSON.stringify(refusal), 'application/json; charset=utf-8');
    expect(await api['settings.get']({})).toEqual(refusal);
  });

  it('says which error the host gave when it gave no words', async () => {
    answer(500, 'Something went wrong inside Delegate Desk.', 'text/plain; charset=utf-8');
    expect(await api['settings.get']({})).toEqual({ ok: false, error: 'Delegate Desk answered with an error (500).' });
  });

  it('says the tab lost its key on 403', async () => {
    answer(403, 'open the link', 'text/plain; charset=utf-8');
    expect(await api['settings.get']({})).toEqual({ ok: false, error: 'This browser tab lost its key. Open the link printed where `npm run web` runs.' });
  });
});

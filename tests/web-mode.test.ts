// `npm run web` as a delegate runs it: it prints a link with this launch's token on a line of
// its own, takes --db and --port, loads the sample into a new store, and stops on Ctrl+C.
import { afterEach, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

let child: ChildProcess | null = null;
afterEach(() => child?.kill('SIGINT'));

function startWeb(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ url: string; stderr: () => string }> {
  child = spawn(process.execPath, ['--import', 'tsx', 'src/web/main.ts', ...args], { env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    child!.stdout!.on('data', (d) => {
      out += d;
      const url = out.split('\n').find((line) => line.startsWith('http://'));
      if (url) resolve({ url, stderr: () => err });
    });
    child!.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

it('prints its link with a token, on 127.0.0.1 and the port asked for, over the store named by --db', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dd-web-')), 'desk.db');
  const port = await freePort();
  const { url } = await startWeb(['--db', db, '--port', String(port)]);
  expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/\\?token=[A-Za-z0-9_-]{40,}$`));
  expect(existsSync(db)).toBe(true);

  const entry = await fetch(url, { redirect: 'manual' });
  expect(entry.status).toBe(303);
  const cookie = entry.headers.get('set-cookie')!;
  expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
  const info = await fetch(`http://127.0.0.1:${port}/api/dashboard.get`, {
    method: 'POST',
    headers: { cookie: cookie.split(';')[0]!, 'content-type': 'application/json' },
    body: '{}',
  });
  const body = (await info.json()) as { ok: boolean; value: { counts: { documents: number } } };
  expect(body.ok).toBe(true);
  expect(body.value.counts.documents).toBe(14);
  expect((await fetch(`http://127.0.0.1:${port}/api/dashboard.get`, { method: 'POST', body: '{}' })).status).toBe(403);
});

it('takes DELEGATE_DESK_DB like the CLI, and a new token on every launch', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dd-web-')), 'env.db');
  const first = await startWeb([], { DELEGATE_DESK_DB: db });
  child!.kill('SIGINT');
  await new Promise((r) => child!.once('exit', r));
  const second = await startWeb([], { DELEGATE_DESK_DB: db });
  expect(existsSync(db)).toBe(true);
  expect(new URL(first.url).searchParams.get('token')).not.toBe(new URL(second.url).searchParams.get('token'));
});

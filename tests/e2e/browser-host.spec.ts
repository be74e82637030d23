// The browser mode's host refuses anyone without this launch's token, and any foreign Host or
// Origin, and serves the page with the same Content Security Policy as the desktop app.
import { test, expect } from './desk-fixture';

test('requests without the token, or from a foreign Host or Origin, are refused', async ({ app, playwright }) => {
  const anonymous = await playwright.request.newContext();
  const noToken = await anonymous.post(`${app.origin}/api/meetings.list`, { data: {} });
  expect(noToken.status()).toBe(403);
  expect(await noToken.text()).toMatch(/open the link printed in the terminal/);
  expect((await anonymous.get(`${app.origin}/`)).status()).toBe(403);
  expect((await anonymous.get(`${app.origin}/?token=wrong`)).status()).toBe(403);

  const headers = { 'x-desk-token': app.host.token, 'content-type': 'application/json' };
  const ok = await anonymous.post(`${app.origin}/api/meetings.list`, { headers, data: {} });
  expect(await ok.json()).toMatchObject({ ok: true });
  const rebinding = await anonymous.post(`${app.origin}/api/meetings.list`, { headers: { ...headers, host: 'evil.example' }, data: {} });
  expect(rebinding.status()).toBe(421);
  const crossSite = await anonymous.post(`${app.origin}/api/meetings.list`, { headers: { ...headers, origin: 'https://evil.example' }, data: {} });
  expect(crossSite.status()).toBe(403);
  await anonymous.dispose();
});

test('the page carries the Content Security Policy and the token leaves the address bar', async ({ app, page }) => {
  expect(page.url()).not.toContain('token=');
  const response = await page.goto(`${app.origin}/`);
  expect(response!.headers()['content-security-policy']).toMatch(/default-src 'self'; script-src 'self';.*frame-ancestors 'none'/);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/script-src 'self'/);
});

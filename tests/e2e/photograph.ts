// Screenshots of the views. Every run takes them (a view that cannot be photographed fails);
// only `npm run screenshots` (UPDATE_SCREENSHOTS=1) writes them over the README's pictures in
// docs/screenshots, so `npm test` leaves the working tree as it found it.
import { mkdirSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';

export async function photograph(page: Page, testInfo: TestInfo, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const update = process.env.UPDATE_SCREENSHOTS === '1';
  if (update) mkdirSync('docs/screenshots', { recursive: true });
  const path = update ? `docs/screenshots/${name}.png` : testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage });
}

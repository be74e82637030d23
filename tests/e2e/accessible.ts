// The accessibility check a view passes once at rest: axe finds nothing serious or critical.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from './desk-fixture';

export async function expectAccessible(page: Page): Promise<void> {
  // Judged at rest: no hover shade on the button just clicked, Mantine's transitions ended.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

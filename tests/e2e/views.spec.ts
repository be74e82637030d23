// Every main view opens on the sample data, passes an accessibility check (axe: no serious or
// critical violation), and is photographed in light and dark (for the README: see photograph.ts).
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './desk-fixture';
import { photograph } from './photograph';

const VIEWS: { name: string; route: string; heading: string | RegExp }[] = [
  { name: 'dashboard', route: '/', heading: 'Dashboard' },
  { name: 'meetings', route: '/meetings', heading: 'Meetings' },
  { name: 'meeting', route: '/meetings/mtg-2027-02-plenary', heading: /NIS Cooperation Group plenary meeting/ },
  { name: 'library', route: '/library', heading: 'Library' },
  { name: 'document', route: '/library/cg-2020-01-5g-toolbox', heading: /EU Toolbox of risk mitigating measures/ },
  { name: 'contacts', route: '/contacts', heading: 'Contacts' },
  { name: 'search', route: '/search?q=5G', heading: 'Search' },
  { name: 'sync', route: '/sync', heading: 'Sync' },
  { name: 'settings', route: '/settings', heading: 'Settings' },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const view of VIEWS) {
      test(`${view.name} opens, is accessible, and is photographed`, async ({ app, page, pageErrors }, testInfo) => {
        await app.open(view.route);
        await expect(page.getByRole('heading', { level: 2, name: view.heading }).first()).toBeVisible();
        await expect(page.getByText('Loading…')).toHaveCount(0);
        await expect(page.getByRole('alert').filter({ hasText: 'could not be shown' })).toHaveCount(0);
        // Mantine's transitions end before anything is judged or photographed.
        await page.waitForTimeout(300);
        const results = await new AxeBuilder({ page }).analyze();
        const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
        await photograph(page, testInfo, `${view.name}-${scheme}`);
        expect(pageErrors).toEqual([]);
      });
    }
  });
}

/**
 * Every page type, at a phone's and a desktop's width, in light and dark:
 * no axe-core violation of WCAG 2.2 AA, and nothing wider than the screen.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SITE, useBrowser } from './browser';
import { PAGE_TYPES } from './page-types';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    describe(`${colorScheme}, ${width} px wide`, () => {
      // axe is injected as a script, which the site's own policy rightly refuses.
      const session = useBrowser({ colorScheme, viewport: { width, height: 800 }, bypassCSP: true });

      it('every page type has no WCAG 2.2 AA violation and no horizontal scrolling', async () => {
        const { page } = session();
        for (const { name, path } of PAGE_TYPES) {
          await page.goto(`${SITE}${path}`, { waitUntil: 'networkidle' });
          if (path.startsWith('/search/')) await page.locator('form[data-search-page] .search-result').first().waitFor();
          await page.addScriptTag({ path: AXE_SOURCE });
          const violations = await page.evaluate<AxeViolation[], string[]>(async (tags) => {
            const axe = (
              window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }
            ).axe;
            const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
            return result.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) }));
          }, WCAG_22_AA);
          expect(
            violations.map(
              (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
            ),
            name,
          ).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name}: wider than the screen`).toBe(0);
        }
      });
    });
  }
}

/**
 * Every page type, at a phone's and a desktop's width, in light and dark:
 * no axe-core violation of WCAG 2.2 AA, and nothing wider than the screen.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE } from './browser';
import { launchChromium } from './chromium';
import { PAGE_TYPES } from './page-types';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COLOR_SCHEMES = ['light', 'dark'] as const;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** What is wrong with every page type in one page: axe's violations, and any width beyond the screen's. */
async function problemsOf(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const { name, path } of PAGE_TYPES) {
    // The load event is enough: every script of a page is a module, run before it, and nothing loads later unasked.
    await page.goto(`${SITE}${path}`);
    if (path.startsWith('/search/')) await page.locator('form[data-search-page] .search-result').first().waitFor();
    await page.addScriptTag({ path: AXE_SOURCE });
    const violations = await page.evaluate<AxeViolation[], string[]>(async (tags) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } })
        .axe;
      // Only the violations are read: axe then skips recording every passing node, most of its time on a long page.
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) }));
    }, WCAG_22_AA);
    for (const violation of violations) {
      problems.push(`${name}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow !== 0) problems.push(`${name}: ${overflow} px wider than the screen`);
  }
  return problems;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

for (const width of [360, 1280]) {
  describe(`${width} px wide`, () => {
    // Light and dark side by side, each in its own context: a page waits on the network and the renderer more than on
    // this process, so the two schemes take little longer than one. (Four side by side take longer than two on two cores.)
    it('every page type, light and dark, has no WCAG 2.2 AA violation and no horizontal scrolling', async () => {
      const results = await Promise.all(
        COLOR_SCHEMES.map(async (colorScheme) => {
          // axe is injected as a script, which the site's own policy rightly refuses.
          const context = await browser.newContext({ colorScheme, viewport: { width, height: 800 }, bypassCSP: true });
          try {
            return (await problemsOf(await context.newPage())).map((problem) => `${colorScheme}: ${problem}`);
          } finally {
            await context.close();
          }
        }),
      );
      expect(results.flat()).toEqual([]);
    });
  });
}

/** axe-core in a page: the WCAG 2.2 AA rules every page must pass, and the one way the browser tests run them. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe's WCAG 2.2 AA violations on the page as it is laid out now, within `include` (a selector; the whole page by
 * default), each as "rule: help (targets)". axe is evaluated from outside the page, which the page's policy does not
 * govern, so the page keeps its policy for its own scripts.
 */
export async function wcagViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<AxeViolation[], { tags: string[]; include: string | undefined }>(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: AxeViolation[] }> } })
        .axe;
      // Only the violations are read: axe then skips recording every passing node, most of its time on a long page.
      const options = { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] };
      const result = await axe.run(include === undefined ? document : { include: [include] }, options);
      return result.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) }));
    },
    { tags: WCAG_22_AA, include },
  );
  return violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** How many pixels the page is wider than the screen: 0 when nothing scrolls sideways. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

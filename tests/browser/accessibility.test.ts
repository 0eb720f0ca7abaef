/**
 * Every page type, at a phone's and a desktop's width, in light and dark:
 * no axe-core violation of WCAG 2.2 AA, and nothing wider than the screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@tests/helpers/chromium';
import { horizontalOverflow, wcagViolations } from './axe';
import { SITE } from './browser';
import { PAGE_TYPES } from './page-types';

/** What is wrong with every page type in one page: axe's violations, and any width beyond the screen's. */
async function problemsOf(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const { name, path } of PAGE_TYPES) {
    // The load event is enough: every script of a page is a module, run before it, and nothing loads later unasked.
    await page.goto(`${SITE}${path}`);
    if (path.startsWith('/search/')) await page.locator('form[data-search-page] .search-result').first().waitFor();
    problems.push(...(await wcagViolations(page)).map((violation) => `${name}: ${violation}`));
    const overflow = await horizontalOverflow(page);
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

/**
 * Each scheme at one width, side by side, each in its own context: light on a phone and dark on a desktop. Colours
 * depend on the scheme and layout on the width, so the two together check every colour and every layout; a browser
 * test mostly waits on the page, so the two take little longer than one.
 */
const SETTINGS = [
  { colorScheme: 'light', width: 360 },
  { colorScheme: 'dark', width: 1280 },
] as const;

describe('every page type', () => {
  it('has no WCAG 2.2 AA violation and no horizontal scrolling, light at 360 px and dark at 1280 px', async () => {
    const results = await Promise.all(
      SETTINGS.map(async ({ colorScheme, width }) => {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 800 } });
        try {
          return (await problemsOf(await context.newPage())).map((problem) => `${colorScheme}, ${width} px: ${problem}`);
        } finally {
          await context.close();
        }
      }),
    );
    expect(results.flat()).toEqual([]);
  });
});

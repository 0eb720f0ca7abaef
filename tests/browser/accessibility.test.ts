/**
 * Every page type of every edition, at a phone's and a desktop's width, in
 * light and dark: no axe-core violation of WCAG 2.2 AA, and nothing wider
 * than the screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@tests/helpers/chromium';
import { horizontalOverflow, wcagViolations } from './axe';
import { SITE } from './browser';
import type { Locale } from '@/lib/base/locales';
import { pageTypesOf } from './page-types';

/** What is wrong with every page type of an edition in one page: axe's violations, and any width beyond the screen's. */
async function problemsOf(page: Page, locale: Locale): Promise<string[]> {
  const problems: string[] = [];
  for (const { name, path } of pageTypesOf(locale)) {
    // The load event is enough: every script of a page is a module, run before it, and nothing loads later unasked.
    await page.goto(`${SITE}${path}`);
    if (name === 'search') await page.locator('form[data-search-page] .search-result').first().waitFor();
    problems.push(...(await wcagViolations(page)).map((violation) => `${path}: ${violation}`));
    const overflow = await horizontalOverflow(page);
    if (overflow !== 0) problems.push(`${path}: ${overflow} px wider than the screen`);
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
 * Each scheme at one width, side by side, each in its own context. Colours depend on the scheme and layout on the
 * width and the direction: English is read light on a phone and dark on a desktop, which together check every colour
 * and every layout of it; Arabic and Hebrew, laid out right to left with their own fonts, light and dark on a phone,
 * the width where a longer word or a mirrored box would first push the page sideways. A browser test mostly waits on
 * the page, so the runs take little longer together than one.
 */
const SETTINGS = [
  { locale: 'en', colorScheme: 'light', width: 360 },
  { locale: 'en', colorScheme: 'dark', width: 1280 },
  { locale: 'ar', colorScheme: 'light', width: 360 },
  { locale: 'ar', colorScheme: 'dark', width: 360 },
  { locale: 'he', colorScheme: 'light', width: 360 },
  { locale: 'he', colorScheme: 'dark', width: 360 },
] as const;

describe('every page type of every edition', () => {
  it('has no WCAG 2.2 AA violation and no horizontal scrolling, in light and dark on a phone, and in English on a desktop', async () => {
    const results = await Promise.all(
      SETTINGS.map(async ({ locale, colorScheme, width }) => {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 800 } });
        try {
          return (await problemsOf(await context.newPage(), locale)).map((problem) => `${colorScheme}, ${width} px: ${problem}`);
        } finally {
          await context.close();
        }
      }),
    );
    expect(results.flat()).toEqual([]);
  }, 300_000);
});

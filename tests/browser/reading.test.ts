/**
 * Reading without a mouse, without JavaScript, with less motion, and on
 * paper: every page stays whole and usable.
 */
import { describe, expect, it } from 'vitest';
import { SITE, useBrowser } from './browser';
import { contentFiles } from './content';
import { EDITION_PAGE_TYPES } from './page-types';

/**
 * Every page that must read the same without JavaScript: each page type of every edition but search, which is built
 * by its script.
 */
const READ_ONLY_PAGES = EDITION_PAGE_TYPES.filter(({ name }) => name !== 'search');

describe('with the keyboard only', () => {
  // Reduced motion, so each focus scroll has finished when it is measured.
  const session = useBrowser({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

  it('starts at a skip link to the content, shows where focus is at every stop, and lets the reader out at the end', async () => {
    const { page } = session();
    await page.goto(`${SITE}/rounds/2026-01-05-paris/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.locator('.skip-link').evaluate((link) => link.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

    const tabbable = await page.evaluate(
      () =>
        [...document.querySelectorAll('a[href], input, select, button, [tabindex]:not([tabindex="-1"])')].filter(
          (element) => (element as HTMLElement).offsetParent !== null,
        ).length,
    );
    const visited = new Set<string>();
    for (let stop = 0; stop < tabbable + 5; stop += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return undefined;
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        return {
          key: `${element.tagName}#${element.id}@${element.getAttribute('href') ?? ''}@${Math.round(rect.top + window.scrollY)}:${Math.round(rect.left)}`,
          outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          onScreen: rect.bottom > 0 && rect.top < window.innerHeight,
        };
      });
      if (!focused) break;
      expect(focused.outlined, `${focused.key} shows no focus ring`).toBe(true);
      expect(focused.onScreen, `${focused.key} is focused off screen`).toBe(true);
      visited.add(focused.key);
    }
    // Tab order is the reading order: nothing jumps the queue with a positive tabindex.
    expect(
      await page.evaluate(
        () => [...document.querySelectorAll('[tabindex]')].filter((element) => (element as HTMLElement).tabIndex > 0).length,
      ),
    ).toBe(0);
    // Every link and control after the main landmark was reached, then focus left the page: no trap.
    expect(visited.size).toBeGreaterThan(20);
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
  });
});

describe('motion', () => {
  for (const [reducedMotion, expected] of [
    ['reduce', 'auto'],
    ['no-preference', 'smooth'],
  ] as const) {
    const session = useBrowser({ reducedMotion });
    it(`scrolls ${expected === 'auto' ? 'without' : 'with'} animation when the reader asks for ${reducedMotion}`, async () => {
      const { page } = session();
      await page.goto(`${SITE}/rounds/2026-01-05-paris/`);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(expected);
    });
  }
});

describe('without JavaScript', () => {
  const withScript = useBrowser();
  const withoutScript = useBrowser({ javaScriptEnabled: false });

  it('every page but search reads exactly the same, in every edition', async () => {
    const read = async (page: import('playwright-core').Page, path: string): Promise<string> => {
      await page.goto(`${SITE}${path}`);
      return page.locator('main').innerText();
    };
    for (const { path } of READ_ONLY_PAGES) {
      const [full, bare] = await Promise.all([read(withScript().page, path), read(withoutScript().page, path)]);
      expect(full.length, path).toBeGreaterThan(100);
      expect(bare, path).toBe(full);
    }
  }, 180_000);

  it('the year pages list every round, and a round shows its delegations and sources', async () => {
    const { page } = withoutScript();
    for (const [year, rounds] of Map.groupBy(contentFiles('rounds'), (round) => round.id.slice(0, 4))) {
      await page.goto(`${SITE}/years/${year}/`);
      for (const round of rounds) expect(await page.locator(`main a[href="${round.url}"]`).count(), round.id).toBeGreaterThan(0);
    }
    await page.goto(`${SITE}/rounds/2026-01-05-paris/`);
    expect(await page.locator('#delegations ~ * tbody tr, section[aria-labelledby="delegations"] tbody tr').count()).toBeGreaterThanOrEqual(
      3,
    );
    expect(await page.locator('ol.sources li').count()).toBeGreaterThan(3);
  });
});

describe('on paper', () => {
  const session = useBrowser();

  it('prints a round as an article: no header, search or pager, and each source with its address', async () => {
    const { page } = session();
    await page.goto(`${SITE}/rounds/2026-01-05-paris/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.pager']) expect(await page.locator(selector).isVisible(), selector).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    const source = page.locator('ol.sources a[rel~="external"]').first();
    const href = (await source.getAttribute('href')) ?? '';
    expect(await source.evaluate((link) => getComputedStyle(link, '::after').content)).toContain(href);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

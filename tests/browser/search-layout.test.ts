/**
 * Search does not move under the reader: from the first paint until the
 * results are on screen, on the search page and in the header's panel, at a
 * phone's width and a desktop's, the layout shifts less than half what
 * Lighthouse calls a good CLS. And its results are headings one level below
 * the page's title.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE, useBrowser } from './browser';
import { headingSkips } from './headings';
import { layoutShiftScore, recordLayoutShifts } from './layout-shift';

/** Lighthouse calls a CLS under 0.1 good; the search page aims for half that. */
const MOST_SHIFT = 0.05;

const SEARCH_PAGE_VISITS = [
  { name: 'with no words', path: '/search/', shown: 'form[data-search-page] [data-search-status]:text("Type words")' },
  { name: 'with words in the address', path: '/search/?q=buffer+zone', shown: 'form[data-search-page] .search-result' },
  {
    name: 'with filters and an order in the address',
    path: '/search/?q=buffer&issue=buffer-zone&sort=newest',
    shown: 'form[data-search-page] .search-facet',
  },
  { name: 'with a card above its results', path: '/search/?q=Salameh', shown: 'form[data-search-page] .search-card' },
];

/**
 * Types into the header's field the way a paste or a phone's keyboard does, without key presses, which would excuse
 * the shifts that follow, and waits until the panel shows what the words found.
 */
async function searchInHeader(page: Page, words: string): Promise<void> {
  await page.fill('#site-search-field', words);
  await page
    .locator('talks-header-search [data-search-status]')
    .filter({ hasText: `for “${words}”` })
    .waitFor({ state: 'attached' });
  await page.locator('#site-search-panel .search-result').first().waitFor();
}

for (const width of [360, 1280]) {
  describe(`at ${width} px`, () => {
    const session = useBrowser({ viewport: { width, height: 800 } });

    for (const { name, path, shown } of SEARCH_PAGE_VISITS) {
      it(`the search page ${name} does not move from its first paint until its results are on screen`, async () => {
        const { page, errors } = session();
        await recordLayoutShifts(page);
        await page.goto(`${SITE}${path}`);
        await page.locator(shown).first().waitFor();
        const { score, moved } = await layoutShiftScore(page);
        expect(score, `moved: ${moved.join(', ')}`).toBeLessThan(MOST_SHIFT);
        expect(errors).toEqual([]);
      });
    }

    it('the search page does not move when new words bring a card above its results', async () => {
      const { page, errors } = session();
      await recordLayoutShifts(page);
      await page.goto(`${SITE}/search/?q=talks`);
      await page.locator('form[data-search-page] .search-result').first().waitFor();
      expect(await page.locator('form[data-search-page] .search-card').count()).toBe(0);
      // Filled, not typed, as in searchInHeader.
      await page.fill('#search-query', 'Salameh');
      await page.locator('form[data-search-page] .search-card').first().waitFor();
      await page.locator('form[data-search-page] [data-search-status]').filter({ hasText: 'for “Salameh”' }).waitFor();
      const { score, moved } = await layoutShiftScore(page);
      expect(score, `moved: ${moved.join(', ')}`).toBeLessThan(MOST_SHIFT);
      expect(errors).toEqual([]);
    });

    it('the header’s panel opens over the page and fills without moving it', async () => {
      const { page, errors } = session();
      await recordLayoutShifts(page);
      await page.goto(`${SITE}/rounds/2026-01-05-paris/`);
      await searchInHeader(page, 'talks');
      expect(await page.locator('#site-search-panel .search-card').count()).toBe(0);
      await searchInHeader(page, 'Salameh');
      const { score, moved } = await layoutShiftScore(page);
      expect(score, `moved: ${moved.join(', ')}`).toBeLessThan(MOST_SHIFT);
      expect(errors).toEqual([]);
    });
  });
}

describe('the headings of search results', () => {
  const session = useBrowser();

  it('follow the search page’s title one level below it, cards and results alike', async () => {
    const { page } = session();
    await page.goto(`${SITE}/search/?q=Salameh`);
    await page.locator('form[data-search-page] .search-result').first().waitFor();
    expect(await page.locator('form[data-search-page] .search-card').count()).toBeGreaterThan(0);
    expect(await headingSkips(page)).toEqual([]);
  });

  it('keep a page’s headings in order when the header’s panel is open on it', async () => {
    const { page } = session();
    await page.goto(`${SITE}/rounds/2026-01-05-paris/`);
    await searchInHeader(page, 'Salameh');
    expect(await page.locator('#site-search-panel .search-card').count()).toBeGreaterThan(0);
    expect(await headingSkips(page)).toEqual([]);
  });
});

/**
 * Search in the Arabic and Hebrew editions, in Chromium: each edition's search page and header panel search that
 * edition's index, write every word in its language, show cards in it and keep every link in the edition; and a
 * Hebrew word finds its page with or without the letters Hebrew joins to its front.
 */
import { describe, expect, it } from 'vitest';
import { SITE, useBrowser } from './browser';
import { openFilters, searchOnPage, settledStatus, shownCards, shownResults } from './search-helpers';

const session = useBrowser();

/** Text with no Latin letters: written in the edition's script (digits and punctuation are shared). */
const NO_LATIN = /^[^A-Za-z]*$/;

describe('the Arabic search page', () => {
  it('searches the Arabic edition and writes its form, status, cards and filters in Arabic', async () => {
    const { page, errors } = session();
    await page.goto(`${SITE}/ar/search/?q=${encodeURIComponent('المنطقة العازلة')}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('label[for="search-query"]').textContent()).toBe('كلمات البحث');
    expect(await page.locator('#search-sort option').allTextContents()).toEqual(['الأكثر صلة', 'الأحدث أولًا', 'الأقدم أولًا']);
    const status = await settledStatus(page);
    expect(status).toMatch(/^(\d+ )?(نتيجة|نتائج|نتيجتان).* للبحث عن «المنطقة العازلة»$/);

    const card = page.locator('form[data-search-page] .search-card').first();
    expect(await card.locator('.search-card-kind').textContent()).toBe('قضية');
    expect(await card.locator('.search-card-title a').textContent()).toBe('المنطقة العازلة وخطوط ديسمبر 2024');
    expect(await card.locator('.search-card-rounds').textContent()).toMatch(/^طُرحت في /);
    expect(await card.locator('.search-card-round-list a').first().getAttribute('href')).toMatch(/^\/ar\/rounds\//);

    const results = await shownResults(page);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((url) => url.startsWith('/ar/'))).toBe(true);
    const meta = await page.locator('form[data-search-page] .search-result-meta').allTextContents();
    expect(meta.every((text) => NO_LATIN.test(text))).toBe(true);

    await openFilters(page);
    expect(await page.locator('form[data-search-page] [data-search-filters-summary]').textContent()).toBe('التصفية');
    expect(await page.locator('.search-facet legend').allTextContents()).toEqual(
      expect.arrayContaining(['الأشخاص', 'القضايا', 'الأطراف', 'نوع الصفحة']),
    );
    expect(await page.locator('.search-facet-side label').first().textContent()).toMatch(NO_LATIN);
    expect(errors).toEqual([]);
  });

  it('shows a person’s card in Arabic, with their name in English and Hebrew beside it, and opens it in the edition', async () => {
    const { page, errors } = session();
    await page.goto(`${SITE}/ar/search/`);
    await searchOnPage(page, 'Leiter');
    const card = page.locator('form[data-search-page] .search-card').first();
    expect(await card.locator('.search-card-kind').textContent()).toBe('شخصية · إسرائيل');
    expect(await card.locator('.search-card-title a').getAttribute('href')).toMatch(/^\/ar\/people\/yechiel-leiter\/\?/);
    expect(await card.locator('.native-name[lang="en-GB"]').textContent()).toBe('Yechiel Leiter');
    expect(await card.locator('.native-name[lang="he"]').getAttribute('dir')).toBe('rtl');
    expect(await card.locator('.search-card-rounds').textContent()).toMatch(/^حضر /);
    await card.locator('.search-card-title a').click();
    await page.waitForURL((url) => url.pathname === '/ar/people/yechiel-leiter/');
    expect(errors).toEqual([]);
  });

  it('tells the reader, in Arabic, to type or choose when nothing is asked', async () => {
    const { page } = session();
    await page.goto(`${SITE}/ar/search/`);
    const status = page.locator('form[data-search-page] [data-search-status]');
    await status.filter({ hasText: /اكتب كلمات للبحث/ }).waitFor();
  });
});

describe('the header panel in each edition', () => {
  for (const { edition, query, person, kind, count } of [
    { edition: 'ar', query: 'لايتر', person: '/ar/people/yechiel-leiter/', kind: 'شخصية · إسرائيل', count: /للبحث عن «لايتر»$/ },
    { edition: 'ar', query: 'לייטר', person: '/ar/people/yechiel-leiter/', kind: 'شخصية · إسرائيل', count: /للبحث عن «לייטר»$/ },
    { edition: 'he', query: 'Leiter', person: '/he/people/yechiel-leiter/', kind: 'אישיות · ישראל', count: /לחיפוש "Leiter"$/ },
    { edition: 'he', query: 'لايتر', person: '/he/people/yechiel-leiter/', kind: 'אישיות · ישראל', count: /לחיפוש "لايتر"$/ },
  ]) {
    it(`${edition}: “${query}” shows ${person} first, in the edition’s words, and links only the edition`, async () => {
      const { page, errors } = session();
      await page.goto(`${SITE}/${edition}/`);
      expect(await page.locator('#site-search-field').getAttribute('placeholder')).toMatch(NO_LATIN);
      await page.locator('#site-search-field').fill(query);
      await expect.poll(() => shownCards(page, '#site-search-panel')).toEqual([person]);
      const panel = page.locator('#site-search-panel');
      expect(await panel.locator('.search-card-kind').first().textContent()).toBe(kind);
      await expect.poll(() => page.locator('talks-header-search [data-search-status]').textContent()).toMatch(count);
      const links = await panel.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      expect(links.length).toBeGreaterThan(1);
      expect(links.filter((href) => !href.startsWith(`/${edition}/`))).toEqual([]);
      const more = panel.locator('[data-search-more]');
      expect(await more.getAttribute('href')).toBe(`/${edition}/search/?q=${encodeURIComponent(query)}`);
      expect(await more.textContent()).toMatch(NO_LATIN);
      expect(errors).toEqual([]);
    });
  }

  it('opens a result in the edition it was found in', async () => {
    const { page } = session();
    await page.goto(`${SITE}/he/`);
    await page.locator('#site-search-field').fill('חרמון');
    const result = page.locator('#site-search-panel a.search-result-title').first();
    await result.waitFor();
    await result.click();
    await page.waitForURL((url) => url.pathname.startsWith('/he/') && url.pathname !== '/he/');
  });
});

describe('a Hebrew word with its prefixes', () => {
  it('finds the Golan Heights issue bare, with ב and with וה, in the Hebrew edition', async () => {
    const { page, errors } = session();
    await page.goto(`${SITE}/he/search/`);
    for (const query of ['גולן', 'בגולן', 'והגולן']) {
      await searchOnPage(page, query);
      const found = [...(await shownCards(page, 'form[data-search-page]')), ...(await shownResults(page))];
      expect(found, `search for "${query}"`).toContain('/he/issues/golan-heights/');
      expect(found.every((url) => url.startsWith('/he/'))).toBe(true);
    }
    expect(errors).toEqual([]);
  });
});

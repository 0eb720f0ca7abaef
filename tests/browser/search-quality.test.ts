/**
 * Search quality in the real UI, read from the content so it grows with the
 * record: each person's and issue's own name, and every form in Arabic or
 * Hebrew script, brings their card first (every other spelling is checked
 * against the same rule in tests/unit/record-content/search-quality.test.ts), and a few
 * questions readers ask bring their page among the first three results.
 * Then the card itself: what it shows, the keyboard, both scripts, and the
 * name highlighted as a page writes it.
 */
import { describe, expect, it } from 'vitest';
import { TRANSLATED_LOCALES } from '@/lib/base/locales';
import { editionRows, ownersOf, ownersOfSpellings, ownPagesFirst, spelledPages } from '@tests/helpers/search-table';
import { SITE, useBrowser } from './browser';
import { contentFiles } from './content';
import { searchOnPage, shownCards, shownResults } from './search-helpers';

const session = useBrowser();

const pages = spelledPages();
const owners = ownersOfSpellings(pages);

describe('the search-quality table', () => {
  for (const kind of ['person', 'issue'] as const) {
    it(`brings each ${kind}’s card first for their name and their names in Arabic and Hebrew script`, async () => {
      const { page, errors } = session();
      await page.goto(`${SITE}/search/`);
      const misses: string[] = [];
      for (const { url, spellings } of pages.filter((each) => each.kind === kind)) {
        const [name, ...others] = spellings;
        for (const spelling of new Set([name ?? '', ...others.filter((other) => /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(other))])) {
          await searchOnPage(page, spelling);
          const cards = await shownCards(page, 'form[data-search-page]');
          const expected = ownersOf(owners, spelling);
          if (!ownPagesFirst(cards, url, expected))
            misses.push(`"${spelling}" → ${cards.join(', ') || 'no card'} (expected ${expected.join(', ')})`);
        }
      }
      expect(misses).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  const questions = [
    { query: 'London September', page: '/rounds/2025-09-17-london/', why: 'a round by its city and month' },
    { query: 'Paris January', page: '/rounds/2026-01-05-paris/', why: 'a round by its city and month' },
    { query: 'binding timetable for Israeli withdrawal', page: '/rounds/2026-01-05-paris/', why: 'a red line in its own words' },
    {
      query: 'would not pull back from the shoulder of Mount Hermon',
      page: '/rounds/2026-01-05-paris/',
      why: 'a red line in its own words',
    },
    { query: '"joint communication cell"', page: '/rounds/2026-01-05-paris/', why: 'a quoted phrase' },
  ];
  it('brings the page a reader’s question is about among the first three results', async () => {
    const { page } = session();
    await page.goto(`${SITE}/search/`);
    const misses: string[] = [];
    for (const { query, page: expected, why } of questions) {
      await searchOnPage(page, query);
      const first = (await shownResults(page)).slice(0, 3);
      if (!first.includes(expected)) misses.push(`${why}: ${query} → ${first.join(', ')} (expected ${expected})`);
    }
    expect(misses).toEqual([]);
  });
});

describe('the search-quality table in each edition', () => {
  for (const locale of TRANSLATED_LOCALES) {
    const rows = editionRows(locale);
    const byEveryName = ownersOfSpellings(rows);
    for (const kind of ['person', 'issue'] as const) {
      it(`${locale}: brings each ${kind}’s card first for their ${kind === 'person' ? 'names' : 'title and aliases'} in the edition`, async () => {
        const { page, errors } = session();
        await page.goto(`${SITE}/${locale}/search/`);
        const misses: string[] = [];
        for (const { url, typed } of rows.filter((row) => row.kind === kind)) {
          for (const spelling of typed) {
            await searchOnPage(page, spelling);
            const cards = await shownCards(page, 'form[data-search-page]');
            const expected = ownersOf(byEveryName, spelling);
            if (!ownPagesFirst(cards, url, expected))
              misses.push(`"${spelling}" → ${cards.join(', ') || 'no card'} (expected ${expected.join(', ')})`);
          }
        }
        expect(misses).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }

  const questions = [
    { edition: 'ar', query: 'المنطقة العازلة', page: '/ar/issues/buffer-zone/' },
    { edition: 'ar', query: 'جبل الشيخ', page: '/ar/issues/mount-hermon/' },
    { edition: 'he', query: 'רמת הגולן', page: '/he/issues/golan-heights/' },
  ];
  it('brings the issue a reader names first, before any person whose name shares a word', async () => {
    const { page } = session();
    const misses: string[] = [];
    for (const { edition, query, page: expected } of questions) {
      await page.goto(`${SITE}/${edition}/search/`);
      await searchOnPage(page, query);
      const first = [...(await shownCards(page, 'form[data-search-page]')), ...(await shownResults(page))][0];
      if (first !== expected) misses.push(`${query} → ${first ?? 'nothing'} (expected ${expected})`);
    }
    expect(misses).toEqual([]);
  });
});

describe('the card', () => {
  it('shows a person’s name in both scripts, side, role and rounds, and keeps their page out of the results below', async () => {
    const { page, errors } = session();
    await page.goto(`${SITE}/search/?q=Sharaa`);
    const card = page.locator('form[data-search-page] .search-card').first();
    await card.waitFor();
    expect(await card.locator('.search-card-title a').textContent()).toBe('Ahmed al-Sharaa');
    expect(await card.locator('.search-card-kind').textContent()).toBe('Person · Syria');
    const arabic = card.locator('.native-name[lang="ar"]').first();
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.textContent()).toMatch(/\p{Script=Arabic}/u);
    expect(await card.locator('.search-card-role').textContent()).not.toBe('');
    expect(await card.locator('.search-card-rounds').textContent()).toMatch(/^(Attended \d+ rounds?|Not in any round)/);
    expect(await shownResults(page)).not.toContain('/people/ahmed-al-sharaa/');
    expect(errors).toEqual([]);
  });

  it('shows an issue’s summary and the rounds it came up in, with the filters applying to the results below', async () => {
    const { page } = session();
    await page.goto(`${SITE}/search/?q=1974+agreement&kind=event`);
    const card = page.locator('form[data-search-page] .search-card').first();
    await card.waitFor();
    await expect
      .poll(() => card.locator('.search-card-title a').getAttribute('href'))
      .toMatch(/^\/issues\/disengagement-agreement-1974\/\?/);
    expect(await card.locator('.search-card-summary').textContent()).not.toBe('');
    expect(await card.locator('.search-card-round-list a').count()).toBeGreaterThan(0);
    const results = await shownResults(page);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((url) => url.startsWith('/events/'))).toBe(true);
  });

  it('comes first in the header panel, in Arabic script and in Hebrew', async () => {
    const { page } = session();
    await page.goto(`${SITE}/`);
    for (const [query, person] of [
      ['الشيباني', '/people/asaad-al-shaibani/'],
      ['יחיאל לייטר', '/people/yechiel-leiter/'],
    ] as const) {
      await page.locator('#site-search-field').fill(query);
      await expect.poll(() => shownCards(page, '#site-search-panel')).toEqual([person]);
    }
  });

  it('is reached and opened from the keyboard before the results', async () => {
    const { page } = session();
    await page.goto(`${SITE}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Leiter');
    const cardLink = page.locator('#site-search-panel .search-card-title a');
    await cardLink.waitFor();
    await page.locator('#site-search-panel a.search-result-title').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-card') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/people/yechiel-leiter/');
    expect(new URL(page.url()).searchParams.getAll('highlight')).toEqual(['Leiter']);
  });
});

describe('a page opened from a search', () => {
  it('highlights a name as the page writes it when the reader typed another spelling', async () => {
    const { page } = session();
    const round = contentFiles('rounds').find((file) => file.body.includes('al-Salama') && !file.source.includes('Salameh'));
    expect(round, 'a round that writes al-Salama and never Salameh').toBeDefined();
    await page.goto(`${SITE}${round?.url ?? '/'}?highlight=Salameh`);
    const marks = page.locator('[data-pagefind-body] mark.pagefind-highlight');
    await marks.first().waitFor({ state: 'attached' });
    expect(await marks.allTextContents()).toContain('al-Salama');
  });

  it('highlights a name typed in Arabic script where the page writes it in Latin letters', async () => {
    const { page } = session();
    await page.goto(`${SITE}/rounds/2025-09-17-london/?highlight=${encodeURIComponent('الشيباني')}`);
    const visible = page.locator('[data-pagefind-body] mark.pagefind-highlight:visible');
    await visible.first().waitFor();
    expect(await visible.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Shaibani/)]));
  });
});

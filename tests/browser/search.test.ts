/**
 * Search on the built site, in Chromium: names in every spelling, issues by
 * their other names, words in bodies, section hits, filters, URL state and
 * the keyboard.
 */
import { describe, expect, it } from 'vitest';
import { SITE, useBrowser } from './browser';
import { aliasesOf, roundsAttendedBy, roundsOnIssue, wordOnlyInOneRound } from './content';
import { openFilters, pagefindUrls, settledStatus, shownResults } from './search-helpers';

const session = useBrowser();

describe('a person is found by every spelling of their name', () => {
  const people = [
    {
      id: 'hussein-al-salama',
      spellings: [
        'Salameh',
        'Hussein Salameh',
        'al-Salamah',
        ...aliasesOf('people', 'hussein-al-salama').filter((alias) => /^[\w' -]+$/.test(alias)),
      ],
    },
    { id: 'asaad-al-shaibani', spellings: ['Shibani', 'Shaibani', 'al-Shaibani', 'Sheybani'] },
    { id: 'tom-barrack', spellings: ['Thomas Barrack', 'Tom Barrack', 'Tom Barak'] },
  ];

  for (const { id, spellings } of people) {
    it(`${id}: their page and every round they attended`, async () => {
      const { page } = session();
      const expected = [`/people/${id}/`, ...roundsAttendedBy(id).map((round) => round.url)];
      expect(expected.length).toBeGreaterThan(1);
      for (const spelling of new Set(spellings)) {
        const urls = await pagefindUrls(page, spelling);
        expect(urls, `search for "${spelling}"`).toEqual(expect.arrayContaining(expected));
      }
    });
  }
});

describe('an issue is found by its other names', () => {
  for (const [alias, id] of [
    ['DMZ', 'demilitarized-south'],
    ['hotline', 'de-escalation-mechanism'],
    ['1974 agreement', 'disengagement-agreement-1974'],
  ] as const) {
    it(`"${alias}" finds the ${id} page and the rounds that took it up`, async () => {
      const { page } = session();
      expect(aliasesOf('issues', id)).toContain(alias);
      const urls = await pagefindUrls(page, alias);
      expect(urls).toEqual(expect.arrayContaining([`/issues/${id}/`, ...roundsOnIssue(id).map((round) => round.url)]));
    });
  }
});

describe('the search page', () => {
  it('finds a word that only one round’s text contains', async () => {
    const { page, errors } = session();
    const { word, round } = wordOnlyInOneRound();
    await page.goto(`${SITE}/search/?q=${word}`);
    await settledStatus(page);
    expect((await shownResults(page))[0]).toBe(round.url);
    expect(errors).toEqual([]);
  });

  it('links a hit in a section straight to that section, where the words are highlighted', async () => {
    const { page, errors } = session();
    await page.goto(`${SITE}/search/?q=red+line`);
    await settledStatus(page);
    const sectionLink = page.locator('.search-result-sections a[href*="#positions"]').first();
    const href = await sectionLink.getAttribute('href');
    expect(href).toMatch(/^\/(rounds|issues)\/[^/]+\/\?highlight=red&highlight=line#positions$/);
    await sectionLink.click();
    await page.waitForURL(/#positions$/);
    await expect
      .poll(() => page.locator('#positions ~ * mark.pagefind-highlight, [data-pagefind-body] mark.pagefind-highlight').count(), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    // The section is scrolled to the top, unless the page ends before it can be. The scroll is smooth where the reader
    // allows motion, so on a loaded machine it may take longer than a poll's default second.
    await expect
      .poll(
        () =>
          page.locator('#positions').evaluate((heading) => {
            const top = heading.getBoundingClientRect().top;
            const atBottom = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
            return top >= 0 && (top < 200 || (atBottom && top < window.innerHeight));
          }),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });

  it('narrows results with filters that show their counts', async () => {
    const { page } = session();
    await page.goto(`${SITE}/search/?q=Paris`);
    await settledStatus(page);
    const before = await pagefindUrls(page, 'Paris');
    await openFilters(page);
    const box = page.locator('input[name="person"][value="hussein-al-salama"]');
    const label = page.locator('label[for="filter-person-hussein-al-salama"]');
    const [, count] = /\((\d+)\)/.exec((await label.textContent()) ?? '') ?? [];
    expect(Number(count)).toBeGreaterThan(0);
    await box.check();
    await expect.poll(() => page.url()).toContain('person=hussein-al-salama');
    const narrowed = await pagefindUrls(page, 'Paris', { person: ['hussein-al-salama'] });
    expect(narrowed.length).toBe(Number(count));
    expect(narrowed.length).toBeLessThan(before.length);
    // The status keeps the unfiltered count until the narrowed search has run.
    await expect.poll(() => settledStatus(page)).toContain(`${narrowed.length} result`);
    expect(new Set(await shownResults(page))).toEqual(new Set(narrowed.slice(0, 20)));
  });

  it('restores a shared search from its URL, and after a reload', async () => {
    const { page } = session();
    await page.goto(`${SITE}/search/?q=buffer&issue=buffer-zone&sort=newest`);
    await settledStatus(page);
    const check = async (): Promise<void> => {
      await expect.poll(() => page.inputValue('#search-query')).toBe('buffer');
      expect(await page.inputValue('#search-sort')).toBe('newest');
      expect(await page.isChecked('input[name="issue"][value="buffer-zone"]')).toBe(true);
    };
    await check();
    const first = await shownResults(page);
    expect(first.length).toBeGreaterThan(1);
    await page.reload();
    await settledStatus(page);
    await check();
    expect(await shownResults(page)).toEqual(first);
  });

  it('sorts by date, newest or oldest first', async () => {
    const { page } = session();
    await page.goto(`${SITE}/search/?q=talks&kind=round&sort=oldest`);
    await settledStatus(page);
    const oldest = await shownResults(page);
    await page.selectOption('#search-sort', 'newest');
    await expect.poll(() => page.url()).toContain('sort=newest');
    await expect.poll(() => shownResults(page)).toEqual([...oldest].reverse());
    expect(oldest.length).toBeGreaterThan(1);
    expect(String(oldest[0]) < String(oldest.at(-1))).toBe(true);
  });

  it('keeps the pages with no date of their own when sorting by date, after the dated ones', async () => {
    const { page } = session();
    await page.goto(`${SITE}/search/?q=Salameh&sort=newest`);
    await settledStatus(page);
    const sorted = await shownResults(page);
    // Hussein al-Salama's own page is the card above the results.
    const found = (await pagefindUrls(page, 'Salameh')).filter((url) => url !== '/people/hussein-al-salama/');
    expect(new Set(sorted)).toEqual(new Set(found));
    const firstUndated = sorted.findIndex((url) => url.startsWith('/people/') || url.startsWith('/notes/') || url.startsWith('/issues/'));
    expect(firstUndated).toBeGreaterThan(0);
    expect(sorted.slice(firstUndated).every((url) => !url.startsWith('/rounds/') && !url.startsWith('/events/'))).toBe(true);
  });

  it('steps back and forward through searches', async () => {
    const { page } = session();
    await page.goto(`${SITE}/search/?q=Hermon`);
    await settledStatus(page);
    const all = await shownResults(page);
    await openFilters(page);
    await page.locator('input[name="kind"][value="round"]').check();
    await expect.poll(() => page.url()).toContain('kind=round');
    await expect.poll(async () => (await shownResults(page)).length).toBeLessThan(all.length);
    const rounds = await shownResults(page);

    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('kind=round');
    await expect.poll(() => shownResults(page)).toEqual(all);
    expect(await page.isChecked('input[name="kind"][value="round"]')).toBe(false);

    await page.goForward();
    await expect.poll(() => shownResults(page)).toEqual(rounds);
    expect(await page.isChecked('input[name="kind"][value="round"]')).toBe(true);
  });

  it('shows twenty results at first, and the next ones below them on asking for more', async () => {
    const { page, errors } = session();
    await page.goto(`${SITE}/search/?q=talks`);
    await settledStatus(page);
    const first = await shownResults(page);
    expect(first).toHaveLength(20);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(async () => (await shownResults(page)).length).toBeGreaterThan(20);
    expect((await shownResults(page)).slice(0, 20)).toEqual(first);
    expect(errors).toEqual([]);
  });

  it('lists everything on a person from their page’s search link, with no words typed', async () => {
    const { page } = session();
    await page.goto(`${SITE}/people/hussein-al-salama/`);
    await page.getByRole('link', { name: /Search every page on/ }).click();
    await page.waitForURL(/\/search\/\?person=hussein-al-salama$/);
    await settledStatus(page);
    expect(await shownResults(page)).toEqual(expect.arrayContaining(roundsAttendedBy('hussein-al-salama').map((round) => round.url)));
  });
});

describe('the header search', () => {
  it('is focused by / from anywhere but a text field, and shows results as the reader types', async () => {
    const { page, errors } = session();
    await page.goto(`${SITE}/rounds/2026-01-05-paris/`);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-field');
    await page.keyboard.type('Salameh');
    const first = page.locator('#site-search-panel a.search-result-title').first();
    await first.waitFor();
    await expect.poll(() => page.locator('[data-search-status]').first().textContent()).toMatch(/\d+ results? for “Salameh”/);
    expect(await page.inputValue('#site-search-field')).toBe('Salameh');
    // A page found only through a hidden spelling shows its summary, not the list of spellings.
    const round = page.locator('#site-search-panel .search-result', { has: page.locator('a[href^="/rounds/2026-01-05-paris/"]') });
    const excerpt = (await round.locator('.search-result-excerpt').first().textContent()) ?? '';
    expect(excerpt).toContain('Found by the spelling “Salameh”');
    expect(excerpt.split(' · ').length).toBeLessThan(3);
    expect(errors).toEqual([]);
  });

  it('does not take / from a reader typing in another field', async () => {
    const { page } = session();
    await page.goto(`${SITE}/search/`);
    await page.locator('#search-query').fill('');
    await page.locator('#search-query').focus();
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#search-query')).toBe('a/b');
    expect(await page.inputValue('#site-search-field')).toBe('');
  });

  it('opens a result with the arrow keys and Enter, and Escape clears', async () => {
    const { page } = session();
    await page.goto(`${SITE}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Shaibani');
    const links = page.locator('#site-search-panel a[href]');
    await links.first().waitFor();
    const secondHref = await links.nth(1).getAttribute('href');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(secondHref);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-field');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#site-search-field')).toBe('');
    expect(await page.locator('#site-search-panel').isHidden()).toBe(true);

    await page.keyboard.type('Shaibani');
    await links.first().waitFor();
    const firstHref = await links.first().getAttribute('href');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.search}` === firstHref);
  });
});

/** Ways the browser tests drive search: Pagefind's own API on a served page, and the search page's UI. */
import type { Page } from 'playwright-core';
import { SITE } from './browser';

/** Every result URL Pagefind returns for a query (without the highlight parameter), best first. */
export async function pagefindUrls(page: Page, query: string, filters: Record<string, string[]> = {}): Promise<string[]> {
  if (!page.url().startsWith(SITE)) await page.goto(`${SITE}/`);
  // A string, not a function: the test runner rewrites dynamic imports inside functions it compiles.
  const urls = await page.evaluate<string[]>(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const found = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    const fragments = await Promise.all(found.results.map((result) => result.data()));
    return fragments.map((fragment) => fragment.url);
  })()`);
  return urls.map((url) => url.split('?')[0] ?? url);
}

/** The result links the search page shows, in order, without the highlight parameter. */
export async function shownResults(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('form[data-search-page] [data-search-results] a.search-result-title')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('?')[0] ?? href);
}

/** A count of results in any edition: "12 results", "12 نتيجة", "12 תוצאות". */
const RESULT_COUNT = /result|نتيج|نتائج|תוצא/;

/** The search page's status line once a search has finished ("12 results for …", in the page's edition). */
export async function settledStatus(page: Page): Promise<string> {
  const status = page.locator('form[data-search-page] [data-search-status]');
  await status.filter({ hasText: RESULT_COUNT }).waitFor();
  return (await status.textContent()) ?? '';
}

/** The words of a search as each edition's status line quotes them: “Hermon”, «الجولان», "גולן". */
export function quotedInStatus(query: string): RegExp {
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`[“«"]${escaped}[”»"]`);
}

/** The pages of the cards a search shows before its results, in order, without the highlight parameter. */
export async function shownCards(page: Page, within: string): Promise<string[]> {
  const hrefs = await page
    .locator(`${within} [data-search-cards] .search-card-title a`)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('?')[0] ?? href);
}

/** Types `query` into the search page's field at once and waits until the page shows its results. */
export async function searchOnPage(page: Page, query: string): Promise<void> {
  await page.locator('#search-query').fill(query);
  const status = page.locator('form[data-search-page] [data-search-status]');
  await status.filter({ hasText: quotedInStatus(query) }).waitFor();
}

/** Unfolds the search page's filters, which start folded above the results unless the address chose some. */
export async function openFilters(page: Page): Promise<void> {
  const box = page.locator('form[data-search-page] [data-search-filters-box]');
  if ((await box.getAttribute('open')) === null) await box.locator('summary').click();
}

/** The figures the benchmark reports: index size, page weight, and what a first search costs a reader. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import type { Browser, BrowserContext } from 'playwright-core';

/** The gzipped copies the build writes beside text files for servers that send them as they are: not more content. */
const isPrecompressed = (path: string): boolean => path.endsWith('.gz');

/** Bytes of every file under `dir`, without the precompressed copies. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, path) => {
    const stats = statSync(join(dir, path));
    return stats.isFile() && !isPrecompressed(path) ? sum + stats.size : sum;
  }, 0);
}

/** The search index proper: what Pagefind's search loads, without its optional ready-made UIs. */
export function indexBytes(bundle: string): number {
  const uiFile = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;
  return readdirSync(bundle, { recursive: true, encoding: 'utf8' }).reduce((sum, path) => {
    const stats = statSync(join(bundle, path));
    return stats.isFile() && !uiFile.test(path) && !isPrecompressed(path) ? sum + stats.size : sum;
  }, 0);
}

/** A bundle's static import of a sibling bundle, as Vite writes it: `import"./a.js";` or `import{t as e}from"./b.js";`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w{}$,*\s]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g;

/** Gzipped bytes of a built page and the CSS and scripts it links, as a reader first downloads them. */
export function pageWeight(siteDir: string, path: string): { html: number; css: number; js: number } {
  const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
  const gz = (file: string): number => gzipSync(readFileSync(join(siteDir, file))).length;
  const linked = (pattern: RegExp): string[] => [...html.matchAll(pattern)].map((match) => match[1] ?? '');
  const js = new Set(linked(/<script[^>]+src="([^"]+)"/g));
  // A module script's static imports, and theirs, are fetched before it runs; its import()s wait for a reader.
  for (const file of js) {
    for (const [, imported] of readFileSync(join(siteDir, file), 'utf8').matchAll(STATIC_IMPORT)) js.add(`/_astro/${imported}`);
  }
  return {
    html: gzipSync(html).length,
    css: linked(/<link rel="stylesheet" href="([^"]+)"/g).reduce((sum, file) => sum + gz(file), 0),
    js: [...js].reduce((sum, file) => sum + gz(file), 0),
  };
}

export interface FirstSearch {
  /** Milliseconds from focusing the header field to the first result on screen. */
  milliseconds: number;
  /** Bytes fetched in that time (bodies as sent). */
  bytes: number;
  requests: number;
}

/**
 * One reader's first search on a page, from focusing the header field and
 * typing a query to the first result shown. `cached` reuses the context's
 * HTTP cache from an earlier search; otherwise the context is new.
 */
export async function timeSearch(browser: Browser, url: string, query: string, context?: BrowserContext): Promise<FirstSearch> {
  const ownContext = context ?? (await browser.newContext());
  const page = await ownContext.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((size) => size.responseBodySize)));
  const started = performance.now();
  await page.focus('#site-search-field');
  await page.keyboard.type(query);
  await page.locator('#site-search-panel a.search-result-title').first().waitFor();
  const milliseconds = performance.now() - started;
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await page.close();
  if (!context) await ownContext.close();
  return { milliseconds, bytes, requests: sizes.length };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse's four scores (0–100) for a page, run on the Chromium listening on `port`. */
export async function lighthouseScores(url: string, port: number): Promise<Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const score = (category: string): number => Math.round((result.lhr.categories[category]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  };
}

/** How long a typed search keeps a reader waiting, against how long Pagefind itself takes for the same words. */
export interface TypedSearch {
  /** Milliseconds from the last keystroke to the results of the whole query on screen. */
  lastKeystrokeToResults: number;
  /** Milliseconds Pagefind's own `search` and the data of the results shown take, in a page with the index loaded. */
  pagefindOwn: number;
}

/** The results the header panel shows, and so the fragments Pagefind's own time includes. */
const RESULTS_SHOWN = 6;

/**
 * A reader focuses the header field, waits a second (the search code, the
 * index and the cards load), then types `query` at `keyDelay` ms a key, or
 * pastes it in one go when `keyDelay` is undefined. The
 * page records the time of the last keystroke and of the status line naming
 * the whole query in the edition's words, written as the results are drawn. Then, on a
 * fresh page with the index loaded the same way, a bare field whose input
 * runs Pagefind's search and loads the first fragments, and nothing else, is
 * given the whole query at once and timed.
 */
export async function timeTypedSearch(browser: Browser, url: string, query: string, keyDelay: number | undefined): Promise<TypedSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.focus('#site-search-field');
    await page.waitForTimeout(1000);
    await page.evaluate((whole) => {
      const field = document.querySelector<HTMLInputElement>('#site-search-field');
      const status = document.querySelector('#site-search-panel')?.closest('form')?.querySelector('[data-search-status]');
      const times = { lastKey: 0, shown: 0 };
      (window as unknown as { typedSearch: typeof times }).typedSearch = times;
      field?.addEventListener('input', () => (times.lastKey = performance.now()));
      if (status)
        new MutationObserver(() => {
          // Each edition quotes the words its own way: “Hermon”, «الجولان», "גולן".
          const quoted = ['“”', '«»', '""'].some(([open, close]) => status.textContent.endsWith(`${open}${whole}${close}`));
          if (times.shown === 0 && quoted) times.shown = performance.now();
        }).observe(status, { childList: true, characterData: true, subtree: true });
    }, query);
    if (keyDelay === undefined) await page.fill('#site-search-field', query);
    else await page.keyboard.type(query, { delay: keyDelay });
    await page.waitForFunction(() => (window as unknown as { typedSearch: { shown: number } }).typedSearch.shown > 0);
    const typed = await page.evaluate(() => (window as unknown as { typedSearch: { lastKey: number; shown: number } }).typedSearch);

    const own = await context.newPage();
    await own.goto(url, { waitUntil: 'networkidle' });
    // The least any search field could do, driven the same way: a bare field whose input event runs Pagefind alone.
    // A string, not a function: the test runner rewrites dynamic imports inside functions it compiles.
    await own.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const field = document.createElement('input');
      field.id = 'bare-search-field';
      document.body.prepend(field);
      window.bareSearch = 0;
      field.addEventListener('input', async () => {
        const started = performance.now();
        const found = await pagefind.search(field.value);
        await Promise.all(found.results.slice(0, ${RESULTS_SHOWN}).map((result) => result.data()));
        window.bareSearch = performance.now() - started;
      });
    })()`);
    await own.focus('#bare-search-field');
    await own.waitForTimeout(1000);
    await own.fill('#bare-search-field', query);
    await own.waitForFunction(() => (window as unknown as { bareSearch: number }).bareSearch > 0);
    const pagefindOwn = await own.evaluate(() => (window as unknown as { bareSearch: number }).bareSearch);
    return { lastKeystrokeToResults: typed.shown - typed.lastKey, pagefindOwn };
  } finally {
    await context.close();
  }
}

/**
 * Indexes the built site with Pagefind as the last step of every build, so
 * search always covers exactly the pages that were built. A failed index
 * fails the build: a site whose search silently misses pages is not shipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR } from '../lib/search-client-config';

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
}

/** The built pages marked for the index: the article of every content page. */
function markedPages(site: string): number {
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
  return files.filter((path) => readFileSync(join(site, path), 'utf8').includes('data-pagefind-body')).length;
}

/** How many pages the written index holds, from Pagefind's own entry file. */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          // One language for every page: the site is English whatever its regional tag, and one index keeps one set of stems.
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          failOn('creating the index', created.errors);
          if (!created.index) throw new Error('Search index: Pagefind returned no index');
          // Without any marked page Pagefind would index every page whole, menus and all.
          const marked = markedPages(site);
          if (marked === 0) throw new Error(`Search index: no page in ${site} is marked data-pagefind-body`);
          const added = await created.index.addDirectory({ path: site });
          failOn('reading the built pages', added.errors);
          const bundle = join(site, SEARCH_BUNDLE_DIR);
          const written = await created.index.writeFiles({ outputPath: bundle });
          failOn('writing the index', written.errors);
          const indexed = indexedPages(bundle);
          if (indexed !== marked)
            throw new Error(`Search index: ${marked} pages are marked data-pagefind-body but ${indexed} were indexed`);
          logger.info(`indexed ${indexed} pages into /${SEARCH_BUNDLE_DIR}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

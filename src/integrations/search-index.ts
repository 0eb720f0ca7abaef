/**
 * Indexes the built site with Pagefind as the last step of every build, so
 * search always covers exactly the pages that were built. A failed index
 * fails the build: a site whose search silently misses pages is not shipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { isContentPage, isMovedAddress, SEARCH_BUNDLE_DIR, SEARCH_BUNDLE_URL } from '@/lib/base/urls';
import { withBareForms } from '@/lib/search/hebrew-prefixes';

/**
 * Hands one built page to the index as search should read it, with its Hebrew words' forms without prefixes, which the
 * page itself does not carry (see hebrew-prefixes.ts). The page keeps what only the index reads until the headers step
 * publishes it without (see index-only.ts), in the one rewrite every page gets.
 */
async function indexPage(index: pagefind.PagefindIndex, site: string, path: string): Promise<string[]> {
  const added = await index.addHTMLFile({ sourcePath: path, content: withBareForms(readFileSync(join(site, path), 'utf8')) });
  return added.errors;
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
}

/** Every HTML file of the built site, by its path inside it. */
function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(
    (path) => path.endsWith('.html') && !path.startsWith(`${SEARCH_BUNDLE_DIR}${sep}`),
  );
}

/** How many pages are handed to Pagefind at once. */
const PAGES_AT_ONCE = 64;

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
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        // Every content page and nothing else carries data-pagefind-body, so the index must hold exactly as many pages;
        // an old address under a collection's folder only forwards to its page.
        const expected = pages.filter((page) => isContentPage(page.pathname) && !isMovedAddress(page.pathname)).length;
        try {
          // Each edition is indexed in its own language, from its pages' <html lang>: Arabic with Arabic stems, and the
          // search page of each edition loads its own.
          const created = await pagefind.createIndex();
          failOn('creating the index', created.errors);
          const { index } = created;
          if (!index) throw new Error('Search index: Pagefind returned no index');
          // A few pages at a time: reading every page of a large site into memory at once would take more memory than
          // the rest of the build.
          const errors: string[] = [];
          const files = htmlFiles(site);
          for (let start = 0; start < files.length; start += PAGES_AT_ONCE) {
            const added = await Promise.all(files.slice(start, start + PAGES_AT_ONCE).map((path) => indexPage(index, site, path)));
            errors.push(...added.flat());
          }
          failOn('reading the built pages', errors);
          const bundle = join(site, SEARCH_BUNDLE_DIR);
          const written = await index.writeFiles({ outputPath: bundle });
          failOn('writing the index', written.errors);
          const indexed = indexedPages(bundle);
          if (indexed !== expected) {
            throw new Error(
              `Search index: the site has ${expected} content pages but ${indexed} were indexed; every content page, and no other, must be marked data-pagefind-body`,
            );
          }
          logger.info(`indexed ${indexed} pages into ${SEARCH_BUNDLE_URL}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

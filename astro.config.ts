import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { atomicOutput } from '@/integrations/atomic-output';
import { httpHeaders } from '@/integrations/http-headers';
import { searchIndex } from '@/integrations/search-index';
import { DEFAULT_LOCALE, editionOf, LOCALES } from '@/lib/base/locales';
import { inSitemap, withDefaultAlternate } from '@/lib/publish/sitemap';
import { SITE_URL } from '@/site';

export default defineConfig({
  site: process.env['SITE_URL'] ?? SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets always as files, cached across pages; no inline style needs a hash in the Content Security Policy,
  // which the build makes from the pages it wrote (src/integrations/http-headers.ts), with Astro's security.csp off.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Builds that run side by side (the build tests, the bench) each keep their own cache.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  // atomicOutput last: the search index and the sitemap are written into the staging folder before it is swapped in.
  // The sitemap has no lastmod: it is written from the built addresses alone, and each article page states its own
  // dates (article:modified_time, dateModified) where crawlers read them.
  // httpHeaders after every step that writes files: it lists them all, to set their caching and compress them.
  integrations: [
    searchIndex(),
    sitemap({
      filter: inSitemap,
      serialize: withDefaultAlternate,
      // Each page's other editions as hreflang alternates, as its head lists them.
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, editionOf(locale).lang])) },
    }),
    httpHeaders(),
    atomicOutput(),
  ],
  // English at the root, Arabic under /ar/ and Hebrew under /he/: every page is routed in each (src/pages/[...lang]/).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  markdown: {
    // Content bodies are rendered by the record loader (src/loaders/record-loader.ts) through src/remark/pipeline.ts;
    // remark stays the processor for any other Markdown, with no syntax highlighting, whose inline styles the CSP would block.
    syntaxHighlight: false,
    processor: unified(),
  },
});

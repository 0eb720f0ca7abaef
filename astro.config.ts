import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { atomicOutput } from './src/integrations/atomic-output';
import { httpHeaders } from './src/integrations/http-headers';
import { searchIndex } from './src/integrations/search-index';
import { inSitemap } from './src/lib/sitemap';
import { SITE_URL } from './src/site';

export default defineConfig({
  site: process.env['SITE_URL'] ?? SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets always as files: an inline one would put its own hash in its page's policy, and the site sends one
  // Content Security Policy header for every page (src/lib/http-headers.ts). Files are cached across pages, too.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Builds that run side by side (the build tests, the bench) each keep their own cache.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  // atomicOutput last: the search index and the sitemap are written into the staging folder before it is swapped in.
  // The sitemap has no lastmod: it is written from the built addresses alone, and each article page states its own
  // dates (article:modified_time, dateModified) where crawlers read them.
  // httpHeaders after every step that writes files: it lists them all, to set their caching and compress them.
  integrations: [searchIndex(), sitemap({ filter: inSitemap }), httpHeaders(), atomicOutput()],
  security: {
    // A <meta> policy on every page; Astro adds the hashes of the scripts and styles it emits.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval'; nothing else is evaluated.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Content bodies are rendered by the record loader (src/loaders/record-loader.ts) through src/remark/pipeline.ts;
    // remark stays the processor for any other Markdown, with no syntax highlighting, whose inline styles the CSP would block.
    syntaxHighlight: false,
    processor: unified(),
  },
});

import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { CONTENT_DIR } from './src/content-dir';
import { readContentIndex } from './src/integrations/content-index';
import { atomicOutput } from './src/integrations/atomic-output';
import { contentGuard } from './src/integrations/content-guard';
import { searchIndex } from './src/integrations/search-index';
import { PAGE_SECTION_IDS, personUrl } from './src/lib/urls';
import { remarkExternalLinks } from './src/remark/remark-external-links';
import { remarkInternalLinks } from './src/remark/remark-internal-links';
import { remarkPersonMentions } from './src/remark/remark-person-mentions';
import { remarkSafeHtml } from './src/remark/remark-safe-html';
import { remarkSectionAnchors } from './src/remark/remark-section-anchors';
import { remarkSourceCitations } from './src/remark/remark-source-citations';
import { SITE_URL } from './src/site';

const index = readContentIndex(CONTENT_DIR);

export default defineConfig({
  site: process.env['SITE_URL'] ?? SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // atomicOutput last: the search index is written into the staging folder before it is swapped in.
  integrations: [contentGuard(CONTENT_DIR), searchIndex(), atomicOutput()],
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
    // Bodies hold no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [
        remarkSafeHtml,
        [
          remarkPersonMentions,
          { people: index.people, urlFor: personUrl, subjectOf: (file: { path: string }) => /\/people\/([^/]+)\.md$/.exec(file.path)?.[1] },
        ],
        [remarkSectionAnchors, { reservedIds: PAGE_SECTION_IDS }],
        [remarkInternalLinks, { pages: index.pages }],
        remarkSourceCitations,
        remarkExternalLinks,
      ],
    }),
  },
});

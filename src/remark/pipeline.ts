/**
 * The one Markdown pipeline of the site: remark with the project's plugins,
 * in order, configured from the index of the record. The record loader renders
 * every body with it; the tests and the benchmark's reference site use it too.
 */
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import { COLLECTIONS, PAGE_PREFIX, PAGE_SECTION_IDS, pageOf, personUrl, type CollectionName } from '@/lib/base/urls';
import type { ContentIndex } from '@/lib/content/content-files';
import { NUMBERED_ID_PATTERNS } from '@/lib/model/page-anchors';
import { remarkEmptySections } from '@/remark/remark-empty-sections';
import { remarkExternalLinks } from '@/remark/remark-external-links';
import { remarkHeadingLevels } from '@/remark/remark-heading-levels';
import { remarkInternalLinks } from '@/remark/remark-internal-links';
import { remarkPersonMentions } from '@/remark/remark-person-mentions';
import { remarkSafeHtml } from '@/remark/remark-safe-html';
import { remarkSectionAnchors } from '@/remark/remark-section-anchors';
import { remarkSourceCitations } from '@/remark/remark-source-citations';
import { SITE_URL } from '@/site';

/** A content file's path: its collection and its id, and for a translation (2026-01-05-paris.ar.md) its language. */
const CONTENT_FILE = new RegExp(`/(${COLLECTIONS.join('|')})/([^/.]+)(?:\\.[a-z]{2})?\\.md$`);

/** The person a file is about, from its page: /people/<id>/ for content/people/<id>.md. */
function personOfPage(page: string | undefined): string | undefined {
  return page?.startsWith(PAGE_PREFIX.people) ? page.slice(PAGE_PREFIX.people.length, -1) : undefined;
}

/** The page a content file is the body of, from its path: content/rounds/<id>.md is /rounds/<id>/. */
function pageOfFile(path: string | undefined): string | undefined {
  const [, collection, id] = (path === undefined ? undefined : CONTENT_FILE.exec(path)) ?? [];
  return collection === undefined || id === undefined ? undefined : pageOf(collection as CollectionName, id);
}

/** The remark processor for bodies, for Astro's `markdown.processor` or for rendering directly. */
export function contentProcessor(index: ContentIndex, locale: Locale = DEFAULT_LOCALE) {
  return unified({
    remarkPlugins: [
      remarkSafeHtml,
      remarkHeadingLevels,
      remarkEmptySections,
      [
        remarkPersonMentions,
        {
          people: index.people,
          urlFor: personUrl,
          subjectOf: (file: { path?: string }) => personOfPage(pageOfFile(file.path)),
          pageOf: (file: { path?: string }) => pageOfFile(file.path),
        },
      ],
      [
        remarkSectionAnchors,
        { reservedIds: PAGE_SECTION_IDS, reservedPatterns: NUMBERED_ID_PATTERNS, linkLabel: uiStrings(locale).sectionLink },
      ],
      [
        remarkInternalLinks,
        { pages: index.pages, anchors: index.anchors, pageOf: (file: { path?: string }) => pageOfFile(file.path), siteUrl: SITE_URL },
      ],
      remarkSourceCitations,
      remarkExternalLinks,
    ],
  });
}

/** A renderer of bodies to HTML. Bodies hold no code, so there is no syntax highlighting (Shiki's inline styles would break the CSP too). */
export function createContentRenderer(index: ContentIndex, locale: Locale = DEFAULT_LOCALE): Promise<MarkdownRenderer> {
  return contentProcessor(index, locale).createRenderer({ syntaxHighlight: false });
}

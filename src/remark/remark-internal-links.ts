import type { Definition, Html, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { closestIds } from '@/lib/content/references';

export interface InternalLinksOptions {
  /** Every page path the site publishes, with its trailing slash: "/rounds/2026-01-05-paris/". */
  pages?: ReadonlySet<string>;
  /** The ids a link may point to on each page of the record, by the page's path; the anchors of other pages are not checked. */
  anchors?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The path of the page a file is the body of: relative links and in-page anchors are read against it. */
  pageOf?: (file: VFile) => string | undefined;
  /** The site's own address: a link to a page of the site is written root-relative, so it works wherever the site is. */
  siteUrl?: string;
}

/** An `<a>` element in raw HTML, whose link no check can read. */
const HTML_LINK = /<a\s[^>]*href/i;

/** A link with a scheme (https:, mailto:) or protocol-relative (//host) leaves the site. */
const LEAVES_SITE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** An address of another site written without its scheme: www.reuters.com/…, or reuters.com/…. */
const LOOKS_LIKE_ANOTHER_SITE = /^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/|$))/i;

/**
 * Where a body link leads on this site, its path and its anchor (decoded, "" for none), read against the page `here`
 * it is on; undefined for a link that leaves the site, or that is relative on a page not known.
 * @example linkTarget('../2026-01-05-paris/#positions', '/rounds/2025-09-17-london/') // { path: '/rounds/2026-01-05-paris/', anchor: 'positions' }
 */
export function linkTarget(url: string, here: string | undefined): { path: string; anchor: string } | undefined {
  if (LEAVES_SITE.test(url) || (!url.startsWith('/') && here === undefined)) return undefined;
  const resolved = new URL(url, new URL(here ?? '/', 'https://site.invalid'));
  const anchor = resolved.hash.slice(1);
  try {
    return { path: resolved.pathname, anchor: decodeURIComponent(anchor) };
  } catch {
    return { path: resolved.pathname, anchor };
  }
}

/**
 * Fails the build when a link in a body points to no page, or to no section
 * of a page of the record, so a renamed or mistyped link never reaches
 * readers. Root-relative links, links relative to the page and in-page
 * anchors are checked; links to other sites are left alone. A link to the
 * site's own address, or one written in HTML, is refused: neither is checked.
 *
 * @example
 * // "[round four](/rounds/2025-09-17-london/)" passes when that round exists;
 * // "[round four](/rounds/2025-09-17-londn/)" stops the build at its line;
 * // "[positions](/rounds/2025-09-17-london/#positons)" stops it too: the page has no such section.
 */
export function remarkInternalLinks(options: InternalLinksOptions = {}) {
  const pages = options.pages ?? new Set<string>();
  const anchors = options.anchors ?? new Map<string, ReadonlySet<string>>();
  return (tree: Root, file: VFile) => {
    const here = options.pageOf?.(file);
    visit(tree, 'html', (node: Html) => {
      if (HTML_LINK.test(node.value))
        file.fail('A link written in HTML is not checked: write it in Markdown, [text](/issues/buffer-zone/).', node);
    });
    visit(tree, ['link', 'definition'], (node) => {
      const { url } = node as Link | Definition;
      if (options.siteUrl !== undefined && url.startsWith(`${options.siteUrl}/`)) {
        const path = url.slice(options.siteUrl.length);
        file.fail(`The link to ${url} names the site's own address: write it ${path}, so it works wherever the site is published.`, node);
      }
      const target = linkTarget(url, here);
      if (target === undefined) return;
      const { path, anchor } = target;
      if (!pages.has(path)) {
        const hint = pages.has(`${path}/`)
          ? ` (did you mean ${path}/? page links end with a slash)`
          : LOOKS_LIKE_ANOTHER_SITE.test(url)
            ? ' (a link to another site starts with https://)'
            : '';
        const read = url.startsWith('/') ? '' : ` (${path}, read from this page's address)`;
        file.fail(`The link to ${url}${read} points to no page on this site${hint}.`, node);
      }
      const ids = anchors.get(path);
      if (anchor === '' || ids === undefined || ids.has(anchor)) return;
      file.fail(
        `The link to ${url} points to no section #${anchor} of ${path === here ? 'this page' : path} (the nearest it has: ` +
          `${closestIds(anchor, ids, 3)}); link to a section the page has, or to the page alone.`,
        node,
      );
    });
  };
}

/**
 * What the sitemap lists and how crawlers find it: every page a reader can
 * land on, and none of the addresses that only forward to another page.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { isEmbedPath } from '@/lib/base/embeds';
import { DEFAULT_LOCALE, editionOf, englishPath } from '@/lib/base/locales';
import { SHORT_LINK_PREFIX, absoluteUrl, isMovedAddress } from '@/lib/base/urls';

/** The sitemap index @astrojs/sitemap writes at the site's root. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** Addresses that only forward: the moved addresses and the short links. Listing them would only point crawlers at pages listed already. */
function isRedirect(pathname: string): boolean {
  return isMovedAddress(pathname) || pathname.startsWith(SHORT_LINK_PREFIX);
}

/**
 * True for a page the sitemap lists, in any edition: a page at a folder address (the site publishes every page as
 * one), but not a redirect, a page not found, or an embeddable card (its full page is the one to list).
 * @example inSitemap('https://example.org/rounds/2026-01-05-paris/') // true
 * @example inSitemap('https://example.org/ar/r/5/') // false
 */
export function inSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  const page = englishPath(pathname);
  return pathname.endsWith('/') && !isRedirect(page) && page !== '/404/' && !isEmbedPath(page);
}

/** robots.txt: every page open to crawlers, and the sitemap's absolute address, as the robots.txt standard requires. */
export function robotsTxt(site: string | URL): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(SITEMAP_INDEX_PATH, site)}`, ''].join('\n');
}

/**
 * A sitemap entry with its `x-default` alternate beside the editions' own: the English page, for a reader whose
 * language is none of the editions', as each page's head names it.
 * @example withDefaultAlternate({ url: 'https://example.org/ar/', links: [{ lang: 'en-GB', url: 'https://example.org/' }] }).links.at(-1) // { lang: 'x-default', url: 'https://example.org/' }
 */
export function withDefaultAlternate(item: SitemapItem): SitemapItem {
  const english = item.links?.find((link) => link.lang === editionOf(DEFAULT_LOCALE).lang);
  return english === undefined ? item : { ...item, links: [...(item.links ?? []), { lang: 'x-default', url: english.url }] };
}

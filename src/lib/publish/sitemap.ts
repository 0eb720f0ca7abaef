/**
 * What the sitemap lists and how crawlers find it: every page a reader can
 * land on, and none of the addresses that only forward to another page.
 */
import { SHORT_LINK_PREFIX, absoluteUrl, isMovedAddress } from '@/lib/base/urls';

/** The sitemap index @astrojs/sitemap writes at the site's root. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** Addresses that only forward: the moved addresses and the short links. Listing them would only point crawlers at pages listed already. */
function isRedirect(pathname: string): boolean {
  return isMovedAddress(pathname) || pathname.startsWith(SHORT_LINK_PREFIX);
}

/**
 * True for a page the sitemap lists: a page at a folder address (the site
 * publishes every page as one), but not a redirect or the missing page.
 * @example inSitemap('https://example.org/rounds/2026-01-05-paris/') // true
 * @example inSitemap('https://example.org/r/5/') // false
 */
export function inSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') && !isRedirect(pathname) && pathname !== '/404/';
}

/** robots.txt: every page open to crawlers, and the sitemap's absolute address, as the robots.txt standard requires. */
export function robotsTxt(site: string | URL): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(SITEMAP_INDEX_PATH, site)}`, ''].join('\n');
}

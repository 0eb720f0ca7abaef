/**
 * The sitemap and robots.txt of the built site, read as files: the sitemap
 * lists every page a reader can land on, and no redirect and no missing
 * page; robots.txt names it by its absolute address.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isEmbedPath } from '@/lib/base/embeds';
import { englishPath, localizedPath } from '@/lib/base/locales';
import { builtPages, readPage } from '@tests/helpers/html';
import { isNotFoundFile, isRedirectPage } from '@tests/helpers/integrity';

const siteDir = inject('siteDir');
/** The site's address, as the build wrote it into the home page's canonical link. */
const site = /<link rel="canonical" href="([^"]+)"/.exec(readPage(siteDir, '/'))?.[1] ?? '';

const locsIn = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => loc);
const fileOf = (url: string): string => join(siteDir, new URL(url).pathname);

describe('the sitemap', () => {
  const index = fileOf(new URL('/sitemap-index.xml', site).href);

  it('lists every built page, and none of the redirects, the short links or the missing page', () => {
    expect(existsSync(index)).toBe(true);
    const sitemaps = locsIn(readFileSync(index, 'utf8'));
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((sitemap) => {
      expect(sitemap.startsWith(site), sitemap).toBe(true);
      return locsIn(readFileSync(fileOf(sitemap), 'utf8'));
    });
    const pages = builtPages(siteDir)
      // The embeddable cards are shown in other sites' pages; their full pages are the ones to list.
      .filter(({ file, url, html }) => !isNotFoundFile(file) && !isRedirectPage(html) && !isEmbedPath(url))
      .map(({ url }) => new URL(url, site).href);
    expect(pages.some((url) => url.includes('/r/'))).toBe(false);
    expect([...listed].sort()).toEqual([...pages].sort());
  });

  it("names each page's three editions and its x-default, the English, as the page's head does", () => {
    const sitemaps = locsIn(readFileSync(index, 'utf8')).map((sitemap) => readFileSync(fileOf(sitemap), 'utf8'));
    const entries = sitemaps.flatMap((xml) => [...xml.matchAll(/<url>(.*?)<\/url>/g)].map(([, entry = '']) => entry));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const loc = locsIn(entry)[0] ?? '';
      const alternates = Object.fromEntries(
        [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
          ([, lang = '', href = '']) => [lang, href] as const,
        ),
      );
      const english = new URL(englishPath(new URL(loc).pathname), site).href;
      expect(alternates, loc).toEqual({
        'en-GB': english,
        ar: new URL(localizedPath(englishPath(new URL(loc).pathname), 'ar'), site).href,
        he: new URL(localizedPath(englishPath(new URL(loc).pathname), 'he'), site).href,
        'x-default': english,
      });
    }
  });
});

describe('robots.txt', () => {
  it('names the sitemap index by its absolute address on the configured site', () => {
    const robots = readFileSync(join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`);
  });
});

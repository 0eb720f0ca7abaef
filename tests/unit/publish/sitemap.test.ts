import { describe, expect, it } from 'vitest';
import { REDIRECTS, shortLinkUrl } from '@/lib/base/urls';
import { inSitemap, robotsTxt, SITEMAP_INDEX_PATH, withDefaultAlternate } from '@/lib/publish/sitemap';

const SITE = 'https://example.org';

describe('inSitemap', () => {
  it('lists the pages a reader can land on', () => {
    for (const path of ['/', '/rounds/2026-01-05-paris/', '/people/', '/years/2025/', '/search/']) {
      expect(inSitemap(`${SITE}${path}`), path).toBe(true);
    }
  });

  it('lists every page of the Arabic and Hebrew editions too', () => {
    for (const path of ['/ar/', '/he/rounds/2026-01-05-paris/', '/ar/people/']) expect(inSitemap(`${SITE}${path}`), path).toBe(true);
  });

  it('leaves out the moved addresses, the short links and the pages not found, in every edition', () => {
    for (const path of [...Object.keys(REDIRECTS), shortLinkUrl(5), '/404/', '/404', '/ar/404/', '/he/r/5/', '/ar/newest-first/']) {
      expect(inSitemap(`${SITE}${path}`), path).toBe(false);
    }
  });

  it('leaves out the embeddable cards of every edition, whose full pages are listed', () => {
    for (const path of ['/embed/rounds/2026-01-05-paris/', '/ar/embed/issues/buffer-zone/', '/he/embed/timeline/']) {
      expect(inSitemap(`${SITE}${path}`), path).toBe(false);
    }
  });

  it('leaves out files that are not pages', () => {
    expect(inSitemap(`${SITE}/robots.txt`)).toBe(false);
    expect(inSitemap(`${SITE}/search/cards.json`)).toBe(false);
  });
});

describe('withDefaultAlternate', () => {
  it('adds the English page as the x-default alternate beside the editions', () => {
    const links = [
      { lang: 'en-GB', url: `${SITE}/people/` },
      { lang: 'ar', url: `${SITE}/ar/people/` },
      { lang: 'he', url: `${SITE}/he/people/` },
    ];
    expect(withDefaultAlternate({ url: `${SITE}/ar/people/`, links }).links).toEqual([
      ...links,
      { lang: 'x-default', url: `${SITE}/people/` },
    ]);
  });

  it('leaves an entry with no English alternate as it is', () => {
    expect(withDefaultAlternate({ url: `${SITE}/x/` })).toEqual({ url: `${SITE}/x/` });
  });
});

describe('robotsTxt', () => {
  it('opens the site to every crawler and names the sitemap index by its absolute address', () => {
    const robots = robotsTxt('https://talks.example.net/');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(robots).toContain(`\nSitemap: https://talks.example.net${SITEMAP_INDEX_PATH}\n`);
  });
});

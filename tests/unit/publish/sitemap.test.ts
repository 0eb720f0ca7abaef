import { describe, expect, it } from 'vitest';
import { REDIRECTS, shortLinkUrl } from '@/lib/base/urls';
import { inSitemap, robotsTxt, SITEMAP_INDEX_PATH } from '@/lib/publish/sitemap';

const SITE = 'https://example.org';

describe('inSitemap', () => {
  it('lists the pages a reader can land on', () => {
    for (const path of ['/', '/rounds/2026-01-05-paris/', '/people/', '/years/2025/', '/search/']) {
      expect(inSitemap(`${SITE}${path}`), path).toBe(true);
    }
  });

  it('leaves out the moved addresses, the short links and the missing page', () => {
    for (const path of [...Object.keys(REDIRECTS), shortLinkUrl(5), '/404/', '/404']) {
      expect(inSitemap(`${SITE}${path}`), path).toBe(false);
    }
  });

  it('leaves out files that are not pages', () => {
    expect(inSitemap(`${SITE}/robots.txt`)).toBe(false);
    expect(inSitemap(`${SITE}/search/cards.json`)).toBe(false);
  });
});

describe('robotsTxt', () => {
  it('opens the site to every crawler and names the sitemap index by its absolute address', () => {
    const robots = robotsTxt('https://talks.example.net/');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(robots).toContain(`\nSitemap: https://talks.example.net${SITEMAP_INDEX_PATH}\n`);
  });
});

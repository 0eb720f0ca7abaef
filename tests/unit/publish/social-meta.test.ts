import { describe, expect, it } from 'vitest';
import { articleDates, linkPreviewTags, SITE_CARD, siteCardAlt, type MetaTag } from '@/lib/publish/social-meta';
import { SITE_TITLE } from '@/site';

const SITE = 'https://example.org';
const page = { title: 'Paris talks resume', description: 'Teams met in Paris.', url: `${SITE}/rounds/2026-01-05-paris/` };

const tagMap = (tags: MetaTag[]) => new Map(tags.map((tag) => [tag.key, tag]));

describe('articleDates', () => {
  it('dates an article by its own day and its newest update', () => {
    expect(articleDates('2026-01-05', [{ date: '2026-02-01' }, { date: '2026-01-20' }])).toEqual({
      published: '2026-01-05',
      modified: '2026-02-01',
    });
    expect(articleDates('2026-01-05', [])).toEqual({ published: '2026-01-05', modified: '2026-01-05' });
  });

  it('dates a page with no day of its own only by its newest update, when it has one', () => {
    expect(articleDates(undefined, [{ date: '2026-02-01' }, { date: '2026-03-01' }])).toEqual({ modified: '2026-03-01' });
    expect(articleDates(undefined, [])).toEqual({});
  });
});

describe('linkPreviewTags', () => {
  it('gives Open Graph and a large Twitter card the same title, description and absolute image', () => {
    const tags = tagMap(linkPreviewTags(page, SITE));
    const content = (key: string) => tags.get(key)?.content;
    expect(content('og:title')).toBe(page.title);
    expect(content('twitter:title')).toBe(page.title);
    expect(content('og:description')).toBe(page.description);
    expect(content('twitter:description')).toBe(page.description);
    expect(content('og:url')).toBe(page.url);
    expect(content('og:site_name')).toBe(SITE_TITLE);
    expect(content('og:image')).toBe(`${SITE}${SITE_CARD.path}`);
    expect(content('twitter:image')).toBe(`${SITE}${SITE_CARD.path}`);
    expect(content('og:image:width')).toBe('1200');
    expect(content('og:image:height')).toBe('630');
    expect(content('og:image:alt')).toBe(
      `${SITE_TITLE}: the sourced public record of the US-mediated Israel–Syria security talks, round by round`,
    );
    expect(content('twitter:image:alt')).toBe(content('og:image:alt'));
    expect(content('twitter:card')).toBe('summary_large_image');
  });

  it('names no address for the page shown at every address that does not exist', () => {
    const missing = tagMap(linkPreviewTags({ title: 'Page not found', description: 'No page here.' }, SITE));
    expect(missing.has('og:url')).toBe(false);
    expect(missing.get('og:title')?.content).toBe('Page not found');
  });

  it('puts Open Graph keys in property and Twitter keys in name', () => {
    for (const tag of linkPreviewTags(page, SITE)) {
      expect(tag.attribute, tag.key).toBe(tag.key.startsWith('twitter:') ? 'name' : 'property');
    }
  });

  it('makes an article of a content page, with its days, and a website of any other page', () => {
    const article = tagMap(linkPreviewTags({ ...page, article: { published: '2026-01-05', modified: '2026-01-09' } }, SITE));
    expect(article.get('og:type')?.content).toBe('article');
    expect(article.get('article:published_time')?.content).toBe('2026-01-05');
    expect(article.get('article:modified_time')?.content).toBe('2026-01-09');
    const undated = tagMap(linkPreviewTags({ ...page, article: {} }, SITE));
    expect(undated.get('og:type')?.content).toBe('article');
    expect(undated.has('article:published_time')).toBe(false);
    const other = tagMap(linkPreviewTags(page, SITE));
    expect(other.get('og:type')?.content).toBe('website');
    expect(other.has('article:modified_time')).toBe(false);
  });

  it('writes the locale as Open Graph does, and names the other editions as its alternates', () => {
    const tags = linkPreviewTags(page, SITE);
    expect(tags.filter((tag) => tag.key === 'og:locale').map((tag) => tag.content)).toEqual(['en_GB']);
    expect(tags.filter((tag) => tag.key === 'og:locale:alternate').map((tag) => tag.content)).toEqual(['ar_AR', 'he_IL']);
  });
});

describe('the link previews of the Arabic and Hebrew editions', () => {
  it("give the edition's locale, with the two others as alternates", () => {
    const arabic = linkPreviewTags(page, SITE, 'ar');
    expect(arabic.filter((tag) => tag.key === 'og:locale').map((tag) => tag.content)).toEqual(['ar_AR']);
    expect(arabic.filter((tag) => tag.key === 'og:locale:alternate').map((tag) => tag.content)).toEqual(['en_GB', 'he_IL']);
    const hebrew = linkPreviewTags(page, SITE, 'he');
    expect(hebrew.filter((tag) => tag.key === 'og:locale:alternate').map((tag) => tag.content)).toEqual(['en_GB', 'ar_AR']);
  });

  it("name the site and describe its picture in the edition's language", () => {
    const hebrew = tagMap(linkPreviewTags(page, SITE, 'he'));
    expect(hebrew.get('og:site_name')?.content).toBe('תיעוד השיחות בין ישראל לסוריה');
    expect(hebrew.get('og:image:alt')?.content).toBe(siteCardAlt('he'));
    expect(hebrew.get('twitter:image:alt')?.content).toBe(siteCardAlt('he'));
    expect(siteCardAlt('ar')).toBe(
      'سجل المحادثات السورية الإسرائيلية: السجل العام الموثّق للمحادثات الأمنية بين إسرائيل وسوريا بوساطة أمريكية، جولةً بعد جولة',
    );
    expect(siteCardAlt('he')).toMatch(/^תיעוד השיחות בין ישראל לסוריה: התיעוד הציבורי/);
  });
});

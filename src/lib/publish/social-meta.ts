/**
 * What a link preview shows when a page is shared: the Open Graph tags that
 * chat apps and social sites read, and the Twitter card tags X reads.
 */
import { DEFAULT_LOCALE, editionOf, LOCALES, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import { absoluteUrl } from '@/lib/base/urls';
import { lastChangedDay } from '@/lib/model/updates';

/** The picture every preview shows: the site's name and what it is, drawn from src/assets/site-card.svg. */
export const SITE_CARD = {
  path: '/site-card.png',
  type: 'image/png',
  width: 1200,
  height: 630,
} as const;

/**
 * What the preview's picture shows, in an edition's words.
 * @example siteCardAlt('en') // "Israel–Syria Talks Record: the sourced public record of the US-mediated Israel–Syria security talks, round by round"
 */
export function siteCardAlt(locale: Locale = DEFAULT_LOCALE): string {
  const ui = uiStrings(locale);
  return ui.publishing.siteCardAlt(ui.siteTitle);
}

/** The days an article page carries, as YYYY-MM-DD; a page with no day of its own (a person, an issue) has at most its newest update. */
export interface ArticleDates {
  published?: string | undefined;
  modified?: string | undefined;
}

/**
 * The days of an article: the day it is dated by (a held round's start, an event's day) and the day it last changed.
 * A page with no day of its own (a person, an issue, a note) is dated only by its newest update, when it has one.
 * @example articleDates('2026-01-05', [{ date: '2026-01-07', note: '…' }]) // { published: '2026-01-05', modified: '2026-01-07' }
 * @example articleDates(undefined, [{ date: '2026-01-07', note: '…' }]) // { modified: '2026-01-07' }
 */
export function articleDates(published: string | undefined, updates: readonly { date: string }[]): ArticleDates {
  if (published !== undefined) return { published, modified: lastChangedDay(published, updates) };
  return updates.length > 0 ? { modified: lastChangedDay('', updates) } : {};
}

/** A page as its preview shows it. */
export interface PreviewPage {
  /** The page's own title, without the site's name: previews show the site's name on its own. */
  title: string;
  description: string;
  /** The page's canonical address, absolute; none for the page shown at every address that does not exist. */
  url?: string | undefined;
  /** Set for a content page, which previews as an article; other pages are part of the website. */
  article?: ArticleDates | undefined;
}

/** One `<meta>` tag: Open Graph names its key in `property`, Twitter cards in `name`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/**
 * The preview tags of a page of an edition, on a site published at `site`: the site's name, the picture's words and
 * the locale are the edition's, and the other editions are named as its alternate locales. The image is absolute, as
 * every reader of the tags requires.
 */
export function linkPreviewTags(page: PreviewPage, site: string | URL, locale: Locale = DEFAULT_LOCALE): MetaTag[] {
  const image = absoluteUrl(SITE_CARD.path, site);
  const alt = siteCardAlt(locale);
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  const article = (key: string, content: string | undefined): MetaTag[] =>
    content === undefined ? [] : [{ attribute: 'property', key: `article:${key}`, content }];
  return [
    og('site_name', uiStrings(locale).siteTitle),
    og('locale', editionOf(locale).ogLocale),
    ...LOCALES.filter((other) => other !== locale).map((other) => og('locale:alternate', editionOf(other).ogLocale)),
    og('type', page.article ? 'article' : 'website'),
    og('title', page.title),
    og('description', page.description),
    ...(page.url === undefined ? [] : [og('url', page.url)]),
    og('image', image),
    og('image:type', SITE_CARD.type),
    og('image:width', String(SITE_CARD.width)),
    og('image:height', String(SITE_CARD.height)),
    og('image:alt', alt),
    ...article('published_time', page.article?.published),
    ...article('modified_time', page.article?.modified),
    twitter('card', 'summary_large_image'),
    twitter('title', page.title),
    twitter('description', page.description),
    twitter('image', image),
    twitter('image:alt', alt),
  ];
}

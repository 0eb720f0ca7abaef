/** One page of every type the site publishes, to run the same checks across them all, in each edition. */
import { issueEmbedUrl, roundEmbedUrl, TIMELINE_EMBED_URL } from '@/lib/base/embeds';
import { LOCALES, localizedPath, type Locale } from '@/lib/base/locales';
import { contentFiles } from './content';

export interface PageType {
  name: string;
  path: string;
  locale: Locale;
}

const first = (collection: string): string => {
  const file = contentFiles(collection)[0];
  if (!file) throw new Error(`content/${collection}/ is empty`);
  return file.url;
};

/** What the search page type searches for: "red lines" in each edition's words, which its index finds. */
const SEARCHED_WORDS: Record<Locale, string> = { en: 'red lines', ar: 'الخطوط الحمراء', he: 'קווים אדומים' };

/** The search page type's address in an edition: its words, filtered to one issue. */
export const searchPath = (locale: Locale): string =>
  localizedPath(`/search/?${new URLSearchParams({ q: SEARCHED_WORDS[locale], issue: 'buffer-zone' }).toString()}`, locale);

/** Every page type by its English address; the search page's differs by edition. */
const ENGLISH_PAGE_TYPES: Omit<PageType, 'locale'>[] = [
  { name: 'timeline', path: '/' },
  { name: 'a year of the timeline', path: '/years/2025/' },
  { name: 'round', path: '/rounds/2026-01-05-paris/' },
  { name: 'event', path: first('events') },
  { name: 'people index', path: '/people/' },
  { name: 'person', path: '/people/hussein-al-salama/' },
  { name: 'issues index', path: '/issues/' },
  { name: 'issue', path: '/issues/buffer-zone/' },
  { name: 'note', path: first('notes') },
  { name: 'open data', path: '/data/' },
  { name: 'positions matrix', path: '/positions/' },
  { name: 'red-lines board', path: '/red-lines/' },
  { name: 'who was in the room', path: '/delegations/' },
  { name: 'two rounds compared', path: '/compare/2025-09-17-london/2026-01-05-paris/' },
  { name: 'compare form', path: '/compare/' },
  { name: 'corrections', path: '/corrections/' },
  { name: 'how the record is made', path: '/methods/' },
  { name: 'search', path: searchPath('en') },
  { name: '404', path: '/no-such-page/' },
  { name: 'round card', path: roundEmbedUrl('2026-01-05-paris') },
  { name: 'issue card', path: issueEmbedUrl('buffer-zone') },
  { name: 'mini timeline', path: TIMELINE_EMBED_URL },
];

/** One page of every type in an edition, at the English's address below the edition's prefix. */
export const pageTypesOf = (locale: Locale): PageType[] =>
  ENGLISH_PAGE_TYPES.map(({ name, path }) => ({
    name,
    locale,
    path: name === 'search' ? searchPath(locale) : localizedPath(path, locale),
  }));

/** One page of every type, in English. */
export const PAGE_TYPES: PageType[] = pageTypesOf('en');

/** One page of every type in every edition: English, Arabic and Hebrew. */
export const EDITION_PAGE_TYPES: PageType[] = LOCALES.flatMap(pageTypesOf);

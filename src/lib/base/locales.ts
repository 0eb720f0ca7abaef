/**
 * The site's editions: English, the record's source of truth, at the root, and its Arabic and Hebrew translations
 * under /ar/ and /he/. Every page exists in each, at the same address below the edition's prefix, so a link to a
 * page or a section works in any language once its prefix is changed.
 */

/** Every edition, English first. */
export const LOCALES = ['en', 'ar', 'he'] as const;

export type Locale = (typeof LOCALES)[number];

/** The words of one part of the interface in every edition, each with the English's keys. */
export type InEveryEdition<T> = Record<Locale, T>;

/** The edition at the root, whose files are the record; the others translate it. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** The editions that translate the English. */
export const TRANSLATED_LOCALES = ['ar', 'he'] as const satisfies readonly Exclude<Locale, typeof DEFAULT_LOCALE>[];

export type TranslatedLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;

/** True for one of the site's editions. */
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** True for an edition that translates the English. */
export const isTranslatedLocale = (value: unknown): value is TranslatedLocale => (TRANSLATED_LOCALES as readonly unknown[]).includes(value);

/** Which way an edition's lines run: left to right, or right to left. */
export type Direction = 'ltr' | 'rtl';

interface Edition {
  /** `<html lang>`: British English, as the record is written; the other two by language alone. */
  lang: string;
  dir: Direction;
  /** The edition's name in its own language, as the language switcher offers it. */
  name: string;
  /** Open Graph's locale: language and territory. */
  ogLocale: string;
}

const EDITIONS: Record<Locale, Edition> = {
  en: { lang: 'en-GB', dir: 'ltr', name: 'English', ogLocale: 'en_GB' },
  ar: { lang: 'ar', dir: 'rtl', name: 'العربية', ogLocale: 'ar_AR' },
  he: { lang: 'he', dir: 'rtl', name: 'עברית', ogLocale: 'he_IL' },
};

/** What an edition is written in: its `lang`, its direction, its name and its Open Graph locale. */
export const editionOf = (locale: Locale): Edition => EDITIONS[locale];

/**
 * The arrow that points onward, from earlier to later, in an edition's reading direction.
 * @example onwardArrow('en') // "→"
 * @example onwardArrow('ar') // "←"
 */
export const onwardArrow = (locale: Locale): string => (EDITIONS[locale].dir === 'rtl' ? '←' : '→');

/** The path every page of an edition starts with: "" for English, "/ar" for Arabic. */
export const editionPrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/**
 * A page's address in an edition, from its address in English; any other address (a file, an outside link) unchanged.
 * @example localizedPath('/rounds/2026-01-05-paris/#positions', 'ar') // "/ar/rounds/2026-01-05-paris/#positions"
 * @example localizedPath('/', 'he') // "/he/"
 */
export function localizedPath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith('/') || path.startsWith('//')) return path;
  return `${editionPrefix(locale)}${path}`;
}

/**
 * The edition a path belongs to, from its first segment.
 * @example localeOfPath('/ar/rounds/2026-01-05-paris/') // "ar"
 * @example localeOfPath('/rounds/2026-01-05-paris/') // "en"
 */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isTranslatedLocale(first) ? first : DEFAULT_LOCALE;
}

/**
 * A path's address in English: the same page without its edition's prefix.
 * @example englishPath('/ar/rounds/2026-01-05-paris/') // "/rounds/2026-01-05-paris/"
 * @example englishPath('/he/') // "/"
 */
export function englishPath(pathname: string): string {
  const locale = localeOfPath(pathname);
  return locale === DEFAULT_LOCALE ? pathname : pathname.slice(editionPrefix(locale).length);
}

/** The route parameter that puts a page in an edition: undefined for English (at the root), the locale otherwise. */
export const editionParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

/** A start tag whose address may lead to another page of the site. */
const LINKING_TAG = /<(?:a|link|form)\b[^>]*>/g;
/** A root-relative address in a tag: href="/…" or action="/…". */
const ROOT_RELATIVE = /(\s(?:href|action)=")(\/[^"]*)"/;

/**
 * A page of an edition as written, with every link to another page of the site kept in the edition: a root-relative
 * address of a page (it ends with a slash, before any query or fragment) gains the edition's prefix. Files (feeds,
 * data, scripts, the icon) are shared by every edition and are left as they are, and so is a link that names its
 * language (`hreflang`): it leads to another edition on purpose.
 * @example localizeLinks('<a href="/people/">', 'ar') // '<a href="/ar/people/">'
 * @example localizeLinks('<link rel="alternate" href="/feed.xml">', 'ar') // unchanged
 */
export function localizeLinks(html: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return html;
  return html.replace(LINKING_TAG, (tag) => {
    if (tag.includes(' hreflang=')) return tag;
    return tag.replace(ROOT_RELATIVE, (whole, attribute: string, address: string) => {
      const path = address.split(/[?#]/)[0] ?? '';
      if (!path.endsWith('/') || localeOfPath(path) !== DEFAULT_LOCALE) return whole;
      return `${attribute}${localizedPath(address, locale)}"`;
    });
  });
}

/**
 * The editions a build publishes: all of them, or those a comma-separated list names (BUILD_EDITIONS=en), to measure
 * one edition's cost or to develop quickly. English, which the others translate, is always built.
 * @example editionsToBuild(undefined) // ["en", "ar", "he"]
 * @example editionsToBuild('en') // ["en"]
 */
export function editionsToBuild(list: string | undefined): Locale[] {
  if (list === undefined || list.trim() === '') return [...LOCALES];
  const named = list.split(',').map((locale) => locale.trim());
  const unknown = named.filter((locale) => !isLocale(locale));
  if (unknown.length > 0) throw new Error(`BUILD_EDITIONS names ${unknown.join(', ')}, which is not an edition: use ${LOCALES.join(', ')}`);
  return LOCALES.filter((locale) => locale === DEFAULT_LOCALE || named.includes(locale));
}

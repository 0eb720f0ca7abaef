/**
 * The search-quality table's rows, read from content/: every person and issue, with its page and every spelling,
 * in English and in each translated edition.
 */
import { localizedPath, TRANSLATED_LOCALES, type TranslatedLocale } from '@/lib/base/locales';
import { nameWords } from '@/lib/base/name-match';
import { contentFiles, translationFiles } from './content';

export interface SpelledPage {
  kind: 'person' | 'issue';
  url: string;
  /** The name or title first, then the aliases, then any forms in Arabic or Hebrew script. */
  spellings: string[];
}

/** A person's or issue's row in an edition: the names a reader of that edition types, and every name its card knows. */
export interface EditionRow extends SpelledPage {
  /** The person's name in the edition and their native form in its script; the issue's title and aliases in the edition. */
  typed: string[];
}

const listed = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const unique = (items: readonly string[]): string[] => [...new Set(items)];

export function spelledPages(): SpelledPage[] {
  return [
    ...contentFiles('people').map((file) => ({
      kind: 'person' as const,
      url: file.url,
      spellings: [
        String(file.frontmatter['name']),
        ...listed(file.frontmatter['aliases']).map(String),
        ...listed(file.frontmatter['nativeNames']).map((native) => String((native as { name: unknown }).name)),
      ],
    })),
    ...contentFiles('issues').map((file) => ({
      kind: 'issue' as const,
      url: file.url,
      spellings: [String(file.frontmatter['title']), ...listed(file.frontmatter['aliases']).map(String)],
    })),
  ];
}

/** The front matter of each translation of a collection into `locale`, by the English file's id. */
function translatedFrontMatter(collection: 'people' | 'issues', locale: TranslatedLocale): Map<string, Record<string, unknown>> {
  return new Map(translationFiles(collection, locale).map((file) => [file.id, file.frontmatter]));
}

/**
 * Every person and issue as an edition's search knows them: a person by their names in every edition and script, an
 * issue by its title and aliases in the edition and in English (see searchCards), at the edition's address.
 */
export function editionRows(locale: TranslatedLocale): EditionRow[] {
  const english = spelledPages();
  const names = TRANSLATED_LOCALES.map((each) => translatedFrontMatter('people', each));
  const people = contentFiles('people').map((file, i): EditionRow => {
    const own = names[TRANSLATED_LOCALES.indexOf(locale)]?.get(file.id)?.['name'];
    const native = listed(file.frontmatter['nativeNames'])
      .map((form) => form as { name: unknown; lang: unknown })
      .filter((form) => form.lang === locale)
      .map((form) => String(form.name));
    const inEdition = typeof own === 'string' ? own : String(file.frontmatter['name']);
    const everyName = names.flatMap((edition) => {
      const name = edition.get(file.id)?.['name'];
      return typeof name === 'string' ? [name] : [];
    });
    return {
      kind: 'person',
      url: localizedPath(file.url, locale),
      typed: unique([inEdition, ...native]),
      spellings: unique([inEdition, ...(english[i]?.spellings ?? []), ...everyName]),
    };
  });
  const titles = translatedFrontMatter('issues', locale);
  const issues = contentFiles('issues').map((file): EditionRow => {
    const translated = titles.get(file.id);
    const typed = translated ? [String(translated['title']), ...listed(translated['aliases']).map(String)] : [];
    const inEnglish = [String(file.frontmatter['title']), ...listed(file.frontmatter['aliases']).map(String)];
    return { kind: 'issue', url: localizedPath(file.url, locale), typed: unique(typed), spellings: unique([...typed, ...inEnglish]) };
  });
  return [...people, ...issues];
}

/** A spelling as search compares it: "منطقة منزوعة السلاح" and "المنطقة منزوعة السلاح" read alike. */
const asSearchReadsIt = (spelling: string): string => [...new Set(nameWords(spelling))].sort().join(' ');

/** The pages each spelling belongs to, as search reads spellings. */
export type SpellingOwners = ReadonlyMap<string, readonly string[]>;

/**
 * Each page a spelling belongs to, counting spellings search reads alike as one: most belong to one, a few ("Mazloum
 * Abdi") to a person and an issue.
 */
export function ownersOfSpellings(pages: readonly SpelledPage[]): SpellingOwners {
  const owners = new Map<string, string[]>();
  for (const { url, spellings } of pages) {
    for (const key of new Set(spellings.map(asSearchReadsIt))) {
      const urls = owners.get(key) ?? [];
      if (!urls.includes(url)) owners.set(key, [...urls, url]);
    }
  }
  return owners;
}

/** The pages a spelling belongs to (see ownersOfSpellings). */
export const ownersOf = (owners: SpellingOwners, spelling: string): readonly string[] => owners.get(asSearchReadsIt(spelling)) ?? [];

/** Whether `shown` (pages in order) puts the spelling's own pages first, in any order among themselves, and holds `url`. */
export function ownPagesFirst(shown: readonly string[], url: string, owners: readonly string[]): boolean {
  return shown.includes(url) && shown.slice(0, owners.length).toSorted().join() === owners.toSorted().join();
}

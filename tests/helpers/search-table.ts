/** The search-quality table's rows, read from content/: every person and issue, with its page and every spelling. */
import { contentFiles } from './content';

export interface SpelledPage {
  kind: 'person' | 'issue';
  url: string;
  /** The name or title first, then the aliases, then any forms in Arabic or Hebrew script. */
  spellings: string[];
}

const listed = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

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

/** Each page a spelling belongs to: most belong to one, a few ("Mazloum Abdi") to a person and an issue. */
export function ownersOfSpellings(pages: readonly SpelledPage[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const { url, spellings } of pages) {
    for (const spelling of new Set(spellings)) owners.set(spelling, [...(owners.get(spelling) ?? []), url]);
  }
  return owners;
}

/** Whether `shown` (pages in order) puts the spelling's own pages first, in any order among themselves, and holds `url`. */
export function ownPagesFirst(shown: readonly string[], url: string, owners: readonly string[]): boolean {
  return shown.includes(url) && shown.slice(0, owners.length).toSorted().join() === owners.toSorted().join();
}

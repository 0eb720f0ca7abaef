/**
 * The search-quality table, read from content/ so it grows with the record:
 * every spelling of every person and issue (name, each alias, each form in
 * Arabic or Hebrew script) names that person or issue first, by the rule the
 * browser runs (src/lib/name-match.ts). The browser tests run each person's
 * and issue's own name, and every native form, through the real search UI.
 */
import { describe, expect, it } from 'vitest';
import { namedBy, type Named } from '../../src/lib/name-match';
import { SEARCH_CARDS_SHOWN } from '../../src/lib/search-client-config';
import { contentFiles } from '../helpers/content';

interface Spelled extends Named {
  url: string;
}

const people: Spelled[] = contentFiles('people').map((file) => ({
  kind: 'person',
  url: file.url,
  spellings: [
    file.frontmatter['name'] as string,
    ...((file.frontmatter['aliases'] as string[] | undefined) ?? []),
    ...((file.frontmatter['nativeNames'] as { name: string }[] | undefined) ?? []).map((native) => native.name),
  ],
}));
const issues: Spelled[] = contentFiles('issues').map((file) => ({
  kind: 'issue',
  url: file.url,
  spellings: [file.frontmatter['title'] as string, ...((file.frontmatter['aliases'] as string[] | undefined) ?? [])],
}));
const everything = [...people, ...issues];

/** Each page a spelling belongs to: most belong to one, a few ("Mazloum Abdi") to a person and an issue. */
const owners = new Map<string, string[]>();
for (const { url, spellings } of everything) {
  for (const spelling of new Set(spellings)) owners.set(spelling, [...(owners.get(spelling) ?? []), url]);
}

describe('the search-quality table', () => {
  it('holds every person and issue, with spellings in Arabic and Hebrew script', () => {
    expect(people.length).toBeGreaterThanOrEqual(25);
    expect(issues.length).toBeGreaterThanOrEqual(12);
    expect(owners.size).toBeGreaterThan(300);
    expect([...owners.keys()].some((spelling) => /\p{Script=Arabic}/u.test(spelling))).toBe(true);
    expect([...owners.keys()].some((spelling) => /\p{Script=Hebrew}/u.test(spelling))).toBe(true);
  });

  for (const [kind, list] of [
    ['person', people],
    ['issue', issues],
  ] as const) {
    it(`names each ${kind} first by their name and every other spelling`, () => {
      const misses = list.flatMap(({ url, spellings }) =>
        [...new Set(spellings)].flatMap((spelling) => {
          const named = namedBy(spelling, everything, SEARCH_CARDS_SHOWN).map((each) => each.url);
          const expected = owners.get(spelling) ?? [];
          // The spelling's own pages come first, in any order among themselves.
          const first = named.slice(0, expected.length).sort();
          return named.includes(url) && first.join() === [...expected].sort().join()
            ? []
            : [`"${spelling}" → ${named.join(', ') || 'nothing'} (expected ${expected.join(', ')})`];
        }),
      );
      expect(misses).toEqual([]);
    });
  }
});

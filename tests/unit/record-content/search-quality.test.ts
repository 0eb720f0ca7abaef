/**
 * The search-quality table, read from content/ so it grows with the record:
 * every spelling of every person and issue (name, each alias, each form in
 * Arabic or Hebrew script) names that person or issue first, by the rule the
 * browser runs (src/lib/base/name-match.ts). The browser tests run each person's
 * and issue's own name, and every native form, through the real search UI.
 */
import { describe, expect, it } from 'vitest';
import { namedBy } from '@/lib/base/name-match';
import { SEARCH_CARDS_SHOWN } from '@/lib/search/search-client-config';
import { TRANSLATED_LOCALES } from '@/lib/base/locales';
import { editionRows, ownersOf, ownersOfSpellings, ownPagesFirst, spelledPages } from '@tests/helpers/search-table';

const everything = spelledPages();
const owners = ownersOfSpellings(everything);
const people = everything.filter((page) => page.kind === 'person');
const issues = everything.filter((page) => page.kind === 'issue');

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
          const expected = ownersOf(owners, spelling);
          return ownPagesFirst(named, url, expected)
            ? []
            : [`"${spelling}" → ${named.join(', ') || 'nothing'} (expected ${expected.join(', ')})`];
        }),
      );
      expect(misses).toEqual([]);
    });
  }
});

describe('the search-quality table in each edition', () => {
  for (const locale of TRANSLATED_LOCALES) {
    const rows = editionRows(locale);
    const byEveryName = ownersOfSpellings(rows);

    it(`${locale}: holds every person and issue, each issue with its title in the edition`, () => {
      expect(rows.filter((row) => row.kind === 'person')).toHaveLength(people.length);
      expect(rows.filter((row) => row.kind === 'issue').every((row) => row.typed.length > 0)).toBe(true);
    });

    it(`${locale}: names each person and issue first by their names, title and aliases in the edition`, () => {
      const misses = rows.flatMap(({ url, typed }) =>
        typed.flatMap((spelling) => {
          const named = namedBy(spelling, rows, SEARCH_CARDS_SHOWN).map((each) => each.url);
          const expected = ownersOf(byEveryName, spelling);
          return ownPagesFirst(named, url, expected)
            ? []
            : [`"${spelling}" → ${named.join(', ') || 'nothing'} (expected ${expected.join(', ')})`];
        }),
      );
      expect(misses).toEqual([]);
    });
  }
});

/** The names of the search page's filter values in an edition, written by the build into the page. */
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { SIDES, sideLabel } from '@/lib/base/sides';
import { uiStrings } from '@/lib/base/ui';
import type { Entry } from '@/lib/record/entries';
import type { Issue, Person } from '@/lib/record/schemas';
import { SEARCH_KINDS } from '@/lib/search/search-facets';
import type { SearchLabels } from '@/lib/search/search-labels';

/** The names of the filters' values in an edition: people and issues as its record names them (pass the edition's). */
export function searchLabels(
  people: readonly Entry<Person>[],
  issues: readonly Entry<Issue>[],
  locale: Locale = DEFAULT_LOCALE,
): SearchLabels {
  const { kinds } = uiStrings(locale).search;
  return {
    person: Object.fromEntries(people.map((person) => [person.id, person.data.name])),
    issue: Object.fromEntries(issues.map((issue) => [issue.id, issue.data.title])),
    side: Object.fromEntries(SIDES.map((side) => [side, sideLabel(side, locale)])),
    year: {},
    kind: Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, kinds[kind]])),
  };
}

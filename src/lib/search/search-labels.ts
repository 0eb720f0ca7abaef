/** The names the search page shows for filter values, which Pagefind stores as ids. */
import { SIDES, sideLabel } from '@/lib/base/sides';
import type { Entry } from '@/lib/record/entries';
import type { Issue, Person } from '@/lib/record/schemas';
import { SEARCH_KINDS, SEARCH_KIND_LABELS, type SearchFilter } from '@/lib/search/search-facets';

export type SearchLabels = Record<SearchFilter, Record<string, string>>;

export const SEARCH_FILTER_LEGENDS: Record<SearchFilter, string> = {
  person: 'People',
  issue: 'Issues',
  side: 'Sides',
  year: 'Year',
  kind: 'Kind of page',
};

export function searchLabels(people: readonly Entry<Person>[], issues: readonly Entry<Issue>[]): SearchLabels {
  return {
    person: Object.fromEntries(people.map((person) => [person.id, person.data.name])),
    issue: Object.fromEntries(issues.map((issue) => [issue.id, issue.data.title])),
    side: Object.fromEntries(SIDES.map((side) => [side, sideLabel(side)])),
    year: {},
    kind: Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, SEARCH_KIND_LABELS[kind]])),
  };
}

/** The label of a filter value; a year, or an id the labels do not know, stands for itself. */
export function labelOf(labels: SearchLabels, filter: SearchFilter, value: string): string {
  return labels[filter][value] ?? value;
}

/** JSON that is safe inside a <script type="application/json"> element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

export interface FacetOption {
  value: string;
  label: string;
  /** How many results there would be with this value chosen too. */
  count: number;
  checked: boolean;
}

/**
 * The choices of one filter: every value the index knows, chosen ones first,
 * then by how many results each would give; years newest first.
 */
export function facetOptions(
  filter: SearchFilter,
  known: Record<string, number>,
  counts: Record<string, number>,
  selected: readonly string[],
  labels: SearchLabels,
): FacetOption[] {
  const values = new Set([...Object.keys(known), ...selected]);
  const options = [...values].map((value) => ({
    value,
    label: labelOf(labels, filter, value),
    count: counts[value] ?? 0,
    checked: selected.includes(value),
  }));
  return options.sort((a, b) => {
    if (a.checked !== b.checked) return a.checked ? -1 : 1;
    if (filter === 'year') return b.value.localeCompare(a.value);
    return b.count - a.count || a.label.localeCompare(b.label);
  });
}

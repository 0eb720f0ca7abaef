/** The names the search page shows for filter values, which Pagefind stores as ids: browser-safe, for the filters it draws. */
import type { PageWords, PanelWords } from '@/lib/base/browser-words';
import type { SearchFilter } from '@/lib/search/search-facets';

export type SearchLabels = Record<SearchFilter, Record<string, string>>;

/** What the search page hands its script, in its edition: the names of the filters' values, and the words the script writes. */
export interface SearchPageData {
  labels: SearchLabels;
  page: PageWords;
  panel: PanelWords;
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

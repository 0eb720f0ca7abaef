/**
 * A search as a URL: `/search/?q=red+lines&person=roman-gofman&issue=buffer-zone&sort=newest`.
 * One parser and one writer, so a shared link restores exactly the search it was copied from.
 */
import { DEFAULT_LOCALE, localizedPath, type Locale } from '@/lib/base/locales';
import { SEARCH_PAGE_URL, withQuery } from '@/lib/base/urls';
import { SEARCH_FILTERS, type SearchFilter } from '@/lib/search/search-facets';

/** The orders results can be listed in; relevance is the default and is left out of URLs. */
export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchState {
  query: string;
  filters: Record<SearchFilter, string[]>;
  sort: SearchSort;
}

export function emptyFilters(): Record<SearchFilter, string[]> {
  return { person: [], issue: [], side: [], year: [], kind: [] };
}

const isSort = (value: string | null): value is SearchSort => (SEARCH_SORTS as readonly (string | null)[]).includes(value);

/** Reads a search from URL parameters; unknown parameters and repeated values are dropped. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const filter of SEARCH_FILTERS) {
    filters[filter] = [
      ...new Set(
        params
          .getAll(filter)
          .map((value) => value.trim())
          .filter((value) => value !== ''),
      ),
    ];
  }
  const sort = params.get('sort');
  return { query: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** Writes a search as URL parameters in a stable order, so one search always has one URL. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  for (const filter of SEARCH_FILTERS) {
    for (const value of [...state.filters[filter]].sort()) params.append(filter, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** The address of an edition's search page for this state: `/search/?person=hussein-al-salama`, `/ar/search/?q=…`. */
export function searchUrl(
  state: { query?: string; filters?: Partial<Record<SearchFilter, string[]>>; sort?: SearchSort },
  locale: Locale = DEFAULT_LOCALE,
): string {
  const params = searchStateToParams({
    query: state.query ?? '',
    sort: state.sort ?? 'relevance',
    filters: { ...emptyFilters(), ...state.filters },
  });
  const query = params.toString();
  return withQuery(localizedPath(SEARCH_PAGE_URL, locale), query);
}

export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || SEARCH_FILTERS.some((filter) => state.filters[filter].length > 0);
}

/**
 * The filters as Pagefind takes them. A page has one kind and usually one year,
 * so two kinds or two years mean either; it can have many people, issues and
 * sides, so two people mean pages with both.

 */
export function pagefindFilters(filters: Record<SearchFilter, string[]>): Record<string, { any: string[] } | { all: string[] }> {
  const selected: Record<string, { any: string[] } | { all: string[] }> = {};
  for (const filter of SEARCH_FILTERS) {
    const values = filters[filter];
    if (values.length === 0) continue;
    selected[filter] = filter === 'kind' || filter === 'year' ? { any: values } : { all: values };
  }
  return selected;
}

/** Pagefind's sort for an order, undefined for relevance. */
export function pagefindSort(sort: SearchSort): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}

/** Results sorted by date, then the results that have no date (people, issues, notes) in their order of relevance. */
export function datedFirst<T extends { id: string }>(sortedByDate: readonly T[], all: readonly T[]): T[] {
  const dated = new Set(sortedByDate.map((result) => result.id));
  return [...sortedByDate, ...all.filter((result) => !dated.has(result.id))];
}

/** The words of a search without the quotation marks that ask Pagefind for an exact phrase; undefined when there are none. */
export function unquoted(term: string): string | undefined {
  if (!/["“”]/.test(term)) return undefined;
  return term.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The pages that hold a quoted phrase, in the order the same words rank them
 * without quotes: Pagefind finds a phrase's pages but ranks them all alike.
 */
export function inOrderOf<T extends { id: string }>(matches: readonly T[], ranked: readonly T[]): T[] {
  const rank = new Map(ranked.map((result, i) => [result.id, i]));
  const rankOf = (result: T) => rank.get(result.id) ?? ranked.length;
  return [...matches].sort((a, b) => rankOf(a) - rankOf(b));
}

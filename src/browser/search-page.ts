/**
 * The search page: words, filters with counts and an order, all kept in the
 * URL so a search can be linked, reloaded and stepped through with back and
 * forward. The people and issues the words name come first, as cards; the
 * filters and the order apply to the results below them.
 */
import { element, requiredElement } from '@/browser/dom';
import { loadPagefind, rankedSearch, type FilterCounts, type PagefindResult } from '@/browser/pagefind-client';
import { navigateResultsWithKeys } from '@/browser/result-keys';
import { cardsFor, showCards } from '@/browser/search-cards';
import { drawingCopy, showResults } from '@/browser/search-results';
import { latestOnly } from '@/lib/base/latest-only';
import { SEARCH_FILTERS, type SearchFilter } from '@/lib/search/search-facets';
import { facetOptions, SEARCH_FILTER_LEGENDS, type SearchLabels } from '@/lib/search/search-labels';
import {
  datedFirst,
  hasCriteria,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  resultCountText,
  searchStateToParams,
  type SearchState,
} from '@/lib/search/search-state';

const PAGE_SIZE = 20;
const SECTIONS_PER_RESULT = 3;

export function startSearchPage(root: HTMLElement): void {
  // Scoped to the page's form: the header search on the same page uses the same markers.
  const form = requiredElement<HTMLFormElement>(root, 'form');
  const input = requiredElement<HTMLInputElement>(form, '#search-query');
  const sortSelect = requiredElement<HTMLSelectElement>(form, '#search-sort');
  const filtersBox = requiredElement<HTMLElement>(form, '[data-search-filters]');
  const filtersToggle = requiredElement<HTMLDetailsElement>(form, '[data-search-filters-box]');
  const filtersSummary = requiredElement<HTMLElement>(form, '[data-search-filters-summary]');
  const status = requiredElement<HTMLElement>(form, '[data-search-status]');
  const found = requiredElement<HTMLElement>(form, '[data-search-found]');
  let drawn = requiredElement<HTMLElement>(found, '[data-search-drawn]');
  const labels = JSON.parse(requiredElement<HTMLScriptElement>(root, '[data-search-labels]').textContent ?? '{}') as SearchLabels;

  let state: SearchState = parseSearchState(new URLSearchParams(location.search));
  let shown: PagefindResult[] = [];
  let shownAsCards = new Set<string>();

  function urlOf(current: SearchState): string {
    const query = searchStateToParams(current).toString();
    return query === '' ? location.pathname : `${location.pathname}?${query}`;
  }

  /**
   * Keeps the address bar on the current search. One run of typing is one
   * history entry; each filter or order change is another, so back undoes it.
   */
  function remember(typing: boolean): void {
    const url = urlOf(state);
    const current = `${location.pathname}${location.search}`;
    const wasTyping = (history.state as { typing?: boolean } | null)?.typing === true;
    if (url === current) {
      if (!typing && wasTyping) history.replaceState({ typing: false }, '', url);
    } else if (typing && wasTyping) {
      history.replaceState({ typing: true }, '', url);
    } else {
      history.pushState({ typing }, '', url);
    }
  }

  function drawFilters(known: FilterCounts, counts: FilterCounts): void {
    const fieldsets = SEARCH_FILTERS.flatMap((filter) => {
      const options = facetOptions(filter, known[filter] ?? {}, counts[filter] ?? {}, state.filters[filter], labels);
      if (options.length === 0) return [];
      const items = options.map((option) => {
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = filter;
        box.value = option.value;
        box.checked = option.checked;
        box.id = `filter-${filter}-${option.value}`;
        const label = element('label', '', [option.label, element('span', 'meta', [` (${option.count})`])]);
        label.htmlFor = box.id;
        return element('li', '', [box, label]);
      });
      return [
        element('fieldset', `search-facet search-facet-${filter}`, [
          element('legend', '', [SEARCH_FILTER_LEGENDS[filter]]),
          element('ul', 'plain-list', items),
        ]),
      ];
    });
    // Redrawing must not throw a keyboard user's focus off the box they just ticked.
    const focused = filtersBox.contains(document.activeElement) ? document.activeElement?.id : undefined;
    filtersBox.replaceChildren(...fieldsets);
    const chosen = SEARCH_FILTERS.reduce((sum, filter) => sum + state.filters[filter].length, 0);
    filtersSummary.textContent = chosen === 0 ? 'Filters' : `Filters (${chosen} chosen)`;
    if (focused) document.getElementById(focused)?.focus();
  }

  const search = latestOnly(async (_: undefined, isCurrent: () => boolean) => {
    try {
      const pagefind = await loadPagefind();
      // Loads every filter's values; Pagefind counts only the filters it has loaded.
      const known = await pagefind.filters();
      if (!isCurrent()) return;
      if (!hasCriteria(state)) {
        drawFilters(known, known);
        shown = [];
        showCards(requiredElement(drawn, '[data-search-cards]'), [], '');
        requiredElement(drawn, '[data-search-results]').replaceChildren();
        requiredElement<HTMLElement>(drawn, '[data-search-more]').hidden = true;
        status.textContent = 'Type words to find, or choose a person, an issue, a side, a year or a kind of page.';
        return;
      }
      const term = state.query === '' ? null : state.query;
      const filters = pagefindFilters(state.filters);
      const sort = pagefindSort(state.sort);
      // Pagefind leaves pages with no date out of a sorted search; they follow the dated ones instead.
      const [results, sorted, cards] = await Promise.all([
        rankedSearch(pagefind, term, { filters }),
        sort ? pagefind.search(term, { filters, sort }) : undefined,
        cardsFor(state.query),
      ]);
      if (!isCurrent()) return;
      shown = sorted ? datedFirst(sorted.results, results.results) : results.results;
      shownAsCards = new Set(cards.map((card) => card.url));
      const next = drawingCopy(drawn);
      const more = await showResults(next.results, shown, PAGE_SIZE, SECTIONS_PER_RESULT, shownAsCards);
      if (!isCurrent()) return;
      showCards(next.cards, cards, state.query);
      next.more.hidden = !more;
      drawFilters(known, results.filters);
      drawn.replaceWith(next.area);
      drawn = next.area;
      const words = state.query === '' ? '' : ` for “${state.query}”`;
      const narrowed =
        state.query !== '' && results.unfilteredResultCount > shown.length ? ` (of ${results.unfilteredResultCount} before filters)` : '';
      status.textContent = `${resultCountText(shown.length)}${words}${narrowed}`;
    } catch {
      if (isCurrent())
        status.textContent = 'Search could not be loaded. Reload the page to try again, or browse the timeline, the people and the issues.';
    }
  });

  function showState(): void {
    input.value = state.query;
    sortSelect.value = state.sort;
  }

  input.addEventListener('input', () => {
    state = { ...state, query: input.value.trim() };
    remember(true);
    void search(undefined);
  });
  input.addEventListener('change', () => remember(false));
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: parseSearchState(new URLSearchParams({ sort: sortSelect.value })).sort };
    remember(false);
    void search(undefined);
  });
  filtersBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    const filter = box.name as SearchFilter;
    const values = state.filters[filter].filter((value) => value !== box.value);
    state = { ...state, filters: { ...state.filters, [filter]: box.checked ? [...values, box.value] : values } };
    remember(false);
    void search(undefined);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    remember(false);
  });
  // On the area, not the button: each search draws a new button.
  found.addEventListener('click', (event) => {
    const moreButton = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-search-more]') : null;
    if (!moreButton) return;
    const list = requiredElement<HTMLElement>(drawn, '[data-search-results]');
    void showResults(list, shown, list.childElementCount + PAGE_SIZE, SECTIONS_PER_RESULT, shownAsCards).then((more) => {
      moreButton.hidden = !more;
    });
  });
  window.addEventListener('popstate', () => {
    state = parseSearchState(new URLSearchParams(location.search));
    showState();
    void search(undefined);
  });
  navigateResultsWithKeys(input, found, () => {
    state = { ...state, query: '' };
    showState();
    remember(false);
    void search(undefined);
  });

  // Folded above the results until asked for, unless the search arrived with filters chosen.
  filtersToggle.open = SEARCH_FILTERS.some((filter) => state.filters[filter].length > 0);
  showState();
  void search(undefined);
}

/**
 * The search page: words, filters with counts and an order, all kept in the
 * URL so a search can be linked, reloaded and stepped through with back and
 * forward. The people and issues the words name come first, as cards; the
 * filters and the order apply to the results below them.
 */
import { countPhrase, fillIn, type PanelWords } from '@/lib/base/browser-words';
import { withQuery } from '@/lib/base/urls';
import { element, requiredElement } from '@/browser/dom';
import {
  loadPagefind,
  rankedSearch,
  type FilterCounts,
  type Pagefind,
  type PagefindResult,
  type PagefindResults,
} from '@/browser/pagefind-client';
import { navigateResultsWithKeys } from '@/browser/result-keys';
import { cardsFor, showCards } from '@/browser/search-cards';
import { clearDrawing, drawingCopy, showResults } from '@/browser/search-results';
import { latestOnly } from '@/lib/base/latest-only';
import type { SearchCard } from '@/lib/search/search-cards';
import { SEARCH_FILTERS, type SearchFilter } from '@/lib/search/search-facets';
import { facetOptions, type FacetOption, type SearchPageData } from '@/lib/search/search-labels';
import {
  datedFirst,
  hasCriteria,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateToParams,
  type SearchState,
} from '@/lib/search/search-state';

const PAGE_SIZE = 20;
const SECTIONS_PER_RESULT = 3;

/** The parts of the page's form the search reads and draws into. */
interface SearchForm {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sortSelect: HTMLSelectElement;
  filtersBox: HTMLElement;
  filtersToggle: HTMLDetailsElement;
  filtersSummary: HTMLElement;
  status: HTMLElement;
  found: HTMLElement;
  data: SearchPageData;
}

/** The search form inside `root`, scoped to it: the header search on the same page uses the same markers. */
function searchForm(root: HTMLElement): SearchForm {
  const form = requiredElement<HTMLFormElement>(root, 'form');
  return {
    form,
    input: requiredElement(form, '#search-query'),
    sortSelect: requiredElement(form, '#search-sort'),
    filtersBox: requiredElement(form, '[data-search-filters]'),
    filtersToggle: requiredElement(form, '[data-search-filters-box]'),
    filtersSummary: requiredElement(form, '[data-search-filters-summary]'),
    status: requiredElement(form, '[data-search-status]'),
    found: requiredElement(form, '[data-search-found]'),
    data: JSON.parse(requiredElement<HTMLScriptElement>(root, '[data-search-data]').textContent) as SearchPageData,
  };
}

/** The search the address bar holds. */
const stateInAddress = (): SearchState => parseSearchState(new URLSearchParams(location.search));

/** The address of `state` on this page. */
function addressOf(state: SearchState): string {
  const query = searchStateToParams(state).toString();
  return withQuery(location.pathname, query);
}

/**
 * Keeps the address bar on `state`. One run of typing is one history entry;
 * each filter or order change is another, so back undoes it.
 */
function remember(state: SearchState, typing: boolean): void {
  const url = addressOf(state);
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

/** Puts the words and the order of `state` in the form's fields. */
function showState({ input, sortSelect }: SearchForm, state: SearchState): void {
  input.value = state.query;
  sortSelect.value = state.sort;
}

/** `state` with `box`'s value added to or taken from its filter, as the box is ticked or not. */
function withBox(state: SearchState, box: HTMLInputElement): SearchState {
  const filter = box.name as SearchFilter;
  const values = state.filters[filter].filter((value) => value !== box.value);
  return { ...state, filters: { ...state.filters, [filter]: box.checked ? [...values, box.value] : values } };
}

/** One filter's checkbox and its label with the count of results it would give. */
function facetItem(filter: SearchFilter, option: FacetOption): HTMLLIElement {
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = filter;
  box.value = option.value;
  box.checked = option.checked;
  box.id = `filter-${filter}-${option.value}`;
  const label = element('label', '', [option.label, element('span', 'meta', [` (${option.count})`])]);
  label.htmlFor = box.id;
  return element('li', '', [box, label]);
}

/** Draws every filter that has values, with the counts `counts` gives and the boxes `state` ticks. */
function drawFilters(
  { filtersBox, filtersSummary, data }: SearchForm,
  state: SearchState,
  known: FilterCounts,
  counts: FilterCounts,
): void {
  const fieldsets = SEARCH_FILTERS.flatMap((filter) => {
    const options = facetOptions(filter, known[filter] ?? {}, counts[filter] ?? {}, state.filters[filter], data.labels);
    if (options.length === 0) return [];
    return [
      element('fieldset', `search-facet search-facet-${filter}`, [
        element('legend', '', [data.page.legends[filter]]),
        element(
          'ul',
          'plain-list',
          options.map((option) => facetItem(filter, option)),
        ),
      ]),
    ];
  });
  // Redrawing must not throw a keyboard user's focus off the box they just ticked.
  const focused = filtersBox.contains(document.activeElement) ? document.activeElement?.id : undefined;
  filtersBox.replaceChildren(...fieldsets);
  const chosen = SEARCH_FILTERS.reduce((sum, filter) => sum + state.filters[filter].length, 0);
  filtersSummary.textContent = chosen === 0 ? data.page.filters : fillIn(data.page.filtersChosen, { count: chosen });
  if (focused) document.getElementById(focused)?.focus();
}

/** What a search for `state` found: its results in their order, their counts by filter, and the cards above them. */
interface Findings {
  results: PagefindResult[];
  ranked: PagefindResults;
  cards: SearchCard[];
}

/** Searches for `state`'s words and filters, in its order. */
async function find(pagefind: Pagefind, state: SearchState): Promise<Findings> {
  const term = state.query === '' ? null : state.query;
  const filters = pagefindFilters(state.filters);
  const sort = pagefindSort(state.sort);
  // Pagefind leaves pages with no date out of a sorted search; they follow the dated ones instead.
  const [ranked, sorted, cards] = await Promise.all([
    rankedSearch(pagefind, term, { filters }),
    sort ? rankedSearch(pagefind, term, { filters, sort }) : undefined,
    // The page has its words; without the cards file, the results still show.
    cardsFor(state.query).then(
      (named) => named.cards,
      () => [],
    ),
  ]);
  return { results: sorted ? datedFirst(sorted.results, ranked.results) : ranked.results, ranked, cards };
}

/** "12 results for “Hermon” (of 30 before filters)", in the edition's words. */
function foundText({ page, panel }: SearchPageData, state: SearchState, shown: number, unfiltered: number): string {
  const results = countPhrase(panel.results, shown, document.documentElement.lang);
  if (state.query === '') return results;
  const narrowed = unfiltered > shown ? fillIn(page.ofBeforeFilters, { count: unfiltered }) : '';
  return `${fillIn(panel.resultsFor, { results, query: state.query })}${narrowed}`;
}

/** The results below the form, and the more button that adds the next page of them. */
interface ResultsArea {
  /** Empties the cards and the results. */
  clear: () => void;
  /** Draws the first page of results and the cards, and swaps them in whole; false if a newer search came first. */
  draw: (findings: Findings, term: string, isCurrent: () => boolean) => Promise<boolean>;
}

/** The results drawn in `found`: each search swaps in a whole new drawing, which its more button adds to. */
function resultsArea(found: HTMLElement, words: PanelWords): ResultsArea {
  let drawn = requiredElement<HTMLElement>(found, '[data-search-drawn]');
  let shown: PagefindResult[] = [];
  let shownAsCards: ReadonlySet<string> = new Set();

  // On the area, not the button: each search draws a new button.
  found.addEventListener('click', (event) => {
    const moreButton = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-search-more]') : null;
    if (!moreButton) return;
    const list = requiredElement<HTMLElement>(drawn, '[data-search-results]');
    const nextPage = { limit: list.childElementCount + PAGE_SIZE, maxSections: SECTIONS_PER_RESULT, shownAsCards, words };
    void showResults(list, shown, nextPage).then((more) => {
      moreButton.hidden = !more;
    });
  });

  return {
    clear: () => {
      shown = [];
      clearDrawing(drawn);
    },
    draw: async ({ results, cards }, term, isCurrent) => {
      const next = drawingCopy(drawn);
      const asCards = new Set(cards.map((card) => card.url));
      const more = await showResults(next.results, results, {
        limit: PAGE_SIZE,
        maxSections: SECTIONS_PER_RESULT,
        shownAsCards: asCards,
        words,
      });
      if (!isCurrent()) return false;
      showCards(next.cards, cards, term, words);
      next.more.hidden = !more;
      drawn.replaceWith(next.area);
      drawn = next.area;
      shown = results;
      shownAsCards = asCards;
      return true;
    },
  };
}

export function startSearchPage(root: HTMLElement): void {
  const form = searchForm(root);
  const results = resultsArea(form.found, form.data.panel);
  let state = stateInAddress();

  const search = latestOnly(async (searched: SearchState, isCurrent: () => boolean) => {
    try {
      const pagefind = await loadPagefind();
      // Loads every filter's values; Pagefind counts only the filters it has loaded.
      const known = await pagefind.filters();
      if (!isCurrent()) return;
      if (!hasCriteria(searched)) {
        drawFilters(form, searched, known, known);
        results.clear();
        form.status.textContent = form.data.page.askForCriteria;
        return;
      }
      const findings = await find(pagefind, searched);
      if (!isCurrent()) return;
      if (!(await results.draw(findings, searched.query, isCurrent))) return;
      drawFilters(form, searched, known, findings.ranked.filters);
      form.status.textContent = foundText(form.data, searched, findings.results.length, findings.ranked.unfilteredResultCount);
    } catch {
      if (isCurrent()) form.status.textContent = form.data.page.notLoaded;
    }
  });

  /** Searches for `next`, keeping it in the address bar. */
  const searchFor = (next: SearchState, typing: boolean): void => {
    state = next;
    remember(state, typing);
    void search(state);
  };

  form.input.addEventListener('input', () => searchFor({ ...state, query: form.input.value.trim() }, true));
  form.input.addEventListener('change', () => remember(state, false));
  form.sortSelect.addEventListener('change', () => {
    searchFor({ ...state, sort: parseSearchState(new URLSearchParams({ sort: form.sortSelect.value })).sort }, false);
  });
  form.filtersBox.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.type === 'checkbox') searchFor(withBox(state, box), false);
  });
  form.form.addEventListener('submit', (event) => {
    event.preventDefault();
    remember(state, false);
  });
  window.addEventListener('popstate', () => {
    state = stateInAddress();
    showState(form, state);
    void search(state);
  });
  navigateResultsWithKeys(form.input, form.found, () => {
    const cleared = { ...state, query: '' };
    showState(form, cleared);
    searchFor(cleared, false);
  });

  // Folded above the results until asked for, unless the search arrived with filters chosen.
  form.filtersToggle.open = SEARCH_FILTERS.some((filter) => state.filters[filter].length > 0);
  showState(form, state);
  void search(state);
}

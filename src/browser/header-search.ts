/**
 * The header's search-as-you-type, loaded the first time a reader focuses the
 * field. It shows the people and issues the words name, then the best few
 * results; Enter in the field opens the full search page with the same words.
 */
import { requiredElement } from '@/browser/dom';
import { loadPagefind, rankedSearch } from '@/browser/pagefind-client';
import { navigateResultsWithKeys } from '@/browser/result-keys';
import { cardsFor, loadCards, showCards } from '@/browser/search-cards';
import { clearDrawing, drawingCopy, showResults } from '@/browser/search-results';
import { countPhrase, fillIn } from '@/lib/base/browser-words';
import { latestOnly } from '@/lib/base/latest-only';
import { localeOfPath } from '@/lib/base/locales';
import { searchUrl } from '@/lib/search/search-state';

/** How many cards and results the panel shows together. */
const RESULTS_SHOWN = 6;
const SECTIONS_PER_RESULT = 2;

export function startHeaderSearch(root: HTMLElement): void {
  const form = requiredElement<HTMLFormElement>(root, 'form');
  const input = requiredElement<HTMLInputElement>(form, 'input[name="q"]');
  const panel = requiredElement<HTMLElement>(form, '[data-search-panel]');
  const status = requiredElement<HTMLElement>(form, '[data-search-status]');
  let drawn = requiredElement<HTMLElement>(panel, '[data-search-drawn]');

  const open = (isOpen: boolean): void => {
    panel.hidden = !isOpen;
  };

  const search = latestOnly(async (term: string, isCurrent: () => boolean) => {
    if (term === '') {
      clearDrawing(drawn);
      status.textContent = '';
      open(false);
      return;
    }
    try {
      // The index search starts first; the cards, and the edition's words with them, are matched while it runs.
      const searching = loadPagefind().then((pagefind) => rankedSearch(pagefind, term));
      const { words, cards } = await cardsFor(term);
      const { results } = await searching;
      if (!isCurrent()) return;
      const next = drawingCopy<HTMLAnchorElement>(drawn);
      const shownAsCards = new Set(cards.map((card) => card.url));
      // The cards take the places of as many results: the panel stays as long, and waits for no more pages' data, with them.
      const more = await showResults(next.results, results, {
        limit: RESULTS_SHOWN - shownAsCards.size,
        maxSections: SECTIONS_PER_RESULT,
        shownAsCards,
        words,
      });
      if (!isCurrent()) return;
      showCards(next.cards, cards, term, words);
      next.more.href = searchUrl({ query: term }, localeOfPath(location.pathname));
      next.more.textContent = more ? fillIn(words.allResults, { count: results.length }) : words.filterThese;
      next.more.hidden = results.length === 0;
      drawn.replaceWith(next.area);
      drawn = next.area;
      const counted = countPhrase(words.results, results.length, document.documentElement.lang);
      status.textContent = fillIn(words.resultsFor, { results: counted, query: term });
    } catch {
      status.textContent = status.dataset['searchFailed'] ?? '';
    }
    open(true);
  });

  const clear = (): void => {
    input.value = '';
    void search('');
  };

  input.addEventListener('input', () => void search(input.value.trim()));
  navigateResultsWithKeys(input, panel, clear);
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !form.contains(event.relatedTarget)) open(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && drawn.querySelector('li') !== null) open(true);
  });

  // Fetch the index and the cards as soon as the reader shows intent, not on the first keystroke.
  loadPagefind().catch(() => undefined);
  loadCards().catch(() => undefined);
  if (input.value.trim() !== '') void search(input.value.trim());
}

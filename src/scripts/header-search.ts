/**
 * The header's search-as-you-type, loaded the first time a reader focuses the
 * field. It shows the best few results; Enter in the field opens the full
 * search page with the same words.
 */
import { resultCountText, searchUrl } from '../lib/search-state';
import { requiredElement } from './dom';
import { loadPagefind } from './pagefind-client';
import { navigateResultsWithKeys } from './result-keys';
import { showResults } from './search-results';

const RESULTS_SHOWN = 6;
const SECTIONS_PER_RESULT = 2;

export function startHeaderSearch(form: HTMLFormElement): void {
  const input = requiredElement<HTMLInputElement>(form, 'input[name="q"]');
  const panel = requiredElement<HTMLElement>(form, '[data-search-panel]');
  const list = requiredElement<HTMLElement>(form, '[data-search-results]');
  const status = requiredElement<HTMLElement>(form, '[data-search-status]');
  const more = requiredElement<HTMLAnchorElement>(form, '[data-search-more]');
  let latest = 0;

  const open = (isOpen: boolean): void => {
    panel.hidden = !isOpen;
  };
  const empty = (): void => {
    list.replaceChildren();
    status.textContent = '';
    open(false);
  };
  const clear = (): void => {
    latest += 1;
    input.value = '';
    empty();
  };

  const run = async (): Promise<void> => {
    const term = input.value.trim();
    const ticket = ++latest;
    if (term === '') {
      empty();
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.debouncedSearch(term, {}, 120);
      if (found === null || ticket !== latest) return;
      await showResults(list, found.results, RESULTS_SHOWN, SECTIONS_PER_RESULT);
      if (ticket !== latest) return;
      status.textContent = `${resultCountText(found.results.length)} for “${term}”`;
      more.href = searchUrl({ query: term });
      more.textContent =
        found.results.length > RESULTS_SHOWN ? `All ${found.results.length} results, with filters` : 'Filter these results';
      more.hidden = found.results.length === 0;
    } catch {
      status.textContent = 'Search could not be loaded. Try again, or use the People and Issues pages.';
    }
    open(true);
  };

  input.addEventListener('input', () => void run());
  navigateResultsWithKeys(input, list, clear);
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !form.contains(event.relatedTarget)) open(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && list.childElementCount > 0) open(true);
  });

  // Fetch the index as soon as the reader shows intent, not on the first keystroke.
  loadPagefind().catch(() => undefined);
  if (input.value.trim() !== '') void run();
}

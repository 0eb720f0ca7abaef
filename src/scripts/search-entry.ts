/**
 * The only script every page loads: a few lines that wait for the reader.
 * `/` focuses the header field; focusing it fetches the search code and the
 * index; a page opened from a result highlights the words searched for.
 */
import { HIGHLIGHT_PARAM } from '../lib/search-client-config';

const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

if (form && input) {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    input.focus();
  });
  input.addEventListener('focus', () => void import('./header-search').then(({ startHeaderSearch }) => startHeaderSearch(form)), {
    once: true,
  });
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./highlight').then(({ highlightSearchWords }) => highlightSearchWords());
}

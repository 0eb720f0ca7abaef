/** Marks the words a reader searched for on the page they opened from a result, then brings the first one into view. */
import { HIGHLIGHT_PARAM, SEARCH_BUNDLE_URL } from '../lib/search-client-config';

type Highlighter = new (options: { highlightParam: string; addStyles: boolean; markContext: string }) => unknown;

export async function highlightSearchWords(): Promise<void> {
  const module = (await import(/* @vite-ignore */ `${SEARCH_BUNDLE_URL}pagefind-highlight.js`)) as { default: Highlighter };
  new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markContext: '[data-pagefind-body]' });
  if (location.hash !== '') return;
  const firstVisible = [...document.querySelectorAll<HTMLElement>('mark.pagefind-highlight')].find((mark) => mark.offsetParent !== null);
  firstVisible?.scrollIntoView({ block: 'center' });
}

/**
 * Marks the words a reader searched for on the page they opened from a
 * result, then brings the first one into view. When the words name a person,
 * every spelling of the name is marked too, so a reader who searched
 * "Salameh" sees "al-Salama" marked on a page that writes it so.
 */
import { SEARCH_BUNDLE_URL, HIGHLIGHT_PARAM } from '@/lib/base/urls';
import { cardsFor } from '@/browser/search-cards';

interface HighlighterOptions {
  highlightParam: string;
  addStyles: boolean;
  markContext: string;
}

/** Pagefind's highlighter: it marks, on construction, the terms its `getHighlightParams` reads from the address. */
type Highlighter = new (options: HighlighterOptions) => { getHighlightParams(param: string): string[] };

/** Every spelling of the people the searched words name. */
async function otherSpellings(words: readonly string[]): Promise<string[]> {
  const { cards: named } = await cardsFor(words.join(' ')).catch(() => ({ cards: [] }));
  return named.filter((card) => card.kind === 'person').flatMap((card) => card.spellings);
}

export async function highlightSearchWords(): Promise<void> {
  const words = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM);
  const [module, spellings] = await Promise.all([
    import(/* @vite-ignore */ `${SEARCH_BUNDLE_URL}pagefind-highlight.js`) as Promise<{ default: Highlighter }>,
    otherSpellings(words),
  ]);
  const EverySpelling = class extends module.default {
    override getHighlightParams(param: string): string[] {
      return [...super.getHighlightParams(param), ...spellings];
    }
  };
  new EverySpelling({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markContext: '[data-pagefind-body]' });
  if (location.hash !== '') return;
  const firstVisible = [...document.querySelectorAll<HTMLElement>('mark.pagefind-highlight')].find((mark) => mark.offsetParent !== null);
  firstVisible?.scrollIntoView({ block: 'center' });
}

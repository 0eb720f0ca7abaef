/**
 * Draws search results: title, what and when, a highlighted excerpt, and the
 * sections of the page that matched. Shared by the header and the search page.
 */
import { fillIn, type PanelWords } from '@/lib/base/browser-words';
import { element, requiredElement } from '@/browser/dom';
import type { PagefindFragment, PagefindResult } from '@/browser/pagefind-client';
import { isSpellingsExcerpt, markedWords } from '@/lib/search/search-excerpt';

/**
 * Pagefind's excerpts are escaped text with <mark> around matches. Only text
 * and <mark> are copied over, so a result can never inject markup.
 */
export function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** "Round 3 · 19 August 2025 · Paris, France". */
export function describe(fragment: PagefindFragment): string {
  const { kind, date, place } = fragment.meta;
  return [kind, date, place].filter((part): part is string => part !== undefined && part !== '').join(' · ');
}

/** The excerpt, or, for a page found only by another spelling of a name, its summary and the spellings that matched. */
function excerptOf(fragment: PagefindFragment, words: PanelWords): Node[] {
  const summary = fragment.meta['summary'];
  if (!isSpellingsExcerpt(fragment.excerpt) || summary === undefined) return excerptNodes(fragment.excerpt);
  const spellings = markedWords(fragment.excerpt)
    .map((word) => fillIn(words.quoted, { text: word }))
    .join(words.listSeparator);
  const matched = element('span', 'meta', [` ${fillIn(words.foundBySpelling, { spellings })}`]);
  return [document.createTextNode(summary), matched];
}

export function resultItem(fragment: PagefindFragment, maxSections: number, words: PanelWords): HTMLLIElement {
  const link = element('a', 'search-result-title', [fragment.meta['title'] ?? fragment.url]);
  link.href = fragment.url;
  const item = element('li', 'search-result', [
    element('h2', 'search-result-heading', [link]),
    element('p', 'search-result-meta meta', [describe(fragment)]),
    element('p', 'search-result-excerpt', excerptOf(fragment, words)),
  ]);
  const sections = fragment.sub_results.filter((sub) => sub.anchor !== undefined).slice(0, maxSections);
  if (sections.length > 0) {
    const list = element(
      'ul',
      'search-result-sections',
      sections.map((sub) => {
        const sectionLink = element('a', '', [sub.title]);
        sectionLink.href = sub.url;
        return element('li', '', [sectionLink, element('span', 'search-result-excerpt', [' ', ...excerptNodes(sub.excerpt)])]);
      }),
    );
    item.append(list);
  }
  return item;
}

/** How a list of results is drawn: how many, with how many sections each, leaving out the pages shown as cards, in the edition's words. */
export interface ResultsShown {
  limit: number;
  maxSections: number;
  shownAsCards: ReadonlySet<string>;
  words: PanelWords;
}

/**
 * Loads the data of the first `limit` results and draws them into `list`, replacing what it held.
 * Pages already shown as cards above are left out; as many more are loaded in their place.
 * Resolves to whether results are left to show after these.
 */
export async function showResults(
  list: HTMLElement,
  results: readonly PagefindResult[],
  { limit, maxSections, shownAsCards, words }: ResultsShown,
): Promise<boolean> {
  const loaded = results.slice(0, limit + shownAsCards.size);
  const fragments = await Promise.all(loaded.map((result) => result.data()));
  const rest = fragments.filter((fragment) => !shownAsCards.has(pathOf(fragment.url)));
  list.replaceChildren(...rest.slice(0, limit).map((fragment) => resultItem(fragment, maxSections, words)));
  return rest.length > limit || results.length > loaded.length;
}

/** A result's page without the highlight words Pagefind adds to its address. */
const pathOf = (url: string): string => new URL(url, location.origin).pathname;

/** The parts of a search's drawing: the area holding them, its cards, its results and its way to more results. */
export interface SearchDrawing<More extends HTMLElement> {
  area: HTMLElement;
  cards: HTMLElement;
  results: HTMLElement;
  more: More;
}

/**
 * A detached copy of `area` to draw the next search into, to be put in its place whole (`area.replaceWith`) once
 * drawn. What arrives in a new element is no layout shift, while the old results, pushed down by a card drawn above
 * them, would be.
 */
export function drawingCopy<More extends HTMLElement>(area: HTMLElement): SearchDrawing<More> {
  const copy = area.cloneNode(true) as HTMLElement;
  return {
    area: copy,
    cards: requiredElement(copy, '[data-search-cards]'),
    results: requiredElement(copy, '[data-search-results]'),
    more: requiredElement<More>(copy, '[data-search-more]'),
  };
}

/** Empties a search's drawing: no cards, no results, no way to more. */
export function clearDrawing(area: HTMLElement): void {
  const cards = requiredElement<HTMLElement>(area, '[data-search-cards]');
  cards.replaceChildren();
  cards.hidden = true;
  requiredElement(area, '[data-search-results]').replaceChildren();
  requiredElement<HTMLElement>(area, '[data-search-more]').hidden = true;
}

/**
 * What a page tells the search index and no reader needs: its facets, the facts shown beside a result, its sort date
 * and the other spellings of its names (see SearchData.astro). The build renders them into the page inside one element
 * marked INDEX_ONLY, hands the page to Pagefind with it, and then publishes the page without it, so readers do not
 * download a hidden block that is often the heaviest part of a round page after its sources.
 */

/** The attribute that marks the element search reads and the published page leaves out. */
export const INDEX_ONLY = 'data-index-only';

/** The marked element: a `<div>` whose facts are spans and paragraphs, never another `<div>`. */
const INDEX_ONLY_ELEMENT = new RegExp(`<div\\b[^>]*\\s${INDEX_ONLY}\\b[^>]*>[\\s\\S]*?</div>`, 'g');

/**
 * A built page as readers get it: without the element that only search reads.
 * @example withoutIndexOnly('<article><div hidden data-index-only><span></span></div><p>Text</p></article>') // "<article><p>Text</p></article>"
 */
export function withoutIndexOnly(html: string): string {
  return html.replace(INDEX_ONLY_ELEMENT, '');
}

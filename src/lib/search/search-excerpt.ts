/**
 * A result found only through another spelling of a name has, as its excerpt,
 * a run of the hidden spellings ("Salama · Salameh · al-Salameh"), which tells
 * a reader little. Such a result shows the page's summary instead, and names
 * the spellings that matched.
 */

/** The separator between spellings in the hidden list (see SearchData.astro); visible text never uses it between names. */
export const SPELLING_SEPARATOR = ' · ';

/** True when Pagefind's excerpt comes from a list of spellings rather than from the page's text. */
export function isSpellingsExcerpt(excerpt: string): boolean {
  return excerpt.split(SPELLING_SEPARATOR).length >= 3;
}

/** The distinct words Pagefind marked in an excerpt, in order: "<mark>Salameh</mark> · <mark>al-Salameh</mark>" → Salameh, al-Salameh. */
export function markedWords(excerpt: string): string[] {
  const words = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => (match[1] ?? '').replace(/[.,;:]+$/, ''));
  return [...new Set(words.filter((word) => word !== ''))];
}

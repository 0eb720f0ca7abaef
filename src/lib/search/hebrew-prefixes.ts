/**
 * Hebrew writes "and", "the", "in", "to", "from", "that" and "as" as letters joined to the front of the next word
 * (והגולן: "and the Golan"), and Pagefind has no Hebrew stemmer to take them off. So search meets halfway: the index
 * holds, beside each Hebrew word of a page, the word without its leading prefix letters, and a reader's Hebrew word
 * is searched for as its barest form. `גולן`, `בגולן` and `והגולן` all become `גולן`, which every page that writes
 * any of them holds. Pure string work, run by the build on every page and by the browser on every search.
 */
import { SPELLING_SEPARATOR } from '@/lib/search/search-excerpt';

/** The letters that join the front of a word as prefixes: ו ה ב ל מ ש כ, in any run such as וה, שב, מה, כש. */
const PREFIX_LETTER = /^[והבלמשכ]/;

/** The most prefix letters one word carries: ו, then כש, then ה ("וכשה…"). */
const MAX_PREFIX_LETTERS = 4;

/**
 * The fewest letters a word keeps once its prefixes are taken off: most Hebrew roots have three, so a letter that
 * may be a word's own (the מ of משה) is never taken when fewer would remain.
 */
export const MIN_BARE_LETTERS = 3;

const HEBREW_WORD = /^\p{Script=Hebrew}+$/u;
const HEBREW_WORDS = /\p{Script=Hebrew}+/gu;

/**
 * A Hebrew word without one, two, three or four of its leading prefix letters, longest first, each keeping at least
 * MIN_BARE_LETTERS letters; none for a word with no prefix letters to take off, or not in Hebrew.
 * @example bareForms('והגולן') // ['הגולן', 'גולן']
 * @example bareForms('משה') // []: "שה" would be too short
 */
export function bareForms(word: string): string[] {
  if (!HEBREW_WORD.test(word)) return [];
  const forms: string[] = [];
  for (let taken = 1; taken <= MAX_PREFIX_LETTERS && word.length - taken >= MIN_BARE_LETTERS; taken += 1) {
    if (!PREFIX_LETTER.test(word.slice(taken - 1))) break;
    forms.push(word.slice(taken));
  }
  return forms;
}

/**
 * A reader's words as search looks them up: each Hebrew word as its barest form, every other word as typed.
 * @example bareSearchTerms('רמת הגולן') // "רמת גולן"
 */
export function bareSearchTerms(term: string): string {
  return term.replace(HEBREW_WORDS, (word) => bareForms(word).at(-1) ?? word);
}

/** The bare forms of the Hebrew words in `text` that the text does not already hold as words, each once. */
export function addedBareForms(text: string): string[] {
  const words = new Set(text.match(HEBREW_WORDS));
  return [...new Set([...words].flatMap(bareForms))].filter((form) => !words.has(form));
}

/** The start tag of the element whose text search indexes (see ArticleLayout.astro). */
const INDEXED_BODY = /<[^>]*\sdata-pagefind-body[^>]*>/;

/**
 * A built page as search indexes it: its Hebrew words' bare forms added, hidden and lightly weighted, at the top of
 * the indexed body, outside every section, and separated as other spellings are, so a result found by one alone
 * shows its summary (see search-excerpt.ts). The page readers get is unchanged; a page without Hebrew, or not indexed,
 * is returned as it is.
 */
export function withBareForms(html: string): string {
  const start = INDEXED_BODY.exec(html);
  if (!start) return html;
  const body = html.slice(start.index).replace(/<[^>]*>/g, ' ');
  const forms = addedBareForms(body);
  if (forms.length === 0) return html;
  const at = start.index + start[0].length;
  const hidden = `<p hidden data-pagefind-weight="0.2">${forms.join(SPELLING_SEPARATOR)}</p>`;
  return `${html.slice(0, at)}${hidden}${html.slice(at)}`;
}

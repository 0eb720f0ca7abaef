/**
 * When a reader's words name a person or an issue: the rule behind the cards
 * that come first in search and behind highlighting a name by its other
 * spellings. Pure string work: the browser runs it on every search, and the
 * content tests run every spelling of the record through it.
 */

/** Words that carry no part of a name: the Arabic article as wire reports write it, and English glue words. */
const PARTICLES = new Set(['al', 'el', 'ash', 'ad', 'the', 'of', 'and']);

/** Arabic letters written several ways that no decomposition unites, each mapped to the one form compared. */
const ARABIC_VARIANTS: Record<string, string> = { ٱ: 'ا', ة: 'ه', ى: 'ي' };

/**
 * A spelling reduced to what readers type alike: lower case, no Latin
 * accents, no Arabic short vowels or hamza marks, no Hebrew points, one form
 * for Arabic letters written several ways, no apostrophes or Hebrew geresh
 * inside a word ("As'ad", "כ"ץ"), and other punctuation as spaces.
 * @example foldName("Şeybani") // "seybani"
 */
export function foldName(text: string): string {
  return (
    text
      // Decomposed, every accent, vowel mark, hamza and point is a combining mark; the tatweel only stretches a word.
      .normalize('NFKD')
      .replace(/[\p{M}\u0640]/gu, '')
      .replace(/[ٱةى]/g, (letter) => ARABIC_VARIANTS[letter] ?? letter)
      .replace(/['’ʿʾ`"״׳]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .toLowerCase()
      .trim()
  );
}

/**
 * The words of a spelling that identify it: folded, without particles or
 * single letters, and with the Arabic article "ال" taken off a longer word,
 * so "الشيباني" and "شيباني" compare equal.
 */
export function nameWords(text: string): string[] {
  return foldName(text)
    .split(' ')
    .map((word) => (word.startsWith('ال') && word.length > 4 ? word.slice(2) : word))
    .filter((word) => word.length > 1 && !PARTICLES.has(word));
}

/** Something with a name a reader may type: a person or an issue, with every spelling the record holds. */
export interface Named {
  kind: 'person' | 'issue';
  /** The canonical name first, then the aliases, then any forms in other scripts. */
  spellings: readonly string[];
}

/** How well a reader's words name something, best first. */
export const MATCH_STRENGTHS = ['exact', 'contains', 'part'] as const;
export type MatchStrength = (typeof MATCH_STRENGTHS)[number];

/** A spelling as its words, and the last of them: for a person, the surname. */
interface SpellingWords {
  words: ReadonlySet<string>;
  last: string;
}

/** The words of each spelling, worked out once per person or issue: a reader's every keystroke compares against them all. */
const wordsBySpelling = new WeakMap<Named, SpellingWords[]>();
function spellingWordsOf(named: Named): SpellingWords[] {
  let spellings = wordsBySpelling.get(named);
  if (!spellings) {
    spellings = named.spellings.map(nameWords).map((words) => ({ words: new Set(words), last: words.at(-1) ?? '' }));
    wordsBySpelling.set(named, spellings);
  }
  return spellings;
}

/** Works out the words of every spelling ahead of the first search, so no keystroke waits for it. */
export function prepareNames(candidates: readonly Named[]): void {
  for (const named of candidates) spellingWordsOf(named);
}

const isSubset = (small: ReadonlySet<string>, large: ReadonlySet<string>) => [...small].every((word) => large.has(word));

function spellingMatch(query: ReadonlySet<string>, { words, last }: SpellingWords, kind: Named['kind']): MatchStrength | undefined {
  if (words.size === 0) return undefined;
  if (words.size === query.size && isSubset(words, query)) return 'exact';
  if (isSubset(words, query)) return 'contains';
  if (!isSubset(query, words)) return undefined;
  // Part of a name counts when it holds the surname ("Sharaa", not "Ahmed"); part of an issue when it is more than one word.
  const enough = kind === 'person' ? query.has(last) : query.size > 1;
  return enough ? 'part' : undefined;
}

/**
 * How the words name `named`, or undefined when they do not: they are one of
 * its spellings ("exact"), hold a whole spelling among other words
 * ("contains": "Leiter in Paris"), or are part of one: a person's surname with
 * or without the rest ("Sharaa"), or two or more words of an issue's title.
 */
export function matchName(query: string, named: Named): MatchStrength | undefined {
  return matchWords(new Set(nameWords(query)), named);
}

function matchWords(query: ReadonlySet<string>, named: Named): MatchStrength | undefined {
  if (query.size === 0) return undefined;
  const strengths = spellingWordsOf(named).map((spelling) => spellingMatch(query, spelling, named.kind));
  return MATCH_STRENGTHS.find((strength) => strengths.includes(strength));
}

/** Everything `query` names, the strongest matches first and people before issues among equals; at most `limit`. */
export function namedBy<T extends Named>(query: string, candidates: readonly T[], limit: number): T[] {
  const rank = (strength: MatchStrength, kind: Named['kind']) => MATCH_STRENGTHS.indexOf(strength) * 2 + (kind === 'person' ? 0 : 1);
  const words = new Set(nameWords(query));
  return candidates
    .flatMap((named) => {
      const strength = matchWords(words, named);
      return strength ? [{ named, rank: rank(strength, named.kind) }] : [];
    })
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map(({ named }) => named);
}

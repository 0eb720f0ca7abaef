/**
 * The words the browser writes, as data: templates with `{placeholders}` and a count's phrase in each plural form, so
 * a page hands its edition's words to its scripts and no script carries every language's dictionary (the words
 * themselves are in src/lib/base/dictionaries/search.ts).
 */

/**
 * A phrase with a number in it, in each plural form the language distinguishes (Intl.PluralRules' categories), and
 * `none` for nothing at all; `{count}` stands for the number.
 */
export type CountForms = Partial<Record<Intl.LDMLPluralRule | 'none', string>> & { other: string };

/** What the header's panel and the search page write in the browser around results and cards. */
export interface PanelWords {
  /** "12 results". */
  results: CountForms;
  /** "12 results for “Hermon”". */
  resultsFor: string;
  /** The panel's link to the search page when it shows only some of the results. */
  allResults: string;
  /** The panel's link to the search page when it shows every result. */
  filterThese: string;
  /** A search that failed in the header. */
  notLoaded: string;
  /** A result found only by another spelling of a name: "Found by the spelling “Salameh”.". */
  foundBySpelling: string;
  /** A word as the language quotes it. */
  quoted: string;
  /** Between the items of a list of spellings. */
  listSeparator: string;
  card: {
    person: string;
    issue: string;
    notInDelegation: string;
    attended: CountForms;
    /** After the count of rounds attended, when the sources leave some of them unsettled. */
    uncertain: string;
    /** Before the link to the latest round attended. */
    latest: string;
    notTakenUp: string;
    cameUpIn: CountForms;
    /** After the count, when the card lists only the latest of an issue's rounds. */
    theLatest: string;
    /** After the count, when the card lists all of them. */
    them: string;
  };
}

/** What the search page writes in the browser about the search itself: its state, its filters and their counts. */
export interface PageWords {
  askForCriteria: string;
  notLoaded: string;
  filters: string;
  /** The folded filters' heading once some are chosen. */
  filtersChosen: string;
  /** After the count of results, when filters leave out some of what the words find. */
  ofBeforeFilters: string;
  legends: { person: string; issue: string; side: string; year: string; kind: string };
}

/**
 * A template with each `{name}` replaced by its value; a placeholder without a value stays as written.
 * @example fillIn('{results} for “{query}”', { results: '2 results', query: 'Hermon' }) // "2 results for “Hermon”"
 */
export function fillIn(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A count's phrase in the form its number takes in `lang`: `none` for zero when there is one, then the form
 * Intl.PluralRules chooses, then `other`.
 * @example countPhrase({ one: 'نتيجة واحدة', two: 'نتيجتان', few: '{count} نتائج', other: '{count} نتيجة' }, 3, 'ar') // "3 نتائج"
 */
export function countPhrase(forms: CountForms, count: number, lang: string): string {
  const form = (count === 0 ? forms.none : undefined) ?? forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return fillIn(form, { count });
}

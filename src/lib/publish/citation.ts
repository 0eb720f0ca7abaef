/**
 * How to cite a round: one plain-text reference and one BibTeX entry, both
 * dated by the day the page last changed, since that is the version a reader
 * saw. The day the reader opened it is theirs to add, so a build never
 * changes the text. In Arabic and Hebrew both are written in the reader's
 * language, with the page's English title beside its own.
 */
import { formatDay, monthKeyOf, yearOf } from '@/lib/base/dates';
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import { roundMeetingLabel } from '@/lib/model/round-names';
import { publishedDay } from '@/lib/model/rounds';
import { lastChangedDay } from '@/lib/model/updates';
import type { Round } from '@/lib/record/schemas';

type CitedRound = Pick<Round, 'title' | 'round' | 'start' | 'end' | 'datedByReport' | 'place' | 'updates' | 'status' | 'sources'>;

/** A title inside quotation marks: its own quotation marks become single ones, so the reference's stay unambiguous. */
const withoutQuotes = (title: string): string => title.replace(/["“”«»]/g, "'");

/** The English title a translated edition gives beside the page's own: none in English, or when the title is the English. */
function englishTitleOf(round: CitedRound, englishTitle: string, locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE || englishTitle === round.title ? undefined : withoutQuotes(englishTitle);
}

/**
 * The plain-text reference to a round's page, in the site-title, title, date, URL order of a web page reference, in
 * an edition's words; a translated edition gives the page's English title after its own.
 * @example roundCitation(round5, 'https://example.org/rounds/2026-01-05-paris/')
 * // 'Israel–Syria Talks Record. "Paris talks resume." Round 5, Paris, 5–6 January 2026. Last updated 6 January 2026. https://example.org/rounds/2026-01-05-paris/'
 * @example roundCitation(round5InArabic, 'https://example.org/ar/rounds/2026-01-05-paris/', 'ar', 'Paris talks resume')
 * // 'سجل المحادثات السورية الإسرائيلية. «استئناف محادثات باريس» [بالإنجليزية: “Paris talks resume”]. الجولة 5، باريس، 5–6 يناير 2026. آخر تحديث 6 يناير 2026. https://…'
 */
export function roundCitation(round: CitedRound, url: string, locale: Locale = DEFAULT_LOCALE, englishTitle: string = round.title): string {
  const ui = uiStrings(locale);
  const { cite } = ui.publishing;
  const updated = formatDay(lastChangedDay(publishedDay(round), round.updates), locale);
  const title = cite.citedTitle(withoutQuotes(round.title), englishTitleOf(round, englishTitle, locale));
  return `${ui.siteTitle}. ${title} ${roundMeetingLabel(round, locale)}. ${cite.lastUpdated(updated)}. ${url}`;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // An escaped brace would still count in BibTeX's brace matching; a named brace cannot unbalance the field.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '–': '--',
  '—': '---',
};

/**
 * Text as a BibTeX field value: LaTeX's special characters escaped, dashes in TeX's ligatures.
 * @example escapeBibtex('Barrack & al-Shaibani: 100% agreed') // "Barrack \\& al-Shaibani: 100\\% agreed"
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%#_$~^–—]/g, (character) => BIBTEX_SPECIALS[character] ?? character);
}

/** The citation key of a round: its file name, which never changes once published. */
export function bibtexKey(roundId: string): string {
  return `round:${roundId}`;
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** BibTeX's macro for the month of a day, which every style prints in its own language: "2026-01-06" → jan. */
function bibtexMonth(day: string): string {
  const month = BIBTEX_MONTHS[Number(monthKeyOf(day).slice(5)) - 1];
  if (month === undefined) throw new RangeError(`not a calendar day: ${JSON.stringify(day)}`);
  return month;
}

/**
 * A BibTeX `@misc` entry for a round's page, dated by its last update, in an
 * edition's words. The site is the corporate author (double braces keep it
 * one name) and the title is braced so styles keep its capitals; the URL
 * stays as it is, since the url field is read verbatim. A translated
 * edition's entry names its language and gives the page's English title in
 * its note.
 */
export function roundBibtex(
  roundId: string,
  round: CitedRound,
  url: string,
  locale: Locale = DEFAULT_LOCALE,
  englishTitle: string = round.title,
): string {
  const ui = uiStrings(locale);
  const { cite } = ui.publishing;
  const updated = lastChangedDay(publishedDay(round), round.updates);
  const english = englishTitleOf(round, englishTitle, locale);
  const note = [
    roundMeetingLabel(round, locale),
    ...(english === undefined ? [] : [cite.englishTitle(english)]),
    cite.lastUpdated(formatDay(updated, locale)),
  ];
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(ui.siteTitle)}}}`],
    ['title', `{{${escapeBibtex(round.title)}}}`],
    ['url', `{${url}}`],
    ['year', `{${yearOf(updated)}}`],
    ['month', bibtexMonth(updated)],
    ['note', `{${escapeBibtex(note.join('. '))}}`],
    ...(cite.bibtexLanguage === undefined ? [] : [['language', `{${cite.bibtexLanguage}}`] satisfies [string, string]]),
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return [`@misc{${bibtexKey(roundId)},`, ...fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`), '}'].join('\n');
}

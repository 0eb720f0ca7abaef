/**
 * How to cite a round: one plain-text reference and one BibTeX entry, both
 * dated by the day the page last changed, since that is the version a reader
 * saw. The day the reader opened it is theirs to add, so a build never
 * changes the text.
 */
import { formatDay, monthKeyOf, yearOf } from '@/lib/base/dates';
import { roundMeetingLabel } from '@/lib/model/round-names';
import { publishedDay } from '@/lib/model/rounds';
import { lastChangedDay } from '@/lib/model/updates';
import type { Round } from '@/lib/record/schemas';
import { SITE_TITLE } from '@/site';

type CitedRound = Pick<Round, 'title' | 'round' | 'start' | 'end' | 'datedByReport' | 'place' | 'updates' | 'status' | 'sources'>;

/** A title as the inside of a double-quoted reference: its own double quotes become single, and it ends with a full stop. */
function quotedTitle(title: string): string {
  const inner = title.replace(/["“”]/g, "'");
  return `"${/[.?!]$/.test(inner) ? inner : `${inner}.`}"`;
}

/**
 * The plain-text reference to a round's page, in the site-title, title, date, URL order of a web page reference.
 * @example roundCitation(round5, 'https://example.org/rounds/2026-01-05-paris/')
 * // 'Israel–Syria Talks Record. "Paris talks resume." Round 5, Paris, 5–6 January 2026. Last updated 6 January 2026. https://example.org/rounds/2026-01-05-paris/'
 */
export function roundCitation(round: CitedRound, url: string): string {
  const updated = formatDay(lastChangedDay(publishedDay(round), round.updates));
  return `${SITE_TITLE}. ${quotedTitle(round.title)} ${roundMeetingLabel(round)}. Last updated ${updated}. ${url}`;
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
 * A BibTeX `@misc` entry for a round's page, dated by its last update. The
 * site is the corporate author (double braces keep it one name) and the
 * title is braced so styles keep its capitals; the URL stays as it is, since
 * the url field is read verbatim.
 */
export function roundBibtex(roundId: string, round: CitedRound, url: string): string {
  const updated = lastChangedDay(publishedDay(round), round.updates);
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(SITE_TITLE)}}}`],
    ['title', `{{${escapeBibtex(round.title)}}}`],
    ['url', `{${url}}`],
    ['year', `{${yearOf(updated)}}`],
    ['month', bibtexMonth(updated)],
    ['note', `{${escapeBibtex(`${roundMeetingLabel(round)}. Last updated ${formatDay(updated)}`)}}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return [`@misc{${bibtexKey(roundId)},`, ...fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`), '}'].join('\n');
}

/**
 * The parties that can appear in a delegation, a position or a confirmation.
 * Israel, Syria and the United States are the parties to the talks; the others
 * hosted, attended or briefed on a meeting. Their names in each edition are the interface's (src/lib/base/dictionaries/).
 */
import { SIDE_NAMES } from '@/lib/base/dictionaries/sides';
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';

export const SIDES = [
  'israel',
  'syria',
  'united-states',
  'france',
  'turkey',
  'jordan',
  'azerbaijan',
  'united-arab-emirates',
  'united-kingdom',
  'qatar',
  'saudi-arabia',
  'united-nations',
] as const;

export type Side = (typeof SIDES)[number];

/** Every side's names in every edition: TypeScript refuses an edition that leaves a side out. */
const NAMES: Record<Locale, Record<Side, { label: string; inSentence: string }>> = SIDE_NAMES;

/**
 * The mark of a stance its side called a red line, in words wherever it shows: a view never relies on colour alone.
 * @example redLineLabel('ar') // "خط أحمر"
 */
export function redLineLabel(locale: Locale = DEFAULT_LOCALE): string {
  return uiStrings(locale).views.redLine;
}

/** The side's name as a heading or table label, in an edition's words: "United States", "الولايات المتحدة". */
export function sideLabel(side: Side, locale: Locale = DEFAULT_LOCALE): string {
  return NAMES[locale][side].label;
}

/** The side's name inside a sentence: "the United States". */
export function sideInSentence(side: Side, locale: Locale = DEFAULT_LOCALE): string {
  return NAMES[locale][side].inSentence;
}

/** Sorts sides in the order of `SIDES`: the three parties first, then the others. */
export function compareSides(a: Side, b: Side): number {
  return SIDES.indexOf(a) - SIDES.indexOf(b);
}

/**
 * The confirmation badge of a meeting.
 * @example confirmationText(['syria', 'united-states']) // "Confirmed by Syria and the United States"
 * @example confirmationText([]) // "Reported by the press only"
 */
export function confirmationText(confirmedBy: readonly Side[], locale: Locale = DEFAULT_LOCALE): string {
  const ui = uiStrings(locale);
  if (confirmedBy.length === 0) return ui.pressOnly;
  const names = [...confirmedBy].sort(compareSides).map((side) => sideInSentence(side, locale));
  return ui.confirmedBy(ui.list(names));
}

/** Joins names as the edition lists them: "A", "A and B", "A, B and C"; "A وB". */
export function joinAsList(items: readonly string[], locale: Locale = DEFAULT_LOCALE): string {
  return uiStrings(locale).list(items);
}

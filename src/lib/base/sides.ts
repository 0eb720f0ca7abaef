/**
 * The parties that can appear in a delegation, a position or a confirmation.
 * Israel, Syria and the United States are the parties to the talks; the others
 * hosted, attended or briefed on a meeting.
 */
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

const SIDE_NAMES: Record<Side, { label: string; inSentence: string }> = {
  israel: { label: 'Israel', inSentence: 'Israel' },
  syria: { label: 'Syria', inSentence: 'Syria' },
  'united-states': { label: 'United States', inSentence: 'the United States' },
  france: { label: 'France', inSentence: 'France' },
  turkey: { label: 'Türkiye', inSentence: 'Türkiye' },
  jordan: { label: 'Jordan', inSentence: 'Jordan' },
  azerbaijan: { label: 'Azerbaijan', inSentence: 'Azerbaijan' },
  'united-arab-emirates': { label: 'United Arab Emirates', inSentence: 'the United Arab Emirates' },
  'united-kingdom': { label: 'United Kingdom', inSentence: 'the United Kingdom' },
  qatar: { label: 'Qatar', inSentence: 'Qatar' },
  'saudi-arabia': { label: 'Saudi Arabia', inSentence: 'Saudi Arabia' },
  'united-nations': { label: 'United Nations', inSentence: 'the United Nations' },
};

/** The mark of a stance its side called a red line, in words wherever it shows: a view never relies on colour alone. */
export const RED_LINE_LABEL = 'Red line';

/** The side's name as a heading or table label: "United States". */
export function sideLabel(side: Side): string {
  return SIDE_NAMES[side].label;
}

/** The side's name inside a sentence: "the United States". */
export function sideInSentence(side: Side): string {
  return SIDE_NAMES[side].inSentence;
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
export function confirmationText(confirmedBy: readonly Side[]): string {
  if (confirmedBy.length === 0) return 'Reported by the press only';
  const names = [...confirmedBy].sort(compareSides).map(sideInSentence);
  return `Confirmed by ${joinAsList(names)}`;
}

/** Joins names as an English list: "A", "A and B", "A, B and C". */
export function joinAsList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

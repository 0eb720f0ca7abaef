const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/**
 * A round number as news copy writes it: words up to twenty, digits above.
 * @example numberInWords(4) // "four"
 * @example numberInWords(21) // "21"
 */
export function numberInWords(n: number): string {
  return WORDS[n] ?? String(n);
}

/**
 * A count with its noun, in the singular for one.
 * @example countOf(1, 'meeting') // "1 meeting"
 * @example countOf(3, 'event') // "3 events"
 * @example countOf(2, 'earlier entry', 'earlier entries') // "2 earlier entries"
 */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

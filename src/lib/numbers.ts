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

import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';

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
  return countIn(n, { one: `# ${noun}`, other: `# ${plural}` });
}

/**
 * A noun's forms for each plural category of a language, as `Intl.PluralRules` names them, `#` standing for the
 * number: Arabic has forms for one, two, a few (3–10) and many (11–99); a category left out reads as `other`.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/**
 * A count with its noun in the form the language gives that number.
 * @example countIn(3, { one: '# day', other: '# days' }) // "3 days"
 * @example countIn(2, { one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' }, 'ar') // "يومان"
 */
export function countIn(n: number, forms: PluralForms, locale: Locale = DEFAULT_LOCALE): string {
  const form = forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
  return form.replace('#', String(n));
}

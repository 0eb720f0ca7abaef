/**
 * Countries as the record writes them: by their ISO 3166-1 alpha-2 codes, named in a reader's language by the
 * runtime's own Unicode data, so no list of names is kept here and every edition names them in its own words.
 */

/** A place's country: one code, or two for a place on the border between them, in the order the border is named. */
export type PlaceCountry = string | readonly [string, string];

/** How a code is written: two capital letters. */
export const COUNTRY_CODE_FORM = /^[A-Z]{2}$/;

/** ISO 3166-1's codes for private use, and the unions (EU, the euro area, the UN) the runtime names beside the countries. */
const NOT_A_COUNTRY = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;

/** Joins the two countries of a border, as in "Israel–Syria". */
const BORDER_JOIN = '–';

const displayNames = new Map<string, Intl.DisplayNames>();

/** The runtime's names of regions in one language, made once per language; `undefined` for a code it does not know. */
function namesIn(locale: string): Intl.DisplayNames {
  const known = displayNames.get(locale);
  if (known) return known;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  displayNames.set(locale, names);
  return names;
}

/** The code the runtime writes for an old or other code of the same country: UK → GB, FX (metropolitan France) → FR. */
function canonicalCode(code: string): string {
  return Intl.getCanonicalLocales(`und-${code}`)[0]?.slice('und-'.length) ?? code;
}

/**
 * True for an ISO 3166-1 alpha-2 code of a country the runtime names, written as the runtime writes it.
 * @example isCountryCode('FR') // true
 * @example isCountryCode('UK') // false: the code is GB
 */
export function isCountryCode(code: string): boolean {
  return COUNTRY_CODE_FORM.test(code) && !NOT_A_COUNTRY.test(code) && canonicalCode(code) === code && namesIn('en').of(code) !== undefined;
}

/** Every two-letter code from AA to ZZ, the space ISO 3166-1 alpha-2 codes are drawn from. */
function twoLetterCodes(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  return letters.flatMap((first) => letters.map((second) => `${first}${second}`));
}

/** Each country's English name, as the runtime gives it, to its code: what lets an editor's "France" become FR. */
const CODE_BY_ENGLISH_NAME: ReadonlyMap<string, string> = new Map(
  twoLetterCodes()
    .filter(isCountryCode)
    .map((code) => [namesIn('en').of(code) ?? code, code] as const),
);

/** The code of one country written as a code in any case, an old code of it, or its English name; undefined for none. */
function codeOf(written: string): string | undefined {
  const upper = written.toUpperCase();
  if (!COUNTRY_CODE_FORM.test(upper)) return CODE_BY_ENGLISH_NAME.get(written);
  const code = canonicalCode(upper);
  return isCountryCode(code) ? code : undefined;
}

/**
 * The country of a place as the record writes it, from what an editor may write instead: a code in lower case, an
 * old code, the English name, or two English names joined by an en dash for a border. Undefined when it names none.
 * @example placeCountryOf('France') // "FR"
 * @example placeCountryOf('uk') // "GB"
 * @example placeCountryOf('Israel–Syria') // ["IL", "SY"]
 */
export function placeCountryOf(written: string): PlaceCountry | undefined {
  const whole = codeOf(written.trim());
  if (whole !== undefined) return whole;
  const parts = written.split(BORDER_JOIN).map((part) => codeOf(part.trim()));
  const [first, second] = parts;
  return parts.length === 2 && first !== undefined && second !== undefined && first !== second ? [first, second] : undefined;
}

/**
 * A place's country named in `locale`; the two countries of a border joined by an en dash.
 * @example countryName('FR', 'en') // "France"
 * @example countryName(['IL', 'SY'], 'en') // "Israel–Syria"
 * @example countryName('FR', 'ar') // "فرنسا"
 */
export function countryName(country: PlaceCountry, locale: string): string {
  const codes: readonly string[] = typeof country === 'string' ? [country] : country;
  return codes.map((code) => namesIn(locale).of(code) ?? code).join(BORDER_JOIN);
}

/**
 * A place's country as a round's front matter writes it.
 * @example frontMatterCountry(['IL', 'SY']) // "[IL, SY]"
 */
export function frontMatterCountry(country: PlaceCountry): string {
  return typeof country === 'string' ? country : `[${country.join(', ')}]`;
}

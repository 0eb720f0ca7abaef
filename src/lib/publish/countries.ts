/** Countries as structured data names them: by their ISO 3166-1 alpha-2 code. */

/** Every two-letter code from AA to ZZ, the space ISO 3166-1 alpha-2 codes are drawn from. */
function twoLetterCodes(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  return letters.flatMap((first) => letters.map((second) => `${first}${second}`));
}

/** ISO 3166-1's codes for private use, and the unions (EU, the euro area, the UN) the runtime names beside the countries. */
const NOT_A_COUNTRY = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;

/** True for a code the runtime writes another way: UK is GB, FX (metropolitan France) is FR. */
const isAlias = (code: string): boolean => Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`;

/**
 * The English name of each country the runtime knows, to its code. The names come from the runtime's own Unicode
 * data, so there is no list to keep; a code it does not know is named by the code itself and left out.
 */
const CODE_BY_NAME: ReadonlyMap<string, string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return new Map(
    twoLetterCodes()
      .filter((code) => !NOT_A_COUNTRY.test(code) && !isAlias(code))
      .flatMap((code) => {
        const name = names.of(code);
        return name === undefined || name === code ? [] : [[name, code] as const];
      }),
  );
})();

/**
 * The ISO 3166-1 alpha-2 code of one country named in English, or undefined for anything else: a place that spans two
 * countries, a region, a name the runtime writes differently.
 * @example countryCode('France') // "FR"
 * @example countryCode('Israel–Syria') // undefined
 */
export function countryCode(name: string): string | undefined {
  return CODE_BY_NAME.get(name);
}

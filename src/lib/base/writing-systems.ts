/**
 * The scripts a person's name is recorded in besides the Latin alphabet:
 * Arabic and Hebrew, as their governments and the region's press write them.
 */
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';

/** The language tags a name in its own script may carry, as in an HTML `lang` attribute. */
export const NAME_LANGS = ['ar', 'he'] as const;
export type NameLang = (typeof NAME_LANGS)[number];

export const NAME_LANG_LABELS: Record<NameLang, string> = { ar: 'Arabic', he: 'Hebrew' };

/** Both scripts run right to left; the page marks each form so it reads and wraps correctly inside English text. */
export const NAME_LANG_DIRECTION: Record<NameLang, 'rtl'> = { ar: 'rtl', he: 'rtl' };

const LETTERS_OF: Record<NameLang, RegExp> = { ar: /\p{Script=Arabic}/u, he: /\p{Script=Hebrew}/u };

/** The language whose script `text` has letters of, if it is one of the name languages. */
export function nameLangOf(text: string): NameLang | undefined {
  return NAME_LANGS.find((lang) => LETTERS_OF[lang].test(text));
}

/** Why `name` cannot be the `lang` form of a name, or undefined when it can: it must be in that script alone. */
export function scriptProblem(name: string, lang: NameLang): string | undefined {
  if (/\p{Script=Latin}/u.test(name)) return `has Latin letters: write only the ${NAME_LANG_LABELS[lang]} form here`;
  const other = NAME_LANGS.find((candidate) => candidate !== lang && LETTERS_OF[candidate].test(name));
  if (other) return `is in ${NAME_LANG_LABELS[other]} script, not ${NAME_LANG_LABELS[lang]}: set lang to ${other}`;
  if (!LETTERS_OF[lang].test(name)) return `has no ${NAME_LANG_LABELS[lang]} letters`;
  return undefined;
}

/**
 * The language of a text written in one of the name scripts alone, such as a source's Arabic or Hebrew headline, for
 * its `lang` attribute; undefined for any other text, an English headline that quotes an Arabic word included.
 * @example scriptLangOf('جولة مفاوضات جديدة بين سوريا وإسرائيل') // 'ar'
 */
export function scriptLangOf(text: string): NameLang | undefined {
  return NAME_LANGS.find((lang) => scriptProblem(text, lang) === undefined);
}

/**
 * The `lang` a name or a spelling of it needs on a page of `locale`: Arabic or Hebrew when it has letters of that
 * script, English when it is in Latin letters on an Arabic or Hebrew page (a spelling as the English-language press
 * writes it), and none on an English page, whose language it shares.
 * @example spellingLang('al-Shaibani', 'ar') // 'en'
 * @example spellingLang('אזור UNDOF', 'he') // 'he'
 */
export function spellingLang(spelling: string, locale: Locale): NameLang | 'en' | undefined {
  return nameLangOf(spelling) ?? (locale === DEFAULT_LOCALE ? undefined : 'en');
}

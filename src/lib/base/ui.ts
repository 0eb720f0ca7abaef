/**
 * Each edition's interface strings. The core of the interface is one dictionary per language
 * (src/lib/base/dictionaries/en.ts, ar.ts, he.ts); a part of the site with many words of its own keeps them in one
 * module with all three languages side by side (`InEveryEdition`), registered in AREAS, and reads them as
 * `ui.<area>`. TypeScript holds every edition to the English's keys, so no label is left out of a translation.
 */
import type { Locale } from '@/lib/base/locales';
import { ar } from '@/lib/base/dictionaries/ar';
import { en, type CoreStrings } from '@/lib/base/dictionaries/en';
import { he } from '@/lib/base/dictionaries/he';
import { search } from '@/lib/base/dictionaries/search';

/** The words of one part of the interface in every edition, each with the English's keys. */
export type InEveryEdition<T> = Record<Locale, T>;

const CORE: InEveryEdition<CoreStrings> = { en, ar, he };

/** The parts of the interface with words of their own, by the name the interface reads them under. */
const AREAS = { search };

type Areas = { [A in keyof typeof AREAS]: (typeof AREAS)[A] extends InEveryEdition<infer T> ? T : never };

/** Every word of one edition's interface. */
export type UiStrings = CoreStrings & Areas;

const built = new Map<Locale, UiStrings>();

/** The words an edition's interface is written in. */
export function uiStrings(locale: Locale): UiStrings {
  let strings = built.get(locale);
  if (strings === undefined) {
    const areas = Object.fromEntries(
      Object.entries(AREAS).map(([name, area]) => [name, (area as InEveryEdition<unknown>)[locale]]),
    ) as Areas;
    strings = { ...CORE[locale], ...areas };
    built.set(locale, strings);
  }
  return strings;
}

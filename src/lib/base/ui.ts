/**
 * Each edition's interface strings. The core of the interface is one dictionary per language
 * (src/lib/base/dictionaries/en.ts, ar.ts, he.ts); a part of the site with many words of its own keeps them in one
 * module with all three languages side by side (`InEveryEdition`), registered in AREAS, and reads them as
 * `ui.<area>`. TypeScript holds every edition to the English's keys, so no label is left out of a translation.
 */
import type { InEveryEdition, Locale } from '@/lib/base/locales';
import { ar } from '@/lib/base/dictionaries/ar';
import { articles } from '@/lib/base/dictionaries/articles';
import { compare } from '@/lib/base/dictionaries/compare';
import { corrections } from '@/lib/base/dictionaries/corrections';
import { counts } from '@/lib/base/dictionaries/counts';
import { data } from '@/lib/base/dictionaries/data';
import { embed } from '@/lib/base/dictionaries/embed';
import { en, type CoreStrings } from '@/lib/base/dictionaries/en';
import { he } from '@/lib/base/dictionaries/he';
import { issues } from '@/lib/base/dictionaries/issues';
import { methods } from '@/lib/base/dictionaries/methods';
import { people } from '@/lib/base/dictionaries/people';
import { play } from '@/lib/base/dictionaries/play';
import { publishing } from '@/lib/base/dictionaries/publishing';
import { search } from '@/lib/base/dictionaries/search';
import { sourceLinks } from '@/lib/base/dictionaries/sources';
import { timeline } from '@/lib/base/dictionaries/timeline';
import { views } from '@/lib/base/dictionaries/views';

export type { InEveryEdition } from '@/lib/base/locales';

const CORE: InEveryEdition<CoreStrings> = { en, ar, he };

/** The parts of the interface with words of their own, by the name the interface reads them under. */
const AREAS = {
  articles,
  compare,
  corrections,
  counts,
  data,
  embed,
  issues,
  methods,
  people,
  play,
  publishing,
  search,
  sourceLinks,
  timeline,
  views,
};

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

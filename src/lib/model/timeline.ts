/** The chronological timeline of rounds and context events. */
import { compareByDay, daysBetween, monthKeyOf, monthName, yearOf } from '@/lib/base/dates';
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { countIn } from '@/lib/base/numbers';
import { uiStrings } from '@/lib/base/ui';
import { roundName } from '@/lib/model/round-names';
import type { Entry } from '@/lib/record/entries';
import type { Event, Round } from '@/lib/record/schemas';

/** How long after the previous meeting a round took place. */
export interface Gap {
  days: number;
  /** "round four", or the title of an unnumbered contact, in the edition's words. */
  after: string;
}

export type TimelineItem =
  { kind: 'round'; id: string; day: string; data: Round; gap?: Gap } | { kind: 'event'; id: string; day: string; data: Event };

export type TimelineOrder = 'oldest-first' | 'newest-first';

export interface MonthGroup {
  /** "2026-01" */
  key: string;
  /** "January" */
  name: string;
  items: TimelineItem[];
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
}

/**
 * Rounds and events in date order, oldest first. On the same day an event comes
 * before a round. Each held round carries its gap after the previous held round, where both have known days.
 */
export function buildTimeline(
  rounds: readonly Entry<Round>[],
  events: readonly Entry<Event>[],
  locale: Locale = DEFAULT_LOCALE,
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...rounds.map((round) => ({ kind: 'round' as const, id: round.id, day: round.data.start, data: round.data })),
    ...events.map((event) => ({ kind: 'event' as const, id: event.id, day: event.data.date, data: event.data })),
  ].sort(compareItems);

  let previous: Round | undefined;
  for (const item of items) {
    // A meeting dated by the report of it has no days to count a pause from, or to.
    if (item.kind !== 'round' || item.data.status !== 'held' || item.data.datedByReport) continue;
    if (previous) item.gap = { days: daysBetween(previous.end ?? previous.start, item.data.start), after: roundName(previous, locale) };
    previous = item.data;
  }
  return items;
}

/** The meetings that took place, oldest first: the ones with delegations and stances, and the newest the home page names. */
export function heldRounds(timeline: readonly TimelineItem[]): Entry<Round>[] {
  return timeline.flatMap((item) => (item.kind === 'round' && item.data.status === 'held' ? [{ id: item.id, data: item.data }] : []));
}

function compareItems(a: TimelineItem, b: TimelineItem): number {
  if (a.day === b.day && a.kind !== b.kind) return a.kind === 'event' ? -1 : 1;
  return compareByDay(a, b);
}

/** Groups a date-ordered timeline by year, then month, in the reader's chosen order, the months named in the edition's words. */
export function groupByYearAndMonth(items: readonly TimelineItem[], order: TimelineOrder, locale: Locale = DEFAULT_LOCALE): YearGroup[] {
  const ordered = order === 'oldest-first' ? [...items] : [...items].reverse();
  const years: YearGroup[] = [];
  for (const item of ordered) {
    const year = yearOf(item.day);
    const key = monthKeyOf(item.day);
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) {
      yearGroup = { year, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.key !== key) {
      monthGroup = { key, name: monthName(key, locale), items: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.items.push(item);
  }
  return years;
}

/** One year of the record: its page lists `items`; links to it show the counts. */
export interface TimelineYear {
  year: number;
  rounds: number;
  events: number;
  /** The year's rounds and events, in timeline order. */
  items: TimelineItem[];
}

/**
 * Every year from the first entry to the last, oldest first, each with its
 * entries. A year with no entry still has its page, so a link to any year of
 * the talks never breaks.
 */
export function timelineYears(items: readonly TimelineItem[]): TimelineYear[] {
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return [];
  const years = new Map(
    yearsFromTo(yearOf(first.day), yearOf(last.day)).map((year) => [year, { year, rounds: 0, events: 0, items: [] as TimelineItem[] }]),
  );
  for (const item of items) {
    const year = years.get(yearOf(item.day));
    if (!year) continue;
    year.items.push(item);
    year[item.kind === 'round' ? 'rounds' : 'events'] += 1;
  }
  return [...years.values()];
}

/** Every year from `first` to `last`, both included: the years that have a page. */
export function yearsFromTo(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The opening line of the home page.
 * @example homeLede(5) // "A sourced record … since the fall of Assad: 5 numbered rounds, the other contacts, …"
 */
export function homeLede(numberedRounds: number, locale: Locale = DEFAULT_LOCALE): string {
  const ui = uiStrings(locale);
  return ui.timeline.lede(countIn(numberedRounds, ui.counts.numberedRound, locale));
}

/**
 * The opening line of a year's page.
 * @example yearLede({ year: 2025, rounds: 4, events: 1 }) // "4 meetings and 1 context event in 2025, in date order."
 */
export function yearLede(
  { year, rounds, events }: Pick<TimelineYear, 'year' | 'rounds' | 'events'>,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const ui = uiStrings(locale);
  if (rounds + events === 0) return ui.timeline.emptyYear(year);
  return ui.timeline.yearLede(countIn(rounds, ui.counts.meeting, locale), countIn(events, ui.counts.contextEvent, locale), year);
}

/** A list cut to its newest entries, grouped by year, newest first; what is left out is only counted. */
export interface NewestByYear<T> {
  shown: { year: number; items: T[] }[];
  /** The items left out: how many, and the years they span. */
  earlier?: { count: number; firstYear: number; lastYear: number };
}

/**
 * Keeps a page the same size however long the record grows: the newest
 * `limit` items of a date-ordered list (oldest first), grouped by year with
 * the newest first, and the rest counted.
 * @example newestByYear([{ day: '2024-12-08' }, { day: '2025-07-24' }, { day: '2025-08-19' }], (x) => x.day, 2)
 * // { shown: [{ year: 2025, items: [Aug 19, Jul 24] }], earlier: { count: 1, firstYear: 2024, lastYear: 2024 } }
 */
export function newestByYear<T>(items: readonly T[], dayOf: (item: T) => string, limit: number): NewestByYear<T> {
  const shown: NewestByYear<T>['shown'] = [];
  for (const item of items.slice(-limit).reverse()) {
    const year = yearOf(dayOf(item));
    const group = shown.at(-1);
    if (group?.year === year) group.items.push(item);
    else shown.push({ year, items: [item] });
  }
  const left = items.slice(0, Math.max(0, items.length - limit));
  const [first, last] = [left[0], left.at(-1)];
  if (first === undefined || last === undefined) return { shown };
  return { shown, earlier: { count: left.length, firstYear: yearOf(dayOf(first)), lastYear: yearOf(dayOf(last)) } };
}

/**
 * The years a span of entries covers, as a sentence says them.
 * @example yearSpan(2003, 2019) // "from 2003 to 2019"
 * @example yearSpan(2025, 2025) // "from 2025"
 * @example yearSpan(2003, 2019, 'he') // "מ-2003 עד 2019"
 */
export function yearSpan(firstYear: number, lastYear: number, locale: Locale = DEFAULT_LOCALE): string {
  return uiStrings(locale).timeline.yearSpan(firstYear, lastYear);
}

/** The chronological timeline of rounds and context events. */
import type { Event, Round } from '../schemas';
import { compareByDay, daysBetween, monthKeyOf, monthName, yearOf } from './dates';
import { numberInWords } from './numbers';
import type { Entry } from './record';

/** How long after the previous meeting a round took place. */
export interface Gap {
  days: number;
  /** "round four", or the title of an unnumbered contact. */
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

/** "round four" for a numbered round, its title for a contact. */
export function roundName(round: Round): string {
  return round.round === undefined ? round.title : `round ${numberInWords(round.round)}`;
}

/**
 * Rounds and events in date order, oldest first. On the same day an event comes
 * before a round. Each held round carries its gap after the previous held round.
 */
export function buildTimeline(rounds: readonly Entry<Round>[], events: readonly Entry<Event>[]): TimelineItem[] {
  const items: TimelineItem[] = [
    ...rounds.map((round) => ({ kind: 'round' as const, id: round.id, day: round.data.start, data: round.data })),
    ...events.map((event) => ({ kind: 'event' as const, id: event.id, day: event.data.date, data: event.data })),
  ].sort(compareItems);

  let previous: Round | undefined;
  for (const item of items) {
    if (item.kind !== 'round' || item.data.status !== 'held') continue;
    if (previous) item.gap = { days: daysBetween(previous.end ?? previous.start, item.data.start), after: roundName(previous) };
    previous = item.data;
  }
  return items;
}

function compareItems(a: TimelineItem, b: TimelineItem): number {
  if (a.day === b.day && a.kind !== b.kind) return a.kind === 'event' ? -1 : 1;
  return compareByDay(a, b);
}

/** Groups a date-ordered timeline by year, then month, in the reader's chosen order. */
export function groupByYearAndMonth(items: readonly TimelineItem[], order: TimelineOrder): YearGroup[] {
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
      monthGroup = { key, name: monthName(key), items: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.items.push(item);
  }
  return years;
}

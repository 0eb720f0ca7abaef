/** When a page's record was reported and when it last changed: from its sources' dates and its `updates`. */
import { firstDayOf } from '@/lib/base/dates';

/**
 * The day a page last changed: its newest update, or the day it was first published when it has none.
 * @example lastChangedDay('2025-07-24', [{ date: '2026-02-01', note: '…' }]) // "2026-02-01"
 */
export function lastChangedDay(published: string, updates: readonly { date: string }[]): string {
  return updates.reduce((latest, update) => (update.date > latest ? update.date : latest), published);
}

/**
 * The day of a page's newest source; a source dated by month only counts from the month's first day.
 * @example newestSourceDay([{ date: '2026-01-06' }, { date: '2026-02' }]) // "2026-02-01"
 */
export function newestSourceDay(sources: readonly { date: string }[]): string {
  return sources.map((source) => firstDayOf(source.date)).reduce((newest, day) => (day > newest ? day : newest), '');
}

/**
 * The day of a page's oldest source, with its index in `sources`: the page reports what its sources say, so it cannot
 * have been published before the first of them. A source dated by month only counts from the month's first day.
 * @example oldestSource([{ date: '2026-01-06' }, { date: '2025-12' }]) // { day: "2025-12-01", index: 1 }
 */
export function oldestSource(sources: readonly { date: string }[]): { day: string; index: number } | undefined {
  return sources.reduce<{ day: string; index: number } | undefined>((oldest, source, index) => {
    const day = firstDayOf(source.date);
    return oldest === undefined || day < oldest.day ? { day, index } : oldest;
  }, undefined);
}

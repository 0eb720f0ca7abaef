/** When a page's record was reported and when it last changed: from its sources' dates and its `updates`. */
import { firstDayOf } from './dates';

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

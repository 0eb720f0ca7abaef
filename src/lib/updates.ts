/** What the `updates` of a page tell about it: when it last changed. */

/**
 * The day a page last changed: its newest update, or the day it was first published when it has none.
 * @example lastChangedDay('2025-07-24', [{ date: '2026-02-01', note: '…' }]) // "2026-02-01"
 */
export function lastChangedDay(published: string, updates: readonly { date: string }[]): string {
  return updates.reduce((latest, update) => (update.date > latest ? update.date : latest), published);
}

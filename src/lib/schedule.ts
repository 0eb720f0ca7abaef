/**
 * Meetings announced before they happen. A round may be `scheduled` once a
 * source reports it as planned; the day of the build decides whether it is
 * still upcoming, and whether a round marked held could have happened yet.
 * The same day bounds every page's corrections: none can be dated after it.
 */
import { dayOfInstant } from './dates';
import { fileOf, type ContentRecord, type Entry } from './record';
import type { CollectionName } from './urls';

/**
 * The day the site is built on, in TIME_ZONE. SOURCE_DATE_EPOCH (seconds since
 * 1970, the reproducible-builds convention) fixes it, so a build can be made
 * again exactly as it was on another day.
 */
export function buildDay(environment: Record<string, string | undefined>, now: Date = new Date()): string {
  const epoch = environment['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return dayOfInstant(now);
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, not ${JSON.stringify(epoch)}`);
  return dayOfInstant(new Date(Number(epoch) * 1000));
}

/** A round reported as held that starts after the day of the build: it cannot have happened yet. */
export function scheduleProblems(record: Pick<ContentRecord, 'rounds'>, today: string): string[] {
  return record.rounds
    .filter((round) => round.data.status === 'held' && round.data.start > today)
    .map(
      (round) =>
        `${fileOf('rounds', round)}: start: ${round.data.start} is after today (${today}) but status is held: ` +
        'a meeting that has not happened yet is status: scheduled',
    );
}

/** A scheduled round whose day has passed: the editor should say whether it was held, postponed or cancelled. */
export function scheduleWarnings(record: Pick<ContentRecord, 'rounds'>, today: string): string[] {
  return record.rounds
    .filter((round) => round.data.status === 'scheduled' && (round.data.end ?? round.data.start) < today)
    .map(
      (round) =>
        `${fileOf('rounds', round)}: status: scheduled for ${round.data.start}, which has passed; once a source reports ` +
        'what happened, change status to held, postponed or cancelled and add an updates entry',
    );
}

/**
 * Every update dated after `today`, the day of the build, or on an event's page before the event, one line each:
 * `content/notes/x.md: updates[0].date: 2062-12-02 is after today (2026-12-02): …`. An update records a change
 * already made to a published page, so such a date is a typo, most often in the year. A round's page may be updated
 * before its start (a meeting announced, then moved), so only an event's own date bounds its updates.
 */
export function updateProblems(record: ContentRecord, today: string): string[] {
  const problems: string[] = [];
  const check = (collection: CollectionName, entry: Entry<{ updates: readonly { date: string }[] }>, eventDay?: string) => {
    entry.data.updates.forEach((update, i) => {
      const at = `${fileOf(collection, entry)}: updates[${i}].date: ${update.date}`;
      if (update.date > today) problems.push(`${at} is after today (${today}): an update records a change already made; check the year`);
      else if (eventDay !== undefined && update.date < eventDay)
        problems.push(`${at} is before the event (${eventDay}): an update records a change made after it; check the year`);
    });
  };
  for (const round of record.rounds) check('rounds', round);
  for (const event of record.events) check('events', event, event.data.date);
  for (const person of record.people) check('people', person);
  for (const issue of record.issues) check('issues', issue);
  for (const note of record.notes) check('notes', note);
  return problems;
}

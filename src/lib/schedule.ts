/**
 * Meetings announced before they happen. A round may be `scheduled` once a
 * source reports it as planned; the day of the build decides whether it is
 * still upcoming, and whether a round marked held could have happened yet.
 */
import { dayOfInstant } from './dates';
import { fileOf, type ContentRecord } from './record';

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

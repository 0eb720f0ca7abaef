/**
 * Meetings announced before they happen. A round may be `scheduled` once a
 * source reports it as planned; the day of the build decides whether it is
 * still upcoming, and whether a round marked held could have happened yet.
 * The same day bounds every page's reports, events and corrections: none can
 * be dated after it.
 */
import { dayOfInstant, firstDayOf } from '@/lib/base/dates';
import { COLLECTIONS, type CollectionName } from '@/lib/base/urls';
import { oldestSource } from '@/lib/model/updates';
import { fileOf, type ContentRecord, type Entry } from '@/lib/record/entries';

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

/** What every page of the record holds that the day of the build bounds: its reports and its corrections. */
interface DatedPage {
  sources: readonly { date: string; checked?: string | undefined; archive?: { captured: string } | undefined }[];
  updates: readonly { date: string }[];
}

/** Every page of the record with its collection, in the order the site reads them. */
function pagesOf(record: ContentRecord): { collection: CollectionName; entry: Entry<DatedPage> }[] {
  return COLLECTIONS.flatMap((collection) => record[collection].map((entry: Entry<DatedPage>) => ({ collection, entry })));
}

/**
 * Every source, every source's last reading and archived copy, and every event, dated after `today`, the day of the build, one line each:
 * `content/events/x.md: sources[0].date: 2062-11-12 is after today (2026-12-02): …`. A report is published before
 * anyone cites it and an event has happened before it is recorded, so such a date is a typo, most often in the year.
 * A source dated by month only is after today when its month has not begun.
 */
export function futureDateProblems(record: ContentRecord, today: string): string[] {
  const problems: string[] = [];
  for (const event of record.events) {
    if (event.data.date > today)
      problems.push(
        `${fileOf('events', event)}: date: ${event.data.date} is after today (${today}): an event is recorded once it has ` +
          'happened; check the year, or enter a meeting still to come as a round with status: scheduled',
      );
  }
  for (const { collection, entry } of pagesOf(record)) {
    entry.data.sources.forEach((source, i) => {
      if (firstDayOf(source.date) > today)
        problems.push(
          `${fileOf(collection, entry)}: sources[${i}].date: ${source.date} is after today (${today}): ` +
            'a report is cited after it is published; check the year',
        );
      if (source.checked !== undefined && source.checked > today)
        problems.push(
          `${fileOf(collection, entry)}: sources[${i}].checked: ${source.checked} is after today (${today}): ` +
            'an address is recorded as read once it has been; check the year',
        );
      if (source.archive !== undefined && source.archive.captured > today)
        problems.push(
          `${fileOf(collection, entry)}: sources[${i}].archive.captured: ${source.archive.captured} is after today (${today}): ` +
            'a copy is recorded once it has been captured; check the year',
        );
    });
  }
  return problems;
}

/**
 * Every update dated after `today`, the day of the build, or before the page could be published, one line each:
 * `content/notes/x.md: updates[0].date: 2062-12-02 is after today (2026-12-02): …`. An update records a change
 * already made to a published page, so such a date is a typo, most often in the year. A page is published no earlier
 * than its oldest source (it reports what its sources say) and, for an event, than the event itself. A round's page
 * may be updated before its start (a meeting announced, then moved), so its start bounds nothing.
 */
export function updateProblems(record: ContentRecord, today: string): string[] {
  const eventDays = new Map(record.events.map((event) => [event.id, event.data.date]));
  const problems: string[] = [];
  for (const { collection, entry } of pagesOf(record)) {
    const eventDay = collection === 'events' ? eventDays.get(entry.id) : undefined;
    const oldest = oldestSource(entry.data.sources);
    entry.data.updates.forEach((update, i) => {
      const at = `${fileOf(collection, entry)}: updates[${i}].date: ${update.date}`;
      if (update.date > today) problems.push(`${at} is after today (${today}): an update records a change already made; check the year`);
      else if (eventDay !== undefined && update.date < eventDay)
        problems.push(`${at} is before the event (${eventDay}): an update records a change made after it; check the year`);
      else if (oldest !== undefined && update.date < oldest.day)
        problems.push(
          `${at} is before the page's oldest source (sources[${oldest.index}], ${oldest.day}), so before the page could be ` +
            'published: an update records a change made after publication; check the year',
        );
    });
  }
  return problems;
}

/**
 * The record as the pages use it: a valid record indexed once per build into
 * every list and lookup a page needs. The pages receive what `indexRecord` returns.
 */
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { issueUrl, personUrl } from '@/lib/base/urls';
import { appearancesByPerson, publishedDay, type Appearance } from '@/lib/model/rounds';
import { buildTimeline, type TimelineItem } from '@/lib/model/timeline';
import type { ContentRecord, Entry } from '@/lib/record/entries';
import type { Issue, Person, Round } from '@/lib/record/schemas';

export interface RoundNeighbours {
  previous?: Entry<Round>;
  next?: Entry<Round>;
}

/** The record as the pages use it: every list and lookup a page needs, computed once per build. */
export interface SiteRecord extends ContentRecord {
  personById: ReadonlyMap<string, Entry<Person>>;
  issueById: ReadonlyMap<string, Entry<Issue>>;
  /** Rounds and events, oldest first. */
  timeline: TimelineItem[];
  /**
   * The newest day the record reports: the newest event, held round, or report of a meeting that did not (yet) take
   * place (see publishedDay). What "current" means on every page, the same on every build.
   */
  newestDay: string;
  /** The day the site is built on: whether a scheduled meeting is still upcoming. */
  today: string;
  /** For each round, the meetings just before and after it in date order, for previous/next navigation. */
  roundNeighbours: ReadonlyMap<string, RoundNeighbours>;
  appearancesByPerson: ReadonlyMap<string, Appearance[]>;
  /** Every round and event an issue came up in, oldest first. */
  meetingsByIssue: ReadonlyMap<string, TimelineItem[]>;
}

/** Indexes a valid record for the pages of an edition, as of `today`, the day of the build. */
export function indexRecord(record: ContentRecord, today: string, locale: Locale = DEFAULT_LOCALE): SiteRecord {
  const timeline = buildTimeline(record.rounds, record.events, locale);
  const rounds = timeline.flatMap((item) => (item.kind === 'round' ? [{ id: item.id, data: item.data }] : []));
  const roundNeighbours = new Map(
    rounds.map((round, i) => {
      const [previous, next] = [rounds[i - 1], rounds[i + 1]];
      return [round.id, { ...(previous ? { previous } : {}), ...(next ? { next } : {}) }];
    }),
  );
  const meetingsByIssue = new Map(record.issues.map((issue) => [issue.id, [] as TimelineItem[]]));
  for (const item of timeline) for (const id of item.data.issues) meetingsByIssue.get(id)?.push(item);
  return {
    ...record,
    personById: new Map(record.people.map((person) => [person.id, person])),
    issueById: new Map(record.issues.map((issue) => [issue.id, issue])),
    timeline,
    newestDay: timeline.reduce((newest, item) => {
      const day = item.kind === 'round' ? publishedDay(item.data) : item.day;
      return day > newest ? day : newest;
    }, ''),
    today,
    roundNeighbours,
    appearancesByPerson: appearancesByPerson(record.rounds, record.events, locale),
    meetingsByIssue,
  };
}

/** The person with this id; the reference check guarantees it exists. */
export function personWithId(record: Pick<SiteRecord, 'personById'>, id: string): Entry<Person> {
  const person = record.personById.get(id);
  if (!person) throw new Error(`no person "${id}"`);
  return person;
}

/** The issue with this id; the reference check guarantees it exists. */
export function issueWithId(record: Pick<SiteRecord, 'issueById'>, id: string): Entry<Issue> {
  const issue = record.issueById.get(id);
  if (!issue) throw new Error(`no issue "${id}"`);
  return issue;
}

/** A link to another page of the site, as a list of them shows it. */
export interface PageLink {
  href: string;
  label: string;
}

/** Links to the pages of these issues, titled. */
export function issueLinks(record: Pick<SiteRecord, 'issueById'>, ids: readonly string[]): PageLink[] {
  return ids.map((id) => ({ href: issueUrl(id), label: issueWithId(record, id).data.title }));
}

/** Links to the pages of these people, by name. */
export function personLinks(record: Pick<SiteRecord, 'personById'>, ids: readonly string[]): PageLink[] {
  return ids.map((id) => ({ href: personUrl(id), label: personWithId(record, id).data.name }));
}

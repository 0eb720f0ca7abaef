/**
 * The record: every content file validated against its schema and checked
 * against the others, then indexed once for the pages. The record loader
 * calls `validateRecord`; the pages receive what `indexRecord` returns.
 */
import type { z } from 'astro/zod';
import { SCHEMAS, type Event, type Issue, type Note, type Person, type Round } from '../schemas';
import type { ContentFile } from './content-files';
import { findPublisherProblems } from './publishers';
import { findReferenceProblems, sharedNameProblems } from './references';
import { appearancesByPerson, publishedDay, type Appearance } from './rounds';
import { buildTimeline, type TimelineItem } from './timeline';
import { issueUrl, personUrl, type CollectionName } from './urls';

/** One content file: its id (the file name without .md), where it lives, and its validated front matter. */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}

/** Everything in content/, validated. */
export interface ContentRecord {
  rounds: Entry<Round>[];
  events: Entry<Event>[];
  people: Entry<Person>[];
  issues: Entry<Issue>[];
  notes: Entry<Note>[];
}

/** The path an editor knows a file by: content/rounds/2026-01-05-paris.md. */
export function fileOf(collection: CollectionName, entry: Entry<unknown>): string {
  return entry.filePath ?? `content/${collection}/${entry.id}.md`;
}

/**
 * Where a schema problem is, in the form the reference problems use too:
 * ['sources', 0, 'date'] is "sources[0].date".
 * @example fieldPath(['delegations', 'syria', 1]) // "delegations.syria[1]"
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * Every file checked against its collection's schema, then the whole record
 * against itself (see references.ts and publishers.ts), and for names and
 * titles a copied file kept. Every problem is
 * listed, one line each with file and field, so an editor fixes them all in
 * one pass.
 */
export function validateRecord(files: readonly ContentFile[]): { record: ContentRecord; problems: string[] } {
  const record: ContentRecord = { rounds: [], events: [], people: [], issues: [], notes: [] };
  const problems: string[] = [];
  for (const file of files) {
    const parsed = (SCHEMAS[file.collection] as z.ZodType).safeParse(file.frontmatter, { error: wrongTypeMessage });
    if (parsed.success) {
      (record[file.collection] as Entry<unknown>[]).push({ id: file.id, filePath: file.path, data: parsed.data });
    } else {
      for (const issue of parsed.error.issues) {
        const field = fieldPath(issue.path);
        problems.push(`${file.path}: ${field === '' ? '' : `${field}: `}${issue.message}`);
      }
    }
  }
  // References are only checked once every file is valid: a file that failed its schema would show up as a missing id too.
  if (problems.length === 0)
    problems.push(...findReferenceProblems(record), ...sharedNameProblems(record), ...findPublisherProblems(record));
  return { record, problems };
}

/**
 * What to write instead of a value of the wrong type, for the fields whose schema says no more: a list written as one
 * item, a group of fields written as text. Other problems keep their schema's message.
 * @example wrongTypeMessage({ code: 'invalid_type', expected: 'array', input: 'buffer-zone' }) // "must be a list in square brackets: write [buffer-zone] for one item"
 */
export function wrongTypeMessage(issue: { code?: string; expected?: unknown; input?: unknown }): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  const { expected, input } = issue;
  if (input === undefined) return 'is missing: add this field';
  if (input === null)
    return expected === 'array'
      ? 'is empty: write [] for none, or the items in square brackets'
      : 'is empty: write its value after the colon';
  if (expected === 'array')
    return typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean'
      ? `must be a list in square brackets: write [${String(input)}] for one item`
      : 'must be a list: put each item on its own line after "- ", or the items in square brackets';
  if (expected === 'object') return 'must be a group of fields: write them in braces, {field: value, …}, or indented on the lines below';
  if (expected === 'boolean') return 'must be true or false';
  if (expected === 'number') return 'must be a number, written without quotes';
  return undefined;
}

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

/** Indexes a valid record for the pages, as of `today`, the day of the build. */
export function indexRecord(record: ContentRecord, today: string): SiteRecord {
  const timeline = buildTimeline(record.rounds, record.events);
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
    appearancesByPerson: appearancesByPerson(record.rounds, record.events),
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

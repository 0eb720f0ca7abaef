/**
 * The one place pages get content from: all four collections, checked as a
 * whole. A broken reference stops the build with every problem listed.
 */
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { problemReport } from '../lib/problems';
import { findReferenceProblems } from '../lib/references';

export interface SiteRecord {
  rounds: CollectionEntry<'rounds'>[];
  events: CollectionEntry<'events'>[];
  people: CollectionEntry<'people'>[];
  issues: CollectionEntry<'issues'>[];
  notes: CollectionEntry<'notes'>[];
  personById: Map<string, CollectionEntry<'people'>>;
  issueById: Map<string, CollectionEntry<'issues'>>;
}

let loading: Promise<SiteRecord> | undefined;

/** Loads and checks the record once per build. */
export function loadRecord(): Promise<SiteRecord> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteRecord> {
  const [rounds, events, people, issues, notes] = await Promise.all([
    getCollection('rounds'),
    getCollection('events'),
    getCollection('people'),
    getCollection('issues'),
    getCollection('notes'),
  ]);
  const problems = findReferenceProblems({ rounds, events, people, issues, notes });
  if (problems.length > 0) {
    throw new Error(problemReport('The content', problems));
  }
  return {
    rounds,
    events,
    people,
    issues,
    notes,
    personById: new Map(people.map((person) => [person.id, person])),
    issueById: new Map(issues.map((issue) => [issue.id, issue])),
  };
}

/** The person with this id; the reference check guarantees it exists. */
export function personNamed(record: SiteRecord, id: string): CollectionEntry<'people'> {
  const person = record.personById.get(id);
  if (!person) throw new Error(`no person "${id}"`);
  return person;
}

/** The issue with this id; the reference check guarantees it exists. */
export function issueNamed(record: SiteRecord, id: string): CollectionEntry<'issues'> {
  const issue = record.issueById.get(id);
  if (!issue) throw new Error(`no issue "${id}"`);
  return issue;
}

/** Renders an entry's body, with the ids of the people its text mentions (see remark-person-mentions). */
export async function renderBody(
  entry: CollectionEntry<CollectionKey>,
): Promise<{ Content: Awaited<ReturnType<typeof render>>['Content']; mentionedPeople: string[] }> {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const mentioned: unknown = remarkPluginFrontmatter['mentionedPeople'];
  const mentionedPeople = Array.isArray(mentioned) ? mentioned.filter((id): id is string => typeof id === 'string') : [];
  return { Content, mentionedPeople };
}

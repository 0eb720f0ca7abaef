/**
 * The record as the pages get it: Astro's collections, which the record
 * loader has already checked as a whole, indexed once per build.
 */
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { indexRecord, type SiteRecord } from './lib/record';

let loading: Promise<SiteRecord> | undefined;

/** The whole record, loaded and indexed once per build. */
export function loadRecord(): Promise<SiteRecord> {
  loading ??= Promise.all([
    getCollection('rounds'),
    getCollection('events'),
    getCollection('people'),
    getCollection('issues'),
    getCollection('notes'),
  ]).then(([rounds, events, people, issues, notes]) => indexRecord({ rounds, events, people, issues, notes }));
  return loading;
}

/** What every content page receives: its entry and the whole record. */
export interface EntryProps<C extends CollectionKey> {
  entry: CollectionEntry<C>;
  record: SiteRecord;
}

/** One page per entry of a collection, at /<collection>/<file name>/. */
export async function entryPaths<C extends CollectionKey>(collection: C): Promise<{ params: { slug: string }; props: EntryProps<C> }[]> {
  const [entries, record] = await Promise.all([getCollection(collection), loadRecord()]);
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry, record } }));
}

/** Renders an entry's body, with the ids of the people its text mentions (see remark-person-mentions). */
export async function renderBody(entry: CollectionEntry<CollectionKey>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const mentioned: unknown = remarkPluginFrontmatter['mentionedPeople'];
  const mentionedPeople = Array.isArray(mentioned) ? mentioned.filter((id): id is string => typeof id === 'string') : [];
  return { Content, mentionedPeople };
}

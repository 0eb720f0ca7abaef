/**
 * The record as the pages get it: Astro's collections, which the record
 * loader has already checked as a whole, indexed once per build.
 */
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildDay } from '@/lib/content/schedule';
import { indexRecord, type SiteRecord } from '@/lib/model/site-record';

type Collections = { [C in CollectionKey]: CollectionEntry<C>[] };

let loading: Promise<{ collections: Collections; record: SiteRecord }> | undefined;

/** Each collection read once per build, and the record indexed from them. */
function load() {
  loading ??= Promise.all([
    getCollection('rounds'),
    getCollection('events'),
    getCollection('people'),
    getCollection('issues'),
    getCollection('notes'),
  ]).then(([rounds, events, people, issues, notes]) => {
    const collections: Collections = { rounds, events, people, issues, notes };
    return { collections, record: indexRecord(collections, buildDay(process.env)) };
  });
  return loading;
}

/** The whole record, loaded and indexed once per build. */
export async function loadRecord(): Promise<SiteRecord> {
  return (await load()).record;
}

/** What every content page receives: its entry and the whole record. */
export interface EntryProps<C extends CollectionKey> {
  entry: CollectionEntry<C>;
  record: SiteRecord;
}

/** One page per entry of a collection, at /<collection>/<file name>/. */
export async function entryPaths<C extends CollectionKey>(collection: C): Promise<{ params: { slug: string }; props: EntryProps<C> }[]> {
  const { collections, record } = await load();
  return collections[collection].map((entry) => ({ params: { slug: entry.id }, props: { entry, record } }));
}

/** Renders an entry's body, with the ids of the people its text mentions (see remark-person-mentions). */
export async function renderBody(entry: CollectionEntry<CollectionKey>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const mentioned: unknown = remarkPluginFrontmatter['mentionedPeople'];
  const mentionedPeople = Array.isArray(mentioned) ? mentioned.filter((id): id is string => typeof id === 'string') : [];
  return { Content, mentionedPeople };
}

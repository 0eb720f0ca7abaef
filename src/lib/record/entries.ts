/** The shape of the record, which every layer above shares: an entry for each content file, and the collections that hold them. */
import type { CollectionName } from '@/lib/base/urls';
import type { Event, Issue, Note, Person, Round } from '@/lib/record/schemas';

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

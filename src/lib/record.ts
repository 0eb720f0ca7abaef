import type { Event, Issue, Note, Person, Round } from '../schemas';
import type { CollectionName } from './urls';

/** One content file: its id (the file name without .md), where it lives, and its validated front matter. */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}

/** Everything in content/, as the pages receive it. */
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

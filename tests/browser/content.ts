/** What the browser tests expect, read from content/ itself so they follow the record as it grows. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ROOT } from '../build/build-site';

const CONTENT = join(ROOT, 'content');

export interface ContentFile {
  collection: string;
  id: string;
  /** The page the file is published at: /rounds/2025-07-24-paris/. */
  url: string;
  frontmatter: Record<string, unknown>;
  body: string;
  raw: string;
}

export function contentFiles(collection: string): ContentFile[] {
  return readdirSync(join(CONTENT, collection))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(CONTENT, collection, name), 'utf8');
      const { frontmatter, content } = parseFrontmatter(raw);
      const id = name.slice(0, -'.md'.length);
      return { collection, id, url: `/${collection}/${id}/`, frontmatter, body: content, raw };
    });
}

const COLLECTIONS = ['rounds', 'events', 'people', 'issues', 'notes'];

export function allContentFiles(): ContentFile[] {
  return COLLECTIONS.flatMap(contentFiles);
}

/** The rounds whose delegations include this person. */
export function roundsAttendedBy(personId: string): ContentFile[] {
  return contentFiles('rounds').filter((round) =>
    Object.values(round.frontmatter['delegations'] as Record<string, string[]>)
      .flat()
      .includes(personId),
  );
}

/** The rounds that list this issue. */
export function roundsOnIssue(issueId: string): ContentFile[] {
  return contentFiles('rounds').filter((round) => (round.frontmatter['issues'] as string[] | undefined)?.includes(issueId));
}

export function aliasesOf(collection: 'people' | 'issues', id: string): string[] {
  const file = contentFiles(collection).find((entry) => entry.id === id);
  if (!file) throw new Error(`no ${collection} file ${id}`);
  return file.frontmatter['aliases'] as string[];
}

/**
 * A long word that appears in the body of exactly one round and nowhere else
 * in the record, so a search for it must land on that round.
 */
export function wordOnlyInOneRound(): { word: string; round: ContentFile } {
  const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[a-z]{9,}/g) ?? []);
  const everywhere = new Map<string, number>();
  for (const file of allContentFiles()) {
    for (const word of words(file.raw)) everywhere.set(word, (everywhere.get(word) ?? 0) + 1);
  }
  for (const round of contentFiles('rounds')) {
    const word = [...words(round.body)].sort().find((candidate) => everywhere.get(candidate) === 1);
    if (word) return { word, round };
  }
  throw new Error('no word appears in only one round body');
}

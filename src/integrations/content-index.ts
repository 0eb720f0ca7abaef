/**
 * What the Markdown plugins need to know before the content collections load:
 * the pages the site will publish and the names of the people. Read straight
 * from the files; malformed ones are left for the collection schemas to report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { KnownPerson } from '../remark/remark-person-mentions';
import { PAGE_PREFIX, STATIC_PAGES, type CollectionName } from '../lib/urls';

export interface ContentIndex {
  pages: Set<string>;
  people: KnownPerson[];
}

export function readContentIndex(contentDir: string): ContentIndex {
  const pages = new Set<string>(STATIC_PAGES);
  for (const collection of Object.keys(PAGE_PREFIX) as CollectionName[]) {
    for (const id of markdownIds(join(contentDir, collection))) pages.add(`${PAGE_PREFIX[collection]}${id}/`);
  }
  const people = markdownIds(join(contentDir, 'people')).flatMap((id) => {
    const names = namesIn(join(contentDir, 'people', `${id}.md`));
    return names.length > 0 ? [{ id, names }] : [];
  });
  return { pages, people };
}

function markdownIds(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -'.md'.length))
      .sort();
  } catch {
    return [];
  }
}

function namesIn(file: string): string[] {
  try {
    const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
    const candidates: unknown[] = [frontmatter['name'], ...(Array.isArray(frontmatter['aliases']) ? frontmatter['aliases'] : [])];
    return candidates.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  } catch {
    return [];
  }
}

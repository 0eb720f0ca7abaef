/**
 * Refuses, before anything is built, content the collections would otherwise
 * skip or misread: a file without the .md extension in a collection folder
 * (the loader would leave it out and the site would silently be shorter),
 * a front-matter date that names no real day (YAML would move it to another),
 * and a file with no text after its front matter.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { findImpossibleDays, hasEmptyBody } from '../lib/front-matter';
import { problemReport } from '../lib/problems';
import { PAGE_PREFIX } from '../lib/urls';

/** Every problem in the content folder, one line each, naming file and line. */
export function findContentFileProblems(contentDir: string): string[] {
  const problems: string[] = [];
  for (const collection of Object.keys(PAGE_PREFIX)) {
    const folder = join(contentDir, collection);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      problems.push(`${folder}/: the ${collection} folder is missing`);
      continue;
    }
    for (const name of names.sort()) {
      const file = join(folder, name);
      if (name.startsWith('.') && statSync(file).isFile()) continue;
      if (!name.endsWith('.md') || !statSync(file).isFile()) {
        problems.push(`${file}: is not a .md file, so it would not be published; rename it to .md or move it out of ${folder}/`);
        continue;
      }
      const source = readFileSync(file, 'utf8');
      for (const { line, value } of findImpossibleDays(source)) {
        problems.push(`${file}:${line}: ${value} is not a real calendar day (check the month and the day)`);
      }
      if (hasEmptyBody(source)) problems.push(`${file}: body: is empty; write the page's text after the front matter`);
    }
  }
  return problems;
}

export function contentGuard(contentDir: string): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': () => {
        const problems = findContentFileProblems(contentDir);
        if (problems.length > 0) {
          throw new Error(problemReport('The content folder', problems));
        }
      },
    },
  };
}

/**
 * The project's documents name files, folders and npm scripts; a rename must not leave them pointing at nothing.
 * Paths in `backticks` are read from the repository's root, links from the document's own folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@tests/helpers/content';

const DOCUMENTS = ['README.md', 'CONTRIBUTING.md', 'content/README.md', 'src/server/README.md'];

/** File endings that mark a backticked word without a slash as a file of the repository. */
const FILE_ENDINGS = /\.(?:astro|ts|mjs|js|json|md|css|conf|svg|png)$/;

/** Folders a build writes, which the repository never holds. */
const BUILD_OUTPUT = /^dist(?:\.next|\.previous)?\//;

/** A media type, such as `text/calendar`, which has a slash but names no file. */
const MEDIA_TYPE = /^(?:application|audio|font|image|multipart|text|video)\/[\w.+-]+$/;

/** A file ending on its own, such as `.md`, which names a kind of file rather than one file. */
const BARE_ENDING = /^\.\w+$/;

/** Marks of a stand-in in a path, such as `content/rounds/<start-date>-<city>.md`: only the folders before it are checked. */
const PLACEHOLDER = /[<*…]/;

interface Mention {
  line: number;
  name: string;
}

/** The lines of a document outside its fenced code blocks, each with its number. */
function proseLines(text: string): Mention[] {
  let fenced = false;
  return text.split('\n').flatMap((line, index) => {
    if (line.trimStart().startsWith('```')) {
      fenced = !fenced;
      return [];
    }
    return fenced ? [] : [{ line: index + 1, name: line }];
  });
}

/**
 * The backticked words that read as repository paths: no space, no scheme, not a site address, a media type or a bare
 * file ending, and a slash or a file ending.
 * @example backtickedPaths('Run `npm test`; see `src/schemas.ts` and `/data/`.') // ["src/schemas.ts"]
 */
function backtickedPaths(line: string): string[] {
  return [...line.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1] ?? '')
    .filter((word) => !word.startsWith('/') && !word.includes('://') && !word.startsWith('..') && !BUILD_OUTPUT.test(word))
    .filter((word) => !MEDIA_TYPE.test(word) && !BARE_ENDING.test(word))
    .filter((word) => /^[\w.@[\]<>*…-]+(?:\/[\w.@[\]<>*…-]*)*$/.test(word))
    .filter((word) => word.includes('/') || FILE_ENDINGS.test(word));
}

/** The part of a path that names something real: the folders before its first stand-in, or the whole path. */
function checkablePart(path: string): string {
  const segments = path.split('/');
  const first = segments.findIndex((segment) => PLACEHOLDER.test(segment));
  return first === -1 ? path : segments.slice(0, first).join('/');
}

/**
 * The npm scripts a line runs: `npm run <name>`, and the scripts npm runs by their own name.
 * @example scriptsRun('npm install && npm start, then npm run check:content -- content') // ["start", "check:content"]
 */
function scriptsRun(line: string): string[] {
  return [...line.matchAll(/\bnpm (?:run(?:-script)? ([\w:.-]+)|(start|test|stop|restart)\b)/g)].map((match) => match[1] ?? match[2] ?? '');
}

/**
 * The Markdown links a line makes to files of the repository, without their #section.
 * @example relativeLinks('See [the guide](content/README.md#fields) and [Astro](https://astro.build).') // ["content/README.md"]
 */
function relativeLinks(line: string): string[] {
  return [...line.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => (match[1] ?? '').split('#')[0] ?? '')
    .filter((target) => target !== '' && !target.includes(':') && !target.startsWith('/'));
}

/** What a document names that does not exist, each as "document:line: what is missing". */
function missingMentions(document: string, text: string, scripts: ReadonlySet<string>, exists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    for (const script of scriptsRun(line)) {
      if (!scripts.has(script)) problems.push(`${document}:${index + 1}: \`npm run ${script}\` is no script in package.json`);
    }
  }
  for (const { line, name } of proseLines(text)) {
    for (const path of backtickedPaths(name)) {
      const part = checkablePart(path);
      if (part !== '' && !exists(part)) problems.push(`${document}:${line}: \`${path}\` names no file or folder of the repository`);
    }
    for (const link of relativeLinks(name)) {
      const target = normalize(join(dirname(document), link));
      if (!exists(target)) problems.push(`${document}:${line}: the link to ${link} leads to no file of the repository (${target})`);
    }
  }
  return problems;
}

const packageScripts = new Set(Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts));
const existsInRepository = (path: string): boolean => existsSync(join(ROOT, path));

describe('each document', () => {
  for (const document of DOCUMENTS) {
    it(`${document} names only files, folders and npm scripts that exist`, () => {
      const text = readFileSync(join(ROOT, document), 'utf8');
      expect(missingMentions(document, text, packageScripts, existsInRepository)).toEqual([]);
    });
  }
});

describe('missingMentions', () => {
  const exists = (path: string) => ['src/schemas.ts', 'content/rounds', 'CONTRIBUTING.md'].includes(path.replace(/\/$/, ''));
  const scripts = new Set(['start', 'test', 'check:content']);

  it('names the document, the line and the path that does not exist', () => {
    const text = 'Schemas are in `src/schemas.ts`.\nChecks are in `src/lib/checks.ts` and `src/gone/`.';
    expect(missingMentions('README.md', text, scripts, exists)).toEqual([
      'README.md:2: `src/lib/checks.ts` names no file or folder of the repository',
      'README.md:2: `src/gone/` names no file or folder of the repository',
    ]);
  });

  it('names a script that package.json does not have, in prose or in a code block', () => {
    const text = 'Run `npm run check:content`.\n\n```sh\nnpm install && npm start\nnpm run new:round -- --date 2026-12-10\n```';
    expect(missingMentions('content/README.md', text, scripts, exists)).toEqual([
      'content/README.md:5: `npm run new:round` is no script in package.json',
    ]);
  });

  it('checks the folders before a stand-in, and leaves site addresses, build output, web addresses and code alone', () => {
    const text = [
      'A round is `content/rounds/<start-date>-<city>.md`, published at `/rounds/2026-01-05-paris/`.',
      'The build writes `dist/_headers` and `.gz` files; see `https://astro.build/`, served as `text/calendar`.',
      'A typo: `content/round/<id>.md`.',
    ].join('\n');
    expect(missingMentions('README.md', text, scripts, exists)).toEqual([
      'README.md:3: `content/round/<id>.md` names no file or folder of the repository',
    ]);
  });

  it("follows a link from the document's own folder and ignores its section", () => {
    const text = 'See [contributing](../CONTRIBUTING.md#tests) and [the server](../src/server/README.md).';
    expect(missingMentions('content/README.md', text, scripts, exists)).toEqual([
      'content/README.md:1: the link to ../src/server/README.md leads to no file of the repository (src/server/README.md)',
    ]);
  });
});

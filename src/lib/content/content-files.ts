/**
 * The content folder, read once per build: every file's text, front matter and
 * body, and what is wrong with the files themselves. The record loader, the
 * Markdown plugins' index of pages and names, and the tests all start here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { findDecomposedWords, findHiddenCharacters, findOddSpaces } from '@/lib/base/characters';
import { isTranslatedLocale, TRANSLATED_LOCALES, type TranslatedLocale } from '@/lib/base/locales';
import { COLLECTIONS, pageOf, STATIC_PAGES, yearUrl, type CollectionName } from '@/lib/base/urls';
import { findCutValues, findImpossibleDays, hasEmptyBody } from '@/lib/content/front-matter';
import { anchorsByPage } from '@/lib/model/page-anchors';
import { yearsFromTo } from '@/lib/model/timeline';
import { shortLinks } from '@/lib/publish/short-links';
import type { ContentRecord } from '@/lib/record/entries';
import { namesOf, type KnownPerson } from '@/lib/record/person-names';

/** One Markdown file of a collection folder. */
export interface ContentFile {
  collection: CollectionName;
  /** The file name without `.md`: the slug of its page. */
  id: string;
  /** The path an editor knows the file by: content/rounds/2026-01-05-paris.md. */
  path: string;
  /** The whole file. */
  source: string;
  /** The parsed front matter, not yet validated. */
  frontmatter: Record<string, unknown>;
  /** The body with the front matter blanked to empty lines, so a body's line numbers are the file's. */
  body: string;
}

/** A translation of a content file, beside it: content/rounds/2026-01-05-paris.ar.md translates 2026-01-05-paris.md. */
export interface TranslationFile extends ContentFile {
  locale: TranslatedLocale;
}

export interface ContentReading {
  files: ContentFile[];
  translations: TranslationFile[];
  /** One line per problem, naming the file (and line): files the collections cannot load or would misread. */
  problems: string[];
}

/** What the Markdown plugins know of the whole record: the pages the site publishes, their anchors and every name of every person. */
export interface ContentIndex {
  pages: ReadonlySet<string>;
  /** The ids a link may point to on each page of the record, by the page's address. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  people: readonly KnownPerson[];
}

/**
 * Reads every collection folder under `contentDir`. A file that is not `.md`
 * (it would silently not be published), front matter that is not YAML, a
 * date that names no real day (YAML would quietly move it), a value YAML
 * would cut at a `#`, an empty body, characters no reader sees, words not in
 * Unicode NFC form and unusual spaces in the front matter are reported as
 * problems; the other files are returned for validation.
 */
export function readContentFolder(contentDir: string): ContentReading {
  const files: ContentFile[] = [];
  const translations: TranslationFile[] = [];
  const problems: string[] = [];
  for (const collection of COLLECTIONS) {
    const folder = join(contentDir, collection);
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      problems.push(`${folder}/: the ${collection} folder is missing`);
      continue;
    }
    for (const name of names) {
      const path = join(folder, name);
      const isFile = statSync(path).isFile();
      if (name.startsWith('.') && isFile) continue;
      if (!name.endsWith('.md') || !isFile) {
        problems.push(`${path}: is not a .md file, so it would not be published; rename it to .md or move it out of ${folder}/`);
        continue;
      }
      const [, id = '', locale] = TRANSLATION_NAME.exec(name) ?? [];
      if (locale !== undefined && !isTranslatedLocale(locale)) {
        problems.push(
          `${path}: is named as a translation into "${locale}", which is not an edition of the site; the editions translated are: ${TRANSLATED_LOCALES.join(', ')}`,
        );
        continue;
      }
      const file = readContentFile(collection, locale === undefined ? name.slice(0, -'.md'.length) : id, path, readFileSync(path, 'utf8'));
      if (typeof file === 'string') problems.push(file);
      else if (locale === undefined) files.push(file);
      else translations.push({ ...file, locale });
    }
  }
  for (const file of [...files, ...translations]) {
    for (const { line, value } of findImpossibleDays(file.source)) {
      problems.push(`${file.path}:${line}: ${value} is not a real calendar day (check the month and the day)`);
    }
    for (const { line, column, value } of findCutValues(file.source)) {
      problems.push(
        `${file.path}:${line}:${column}: the # starts a YAML comment, so what follows it is dropped from the value; ` +
          `put the value in quotes: '${value.replaceAll("'", "''")}'`,
      );
    }
    if (hasEmptyBody(file.source)) problems.push(`${file.path}: body: is empty; write the page's text after the front matter`);
    problems.push(...textProblems(file));
  }
  return { files, translations, problems };
}

/** A translation's file name: the English file's name, a dot, a two-letter language code, `.md`. */
const TRANSLATION_NAME = /^(.+)\.([a-z]{2})\.md$/;

/**
 * Every character of a file no reader sees, every word whose letters and accents are stored apart, and every unusual
 * space in its front matter, at its line and column: text that looks right but does not match itself in search, in
 * names or in spellings.
 */
function textProblems(file: ContentFile): string[] {
  const hidden = findHiddenCharacters(file.source).map(({ line, column, character, bidi }) => {
    const harm = bidi
      ? 'it can make the text read in another order than it is stored (the site sets the direction of names itself)'
      : 'readers cannot see it, but search and the matching of names stumble on it';
    const fix = character.startsWith('U+FEFF') && line === 1 && column === 1 ? 'save the file as UTF-8 without a BOM' : 'delete it';
    return `${file.path}:${line}:${column}: ${character} is hidden here: ${harm}; ${fix}`;
  });
  const decomposed = findDecomposedWords(file.source).map(
    ({ line, column, word, composed }) =>
      `${file.path}:${line}:${column}: "${word}" stores letters and their accents or points apart (it is not in Unicode NFC form), ` +
      `so search and the matching of names miss it though it looks the same; retype it, or paste its composed form "${composed}"`,
  );
  const spaces = findOddSpaces(file.source).map(
    ({ line, column, character }) =>
      `${file.path}:${line}:${column}: ${character} in the front matter looks like a space, but a name or title written ` +
      'with it matches nothing written with a plain one; write a plain space',
  );
  return [...hidden, ...decomposed, ...spaces];
}

/** What an editor most often did when YAML gives one of these reasons, which do not say it. */
const YAML_HINTS: readonly [RegExp, string][] = [
  [/duplicated mapping key/, '; this field is written twice: keep one'],
  [
    /bad indentation of a mapping entry|incomplete explicit mapping pair/,
    `; a value holding ": " must be in quotes (title: 'Round four: London'), a value holding its own kind of quote ` +
      `must be in the other kind (summary: 'He said "no"'), and a field starts where the fields around it do`,
  ],
];

/** One file parsed, or the problem that stops it being parsed. */
export function readContentFile(collection: CollectionName, id: string, path: string, source: string): ContentFile | string {
  try {
    const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
    return { collection, id, path, source, frontmatter, body: content };
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
    // The front matter's first line is the `---` line itself, so the YAML's line n is the file's line n + 1.
    const at = mark ? `:${mark.line + 1}:${mark.column + 1}` : '';
    const hint = YAML_HINTS.find(([pattern]) => pattern.test(reason ?? ''))?.[1] ?? '';
    return `${path}${at}: the front matter is not valid YAML: ${reason ?? String(error)}${hint}`;
  }
}

/**
 * The pages, anchors and names the Markdown plugins check links against and
 * link mentions of, from the files as read and the record they make. A dated
 * file's name starts with its year (the reference check makes sure), which
 * gives the year pages. A malformed name is left out here; the schema reports
 * it.
 */
export function contentIndexOf(files: readonly ContentFile[], record: ContentRecord): ContentIndex {
  const years = files
    .flatMap((file) => (file.collection === 'rounds' || file.collection === 'events' ? [Number(file.id.slice(0, 4))] : []))
    .filter(Number.isInteger);
  const yearPages = years.length === 0 ? [] : yearsFromTo(Math.min(...years), Math.max(...years)).map(yearUrl);
  const filePages = files.map((file) => pageOf(file.collection, file.id));
  const pages = new Set<string>([...STATIC_PAGES, ...yearPages, ...shortLinks(record.rounds).map((link) => link.path), ...filePages]);
  const anchors = anchorsByPage(record, new Map(files.map((file) => [pageOf(file.collection, file.id), file.body])));
  const people = files
    .filter((file) => file.collection === 'people')
    .map((file) => ({ id: file.id, names: namesOf(file.frontmatter), file: file.path }))
    .filter((person) => person.names.length > 0);
  return { pages, anchors, people };
}

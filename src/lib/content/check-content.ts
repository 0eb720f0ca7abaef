/**
 * The content folder checked as a whole, as every build checks it before a
 * page is built: files, schemas and references first, then each body through
 * the one Markdown pipeline. The record loader runs these steps; so do the
 * tests, without a build.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownRenderer, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { contentIndexOf, readContentFolder, type ContentFile, type ContentIndex } from '@/lib/content/content-files';
import { futureDateProblems, scheduleProblems, scheduleWarnings, updateProblems } from '@/lib/content/schedule';
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { COLLECTIONS, type CollectionName } from '@/lib/base/urls';
import { sourceWarnings } from '@/lib/content/source-warnings';
import { checkTranslations, isShown, missingTranslations, readGlossaries, type CheckedTranslation } from '@/lib/content/translations';
import { validateRecord } from '@/lib/content/validate-record';
import { type ContentRecord } from '@/lib/record/entries';

export interface CheckedContent {
  files: ContentFile[];
  record: ContentRecord;
  /** The Arabic and Hebrew translations, checked against the English they translate. */
  translations: CheckedTranslation[];
  /** The pages and names bodies are rendered against. */
  index: ContentIndex;
  /** Every problem with the files, their schemas and their references, one line each; empty when the record is whole. */
  problems: string[];
  /** What the editor should look at but does not stop a build, such as a scheduled meeting whose day has passed. */
  warnings: string[];
}

/**
 * Reads `contentDir` once and checks every file against its schema and the
 * others, and the rounds' status and the pages' updates against `today`, the
 * day of the build.
 */
export function checkContent(contentDir: string, today: string): CheckedContent {
  const { files, translations: translationFiles, problems: fileProblems } = readContentFolder(contentDir);
  const { record, problems } = validateRecord(files);
  const { glossaries, problems: glossaryProblems } = readGlossaries(contentDir);
  // Translations are checked against a valid English only: an invalid one would make every translation of it look wrong.
  const translations =
    fileProblems.length === 0 && problems.length === 0
      ? checkTranslations(translationFiles, files, record, glossaries)
      : { translations: [], problems: [], warnings: [] };
  // The day rules read each valid file on its own, so they are reported with every other problem, not after them.
  const found = [
    ...fileProblems,
    ...problems,
    ...glossaryProblems,
    ...translations.problems,
    ...scheduleProblems(record, today),
    ...futureDateProblems(record, today),
    ...updateProblems(record, today),
  ];
  return {
    files,
    record,
    translations: translations.translations,
    index: contentIndexOf(files, record),
    problems: found,
    warnings: [...scheduleWarnings(record, today), ...sourceWarnings(record), ...translations.warnings],
  };
}

/**
 * Renders a file's body with its validated front matter, which the plugins read (citations count its sources). A
 * failure rejects with the plugin's message alone (see `quietly`).
 */
export function renderContentFile(
  renderer: MarkdownRenderer,
  file: Pick<ContentFile, 'body' | 'path'>,
  data: unknown,
): Promise<MarkdownRenderResult> {
  return quietly(() =>
    renderer.render(file.body, { frontmatter: data as Record<string, unknown>, fileURL: pathToFileURL(resolve(file.path)) }),
  );
}

/**
 * Runs a render with what Astro's renderer logs about a failure kept back: it prints the whole error object, dozens of
 * lines, before the editor's one-line problem, and the rejection carries the same message. Anything logged by a
 * render that succeeds is news, and is passed on.
 */
export async function quietly<T>(render: () => Promise<T>): Promise<T> {
  const logged: unknown[][] = [];
  const log = console.error;
  console.error = (...args: unknown[]) => void logged.push(args);
  try {
    const result = await render();
    for (const args of logged) log(...args);
    return result;
  } finally {
    console.error = log;
  }
}

/**
 * Every problem a build would report for `contentDir`, bodies included, and
 * every warning: the files, schemas and references first, then each body
 * through `renderer`. As in the build, problems with the files, schemas or
 * references stop the check before any body is rendered, since a body's links
 * and names are checked against the record those problems leave incomplete.
 */
export async function checkContentFolder(
  contentDir: string,
  today: string,
  createRenderer: (index: ContentIndex, locale?: Locale) => Promise<MarkdownRenderer>,
): Promise<{ problems: string[]; warnings: string[]; untranslated: string[] }> {
  const { files, record, translations, index, problems, warnings } = checkContent(contentDir, today);
  const untranslated = missingTranslations(files, translations);
  if (problems.length > 0) return { problems, warnings, untranslated };
  const entryByKey = new Map(
    COLLECTIONS.flatMap((collection) =>
      (record[collection] as { id: string; data: unknown }[]).map((entry) => [`${collection}/${entry.id}`, entry] as const),
    ),
  );
  const entryOf = (collection: CollectionName, id: string) => {
    const entry = entryByKey.get(`${collection}/${id}`);
    if (!entry) throw new Error(`content/${collection}/${id}.md: passed validation but has no entry`);
    return entry;
  };
  const found: string[] = [];
  const renderers = new Map<Locale, MarkdownRenderer>();
  const render = async (file: Pick<ContentFile, 'body' | 'path'>, data: unknown, locale: Locale) => {
    let renderer = renderers.get(locale);
    if (!renderer) {
      renderer = await createRenderer(index, locale);
      renderers.set(locale, renderer);
    }
    try {
      await renderContentFile(renderer, file, data);
    } catch (error) {
      found.push(renderProblem(file, error));
    }
  };
  for (const file of files) await render(file, entryOf(file.collection, file.id).data, DEFAULT_LOCALE);
  // A translation cites its English's sources, so it is rendered with the English's data; one no longer in its English's
  // shape is not shown, so not rendered.
  for (const translation of translations.filter(isShown))
    await render(translation, entryOf(translation.collection, translation.id).data, translation.locale);
  return { problems: found, warnings, untranslated };
}

/**
 * A body's failure as the editor needs it: the file, the line and column a
 * plugin pointed at, and its reason.
 * @example renderProblem(file, vfileMessage) // "content/rounds/2025-09-17-london.md:24:53: The link to /issues/bufer-zone/ points to no page on this site."
 */
export function renderProblem(file: Pick<ContentFile, 'path'>, error: unknown): string {
  const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
  const at = line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`;
  return `${file.path}${at}: ${reason ?? (error instanceof Error ? error.message : String(error))}`;
}

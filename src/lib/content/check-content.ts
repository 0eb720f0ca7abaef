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
import { validateRecord } from '@/lib/content/validate-record';
import { type ContentRecord } from '@/lib/record/entries';

export interface CheckedContent {
  files: ContentFile[];
  record: ContentRecord;
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
  const { files, problems: fileProblems } = readContentFolder(contentDir);
  const { record, problems } = validateRecord(files);
  // The day rules read each valid file on its own, so they are reported with every other problem, not after them.
  const found = [
    ...fileProblems,
    ...problems,
    ...scheduleProblems(record, today),
    ...futureDateProblems(record, today),
    ...updateProblems(record, today),
  ];
  return { files, record, index: contentIndexOf(files, record), problems: found, warnings: scheduleWarnings(record, today) };
}

/**
 * Renders a file's body with its validated front matter, which the plugins read (citations count its sources). A
 * failure rejects with the plugin's message alone (see `quietly`).
 */
export function renderContentFile(renderer: MarkdownRenderer, file: ContentFile, data: unknown): Promise<MarkdownRenderResult> {
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
  createRenderer: (index: ContentIndex) => Promise<MarkdownRenderer>,
): Promise<{ problems: string[]; warnings: string[] }> {
  const { files, record, index, problems, warnings } = checkContent(contentDir, today);
  if (problems.length > 0) return { problems, warnings };
  const renderer = await createRenderer(index);
  const found: string[] = [];
  for (const file of files) {
    const entry = (record[file.collection] as { id: string; data: unknown }[]).find((candidate) => candidate.id === file.id);
    if (!entry) throw new Error(`${file.path}: passed validation but has no entry`);
    try {
      await renderContentFile(renderer, file, entry.data);
    } catch (error) {
      found.push(renderProblem(file, error));
    }
  }
  return { problems: found, warnings };
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

/**
 * A content folder checked the way the record loader (src/loaders/record-loader.ts)
 * checks it during `astro build`, without a build: the files read once, then
 * validated against their schemas and each other, then, if all of that
 * passes, every body rendered through the site's one Markdown pipeline with
 * the index of pages and names from that same reading.
 *
 * The loader keeps these steps to itself today, so they are repeated here in
 * its order and with its wording for a body's failure. Once src exports the
 * loader's check as a function of a folder, `checkContent` becomes that
 * function and `renderProblem` goes.
 */
import { resolve } from 'node:path';
import { contentIndexOf, readContentFolder, type ContentFile } from '../../src/lib/content-files';
import { validateRecord } from '../../src/lib/record';
import { createContentRenderer } from '../../src/remark/pipeline';
import { renderWith } from '../helpers/markdown';

/**
 * Every problem the build would report for the content folder `dir`, one line
 * each, as `path[:line[:column]]: [field: ]message`; none for a folder that
 * builds. Problems with files, schemas or references stop the check before any
 * body is rendered, as they stop the loader.
 */
export async function checkContent(dir: string): Promise<string[]> {
  const { files, problems: fileProblems } = readContentFolder(dir);
  const { record, problems } = validateRecord(files);
  const found = [...fileProblems, ...problems];
  if (found.length > 0) return found;
  const renderer = await createContentRenderer(contentIndexOf(files));
  for (const file of files) {
    const entry = record[file.collection].find((candidate) => candidate.id === file.id);
    if (!entry) throw new Error(`${file.path}: passed validation but has no entry`);
    try {
      await renderWith(renderer, file.body, { path: resolve(file.path), frontmatter: entry.data as Record<string, unknown> });
    } catch (error) {
      found.push(renderProblem(file, error));
    }
  }
  return found;
}

/** "content/rounds/x.md:12:3: message" from a remark plugin's failure, as the loader writes it. */
function renderProblem(file: ContentFile, error: unknown): string {
  const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
  const at = line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`;
  return `${file.path}${at}: ${reason ?? (error instanceof Error ? error.message : String(error))}`;
}

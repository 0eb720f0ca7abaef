/**
 * A content folder checked the way the record loader checks it during
 * `astro build`, without a build: src/lib/check-content.ts's steps, then every
 * body rendered through the site's one Markdown pipeline.
 */
import { checkContent as checkFolder, renderContentFile, renderProblem } from '../../src/lib/check-content';
import { buildDay } from '../../src/lib/schedule';
import { createContentRenderer } from '../../src/remark/pipeline';
import { quietly } from '../helpers/markdown';

/**
 * Every problem the build would report for the content folder `dir`, one line
 * each, as `path[:line[:column]]: [field: ]message`; none for a folder that
 * builds. Problems with files, schemas or references stop the check before any
 * body is rendered, as they stop the loader.
 */
export async function checkContent(dir: string): Promise<string[]> {
  const { files, record, index, problems } = checkFolder(dir, buildDay(process.env));
  if (problems.length > 0) return problems;
  const renderer = await createContentRenderer(index);
  const found: string[] = [];
  for (const file of files) {
    const entry = record[file.collection].find((candidate) => candidate.id === file.id);
    if (!entry) throw new Error(`${file.path}: passed validation but has no entry`);
    try {
      await quietly(() => renderContentFile(renderer, file, entry.data));
    } catch (error) {
      found.push(renderProblem(file, error));
    }
  }
  return found;
}

/**
 * A content folder checked the way the record loader checks it during
 * `astro build`, without a build: src/lib/content/check-content.ts's steps, then every
 * body rendered through the site's one Markdown pipeline.
 */
import { checkContentFolder, quietly } from '@/lib/content/check-content';
import { buildDay } from '@/lib/content/schedule';
import { createContentRenderer } from '@/remark/pipeline';

/**
 * Every problem the build would report for the content folder `dir`, one line
 * each, as `path[:line[:column]]: [field: ]message`; none for a folder that
 * builds.
 */
export async function checkContent(dir: string): Promise<string[]> {
  const { problems } = await quietly(() => checkContentFolder(dir, buildDay(process.env), createContentRenderer));
  return problems;
}

/**
 * `npm run check:content [folder]`: every check a build makes of the content
 * (files, schemas, references, the day of the build, every body), without
 * building a page. Prints every problem at once, each with its file and field
 * or line, then every page not yet translated into an edition, and the warnings (a stale translation is one); exits
 * with 1 when there is a problem.
 */
import { CONTENT_DIR } from '@/content-dir';
import { checkContentFolder } from '@/lib/content/check-content';
import { problemReport } from '@/lib/content/problems';
import { buildDay } from '@/lib/content/schedule';
import { createContentRenderer } from '@/remark/pipeline';

const folder = process.argv[2] ?? CONTENT_DIR;
const { problems, warnings, untranslated } = await checkContentFolder(folder, buildDay(process.env), createContentRenderer);
if (untranslated.length > 0)
  console.log(`Not yet translated (${untranslated.length}):\n${untranslated.map((line) => `  ${line}`).join('\n')}`);
for (const warning of warnings) console.warn(`warning: ${warning}`);
if (problems.length > 0) {
  console.error(problemReport('The content', problems));
  process.exitCode = 1;
} else {
  console.log(`The content in ${folder} has no problem${warnings.length > 0 ? `, and ${warnings.length} warning(s) above` : ''}.`);
}

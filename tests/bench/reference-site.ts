/**
 * The reference sites the project's build is measured against: the least an
 * Astro site needs to publish the same content, one bare page per file, no
 * layout, no schema, no checks of the record. "remark" renders the bodies
 * through the project's own remark pipeline, so the difference to the
 * project's build is what the project adds around it; "default" uses Astro's
 * own Markdown pipeline, what a plain Astro site would cost.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { freshDir, type BuildResult } from '@tests/helpers/build-site';
import { ROOT } from '@tests/helpers/content';
import { buildProjectAt } from './measured-build';

export type ReferencePipeline = 'remark' | 'default';

/** Under the project (so Node finds its node_modules) and in the ignored scratch folder (so no checker or linter reads it). */
export const referenceRootOf = (pipeline: ReferencePipeline): string => join(ROOT, `tests/fixtures/.tmp/bench-reference-${pipeline}`);

/** The files of a reference project reading the content folder `contentDir` (absolute), by path under its root. */
export function referenceFiles(pipeline: ReferencePipeline, contentDir: string): Map<string, string> {
  const root = referenceRootOf(pipeline);
  const fromRoot = (path: string): string => JSON.stringify(relative(root, join(ROOT, path)));
  const config =
    pipeline === 'remark'
      ? [
          `import { defineConfig } from 'astro/config';`,
          `import { contentIndexOf, readContentFolder } from ${fromRoot('src/lib/content/content-files.ts')};`,
          `import { validateRecord } from ${fromRoot('src/lib/content/validate-record.ts')};`,
          `import { contentProcessor } from ${fromRoot('src/remark/pipeline.ts')};`,
          '',
          '// The index the plugins check links and mentions against, from the same reading the project makes.',
          `const { files } = readContentFolder(${JSON.stringify(contentDir)});`,
          'const index = contentIndexOf(files, validateRecord(files).record);',
          '',
          'export default defineConfig({',
          `  output: 'static',`,
          `  build: { format: 'directory' },`,
          '  cacheDir: process.env.ASTRO_CACHE_DIR,',
          '  markdown: { syntaxHighlight: false, processor: contentProcessor(index) },',
          '});',
        ]
      : [
          `import { defineConfig } from 'astro/config';`,
          '',
          'export default defineConfig({',
          `  output: 'static',`,
          `  build: { format: 'directory' },`,
          '  cacheDir: process.env.ASTRO_CACHE_DIR,',
          '  markdown: { syntaxHighlight: false },',
          '});',
        ];
  return new Map([
    ['astro.config.mjs', [...config, ''].join('\n')],
    [
      'src/content.config.ts',
      [
        `import { defineCollection } from 'astro:content';`,
        `import { glob } from 'astro/loaders';`,
        '',
        `export const collections = { record: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(contentDir)} }) }) };`,
        '',
      ].join('\n'),
    ],
    [
      'src/pages/[...slug].astro',
      [
        '---',
        `import { getCollection, render } from 'astro:content';`,
        '',
        'export async function getStaticPaths() {',
        `  const entries = await getCollection('record');`,
        '  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
        '}',
        '',
        'const { Content } = await render(Astro.props.entry);',
        '---',
        '<html><body><article data-pagefind-body><Content /></article></body></html>',
        '',
      ].join('\n'),
    ],
  ]);
}

/** Writes the reference project for `contentDir` (relative to the project root), replacing any earlier one, and builds it clean. */
export async function buildReference(pipeline: ReferencePipeline, contentDir: string): Promise<BuildResult> {
  const root = referenceRootOf(pipeline);
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of referenceFiles(pipeline, resolve(ROOT, contentDir))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const cacheDir = freshDir('reference-cache-');
  try {
    return await buildProjectAt(root, { outDir: freshDir('reference-dist-'), cacheDir });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

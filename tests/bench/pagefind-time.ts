/**
 * Pagefind's share of a build. Astro's log stamps lines to the second only,
 * too coarse to time the search-index step inside the project's build, so
 * the built site is indexed once more the way that step does it, and timed.
 * The same call indexes the reference sites, whose builds have no index step.
 */
import { rmSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { freshDir } from '@tests/helpers/build-site';

export interface PagefindRun {
  seconds: number;
  /** Pages in the index. */
  pages: number;
}

/** Indexes the built site in `siteDir` into a scratch folder (left out of the site's output bytes) and times it. */
export async function timePagefind(siteDir: string): Promise<PagefindRun> {
  const bundle = freshDir('pagefind-');
  const started = performance.now();
  try {
    const pages = await indexInto(siteDir, bundle);
    return { seconds: (performance.now() - started) / 1000, pages };
  } finally {
    rmSync(bundle, { recursive: true, force: true });
  }
}

/** The steps and options of src/integrations/search-index.ts, so the work is the same; returns the pages indexed. */
async function indexInto(siteDir: string, bundle: string): Promise<number> {
  const failOn = (step: string, errors: readonly string[]): void => {
    if (errors.length > 0) throw new Error(`Pagefind: ${step} failed: ${errors.join('; ')}`);
  };
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    failOn('creating the index', created.errors);
    if (!created.index) throw new Error('Pagefind returned no index');
    const added = await created.index.addDirectory({ path: siteDir });
    failOn(`reading ${siteDir}`, added.errors);
    const written = await created.index.writeFiles({ outputPath: bundle });
    failOn('writing the index', written.errors);
    return added.page_count;
  } finally {
    // Stopping the Pagefind binary is part of the step, as in the project's integration.
    await pagefind.close();
  }
}

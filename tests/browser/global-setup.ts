/**
 * Builds the real site once, with its search index, and serves it on
 * localhost for every browser test file. Chromium is found (or installed)
 * here first, so a missing browser stops the run before the build.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, removeBuild } from '../build/build-site';
import { chromiumPath } from './chromium';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The origin the built site is served on. */
    siteOrigin: string;
    /** The folder the site was built into. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  chromiumPath();
  const build = await buildSite('content');
  if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
  const site = await serveStatic(build.outDir);
  project.provide('siteOrigin', site.origin);
  project.provide('siteDir', build.outDir);
  return async () => {
    await site.close();
    removeBuild(build);
  };
}

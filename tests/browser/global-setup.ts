/**
 * Builds the real site once, with its search index (or takes the one
 * TEST_SITE_DIR names), and serves it on localhost for every browser test file. Chromium is found (or installed)
 * here first, so a missing browser stops the run before the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, removeBuild } from '@tests/helpers/build-site';
import { chromiumPath } from '@tests/helpers/chromium';
import { serveSite } from '@tests/helpers/serve-site';

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
  // `npm test` builds the site while the other checks run, and names the folder here (tests/run-all.ts).
  const prebuilt = process.env['TEST_SITE_DIR'];
  if (prebuilt !== undefined && !existsSync(join(prebuilt, 'index.html'))) throw new Error(`TEST_SITE_DIR ${prebuilt} holds no built site`);
  const build = prebuilt === undefined ? await buildSite('content') : undefined;
  if (build && !build.ok) throw new Error(`The site did not build:\n${build.output}`);
  const siteDir = prebuilt ?? build?.outDir ?? '';
  const site = await serveSite(siteDir);
  project.provide('siteOrigin', site.origin);
  project.provide('siteDir', siteDir);
  return async () => {
    await site.close();
    if (build) removeBuild(build);
  };
}

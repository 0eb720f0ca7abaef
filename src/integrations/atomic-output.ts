/**
 * Makes `astro build` all or nothing: the site is built into a staging
 * folder beside the output folder and swapped in only once the whole build,
 * search index included, has succeeded. A failed build leaves the previous
 * site untouched, and a server reading the output folder never sees a
 * half-written site.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

const withoutTrailingSlash = (path: string): string => path.replace(/[/\\]+$/, '');

/** The folder a build writes into before it is swapped in: dist → dist.next. */
export function stagingDirOf(outDir: string): string {
  return `${withoutTrailingSlash(outDir)}.next`;
}

/**
 * Puts the staged site in place of the published one with two renames, so
 * the output folder is at every moment either the old site or the new one.
 */
export function publishStaged(staging: string, outDir: string): void {
  const target = withoutTrailingSlash(outDir);
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(withoutTrailingSlash(staging), target);
  rmSync(previous, { recursive: true, force: true });
}

/** Must come last among the integrations: every other build step writes into the staging folder first. */
export function atomicOutput(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        updateConfig({ outDir: pathToFileURL(`${stagingDirOf(outDir)}/`) });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!outDir) return;
        publishStaged(fileURLToPath(dir), outDir);
        logger.info(`published the new site to ${outDir}`);
      },
    },
  };
}

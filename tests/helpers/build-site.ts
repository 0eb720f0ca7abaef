/** Runs a real `astro build` of the project against a content folder, as `npm run build` would. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { stagingDirOf } from '@/integrations/atomic-output';
import { ROOT } from '@tests/helpers/content';
import { builtFiles } from '@tests/helpers/html';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SCRATCH = join(ROOT, 'tests/fixtures/.tmp');

export interface BuildResult {
  ok: boolean;
  /** Everything the build printed, without colour codes. */
  output: string;
  outDir: string;
}

export interface BuildOptions {
  /** Where the output goes; by default a fresh folder. */
  outDir?: string;
  /** Astro's cache; by default a fresh one, so the build is clean and never shares a cache with a build running beside it. */
  cacheDir?: string;
  /** Variables added to the build's environment, such as SOURCE_DATE_EPOCH to build as on another day. */
  environment?: Record<string, string>;
}

/**
 * The environment `npm run build` or `npm run dev` would have. The test runner
 * sets NODE_ENV, DEV, PROD, MODE, SSR and BASE_URL for itself, and Astro would
 * read them as its own: a build would render what only the development server
 * should, such as the notice that search needs a build.
 */
export function projectEnvironment(): NodeJS.ProcessEnv {
  const runnerOwn = new Set(['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !runnerOwn.has(name) && !name.startsWith('VITEST')));
}

/** Builds the site from `contentDir` (relative to the project root), as `npm run build` would. */
export async function buildSite(
  contentDir: string,
  { outDir = freshDir('dist-'), cacheDir, environment = {} }: BuildOptions = {},
): Promise<BuildResult> {
  const cache = cacheDir ?? freshDir('cache-');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: {
        ...projectEnvironment(),
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: cache,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        ...environment,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, outDir };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`, outDir };
  } finally {
    if (!cacheDir) rmSync(cache, { recursive: true, force: true });
  }
}

/** A new, empty scratch folder: freshDir('dist-') to build into. */
export function freshDir(prefix: string): string {
  mkdirSync(SCRATCH, { recursive: true });
  return mkdtempSync(join(SCRATCH, prefix));
}

/**
 * Copies the valid fixture content into a scratch folder, lets `change` break
 * it, and returns the folder relative to the project root.
 */
export function brokenCopyOf(fixture: string, name: string, change: (dir: string) => void): string {
  const dir = join(SCRATCH, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, fixture), dir, { recursive: true });
  change(dir);
  return relative(ROOT, dir);
}

/** Removes a build's output folder, and the staging folder a failed build leaves beside it. */
export function removeBuild(result: BuildResult | undefined): void {
  if (!result) return;
  rmSync(result.outDir, { recursive: true, force: true });
  rmSync(stagingDirOf(result.outDir), { recursive: true, force: true });
}

/** Every file of a built site with a hash of its bytes, to compare two builds. */
export function siteFingerprint(outDir: string): Map<string, string> {
  return new Map(
    builtFiles(outDir).map((path) => [
      path,
      createHash('sha256')
        .update(readFileSync(join(outDir, path)))
        .digest('hex'),
    ]),
  );
}

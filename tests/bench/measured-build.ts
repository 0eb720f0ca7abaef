/** Times a build process and learns its peak memory, whichever project it builds. */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freshDir, type BuildResult } from '@tests/helpers/build-site';
import { ROOT } from '@tests/helpers/content';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PROBE = join(import.meta.dirname, 'peak-memory-probe.mjs');

export interface MeasuredBuild extends BuildResult {
  /** Wall time of the whole build process, from spawn to exit. */
  seconds: number;
  /** The build process's peak resident memory (worker threads included; a Pagefind binary it spawns is not). */
  peakMemoryMB: number;
}

/**
 * Runs `build` (anything that spawns one Node build process and waits for it)
 * with the peak-memory probe preloaded. The probe travels in NODE_OPTIONS,
 * because buildSite passes this process's environment on and takes no other
 * way in; nothing else runs in this worker meanwhile (the bench runs its
 * builds one at a time), so the variable is set for exactly that build.
 */
export async function measureBuild(build: () => Promise<BuildResult>): Promise<MeasuredBuild> {
  const probeDir = freshDir('peak-memory-');
  const report = join(probeDir, 'max-rss');
  const saved = { NODE_OPTIONS: process.env['NODE_OPTIONS'], BENCH_PEAK_MEMORY_FILE: process.env['BENCH_PEAK_MEMORY_FILE'] };
  process.env['NODE_OPTIONS'] = `${saved.NODE_OPTIONS ?? ''} --import=${PROBE}`.trim();
  process.env['BENCH_PEAK_MEMORY_FILE'] = report;
  const started = performance.now();
  try {
    const result = await build();
    const seconds = (performance.now() - started) / 1000;
    // A missing report means the probe never ran: a figure of 0 would pass the memory goal silently.
    if (result.ok && !existsSync(report)) throw new Error(`The peak-memory probe wrote nothing: was the build run with NODE_OPTIONS?`);
    const peakMemoryMB = existsSync(report) ? Number(readFileSync(report, 'utf8')) / 1024 : Number.NaN;
    return { ...result, seconds, peakMemoryMB };
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
    rmSync(probeDir, { recursive: true, force: true });
  }
}

/**
 * `astro build` of another Astro project under this one (a reference site):
 * the same Node, the same environment and flags as buildSite gives the
 * project, with its own cache folder so the build is clean.
 */
export async function buildProjectAt(root: string, { outDir, cacheDir }: { outDir: string; cacheDir: string }): Promise<BuildResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, ASTRO_CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, outDir };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`, outDir };
  }
}

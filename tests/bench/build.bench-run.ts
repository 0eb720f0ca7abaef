/**
 * Part of `npm run bench`: what building the record costs as it grows, against
 * reference sites measured in the same run. For synthetic records of 100,
 * 1,000 and 5,000 rounds it builds, one after another and never side by side:
 * a bare reference site through the project's remark pipeline and one through
 * Astro's default Markdown pipeline (each plus Pagefind), then the project
 * itself clean, then again after one round's text changed, caches kept.
 * At 1,000 rounds, where the goals are judged, each timing is the median of three runs.
 * It prints one JSON line per size and one with the growth between sizes and
 * whether each goal (tests/helpers/build-figures.ts) was met, and fails on a missed goal.
 *
 * BENCH_SIZES=100,1000 npm run bench -- tests/bench/build.bench-run.ts measures other
 * sizes (to develop quickly); a goal whose size is not measured is reported as null.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { COMPARE_PAGE_URL, compareUrl, DELEGATIONS_PAGE_URL, POSITIONS_PAGE_URL, RED_LINES_PAGE_URL } from '@/lib/base/urls';
import { buildSite, freshDir, removeBuild } from '@tests/helpers/build-site';
import { replaceIn, ROOT } from '@tests/helpers/content';
import {
  benchSizes,
  GOALS,
  GROWTH_SIZES,
  LARGE_SIZE,
  perRoundGrowth,
  RATIO_SIZE,
  ratiosOf,
  renderMsBySection,
  rounded,
  type TimedSize,
} from '@tests/helpers/build-figures';
import { asAfterLastRound, syntheticSite, writeSyntheticSite } from '@tests/helpers/synthetic-site';
import { folderBytes, median, pageWeight } from './measure';
import { measureBuild, type MeasuredBuild } from './measured-build';
import { timePagefind } from './pagefind-time';
import { buildReference, type ReferencePipeline } from './reference-site';

const SIZES = benchSizes(process.env['BENCH_SIZES']);
const CONTENT_DIR = 'tests/fixtures/.tmp/bench-build-content';
/** The pages whose weight the 5,000-round build is held to. */
const WEIGHED_PAGES = [
  'home',
  'year',
  'round',
  'person',
  'issue',
  'positions',
  'redLines',
  'delegations',
  'compare',
  'comparePair',
] as const;
type WeighedPage = (typeof WEIGHED_PAGES)[number];

interface SizeFigures extends TimedSize {
  pages: number;
  pagefindSeconds: number;
  outputBytes: number;
  peakMemoryMB: number;
  cleanRatio: number;
  rebuildRatio: number;
  secondsPerRound: number;
  referencePages: number;
  /** Gzipped bytes before search, or null for a page the build did not write. */
  pageWeightBytes: Record<WeighedPage, number | null>;
  /** Where the clean build's page generation went, by section. */
  renderMsBySection: Record<string, number>;
  /** The machine's 1-minute load average after the size's builds: above ~2 (this bench's own share on two cores), something else was running and the timings are noisy. */
  loadAverage: number;
}

/** A build that must succeed for any figure to mean anything: fails the bench with the build's own output. */
function expectBuilt(build: MeasuredBuild, what: string): MeasuredBuild {
  expect(build.ok, `${what} failed to build:\n${build.output}`).toBe(true);
  return build;
}

const htmlPages = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length;

/** A reference site built clean plus its Pagefind index: the reference takes both, as the project's build does. */
async function referenceSeconds(pipeline: ReferencePipeline): Promise<{ seconds: number; pages: number }> {
  const build = await measureBuild(() => buildReference(pipeline, CONTENT_DIR));
  try {
    expectBuilt(build, `The ${pipeline} reference site`);
    // The glob loader logs a body that fails to render and builds on without it: a reference that did less work.
    expect(build.output, `The ${pipeline} reference site logged errors`).not.toMatch(/\[ERROR\]/);
    const index = await timePagefind(build.outDir);
    return { seconds: build.seconds + index.seconds, pages: htmlPages(build.outDir) };
  } finally {
    removeBuild(build);
  }
}

/** The page weights, with a page the build did not write (the year pages are new) as null rather than a crash. */
function pageWeights(outDir: string, paths: Record<WeighedPage, string>): Record<WeighedPage, number | null> {
  const weigh = (path: string): number | null => {
    if (!existsSync(join(outDir, path, 'index.html'))) return null;
    const weight = pageWeight(outDir, path);
    return weight.html + weight.css + weight.js;
  };
  return Object.fromEntries(WEIGHED_PAGES.map((page) => [page, weigh(paths[page])])) as Record<WeighedPage, number | null>;
}

/** How many times each timing is taken at RATIO_SIZE. */
const RATIO_RUNS = 3;

/** `count` results of `measure`, taken one after another. */
async function repeat(count: number, measure: () => Promise<number>): Promise<number[]> {
  const results: number[] = [];
  for (let i = 0; i < count; i += 1) results.push(await measure());
  return results;
}

/** One more clean build of the current content, timed only. */
async function cleanBuildSeconds(rounds: number, environment: Record<string, string>): Promise<number> {
  const build = await measureBuild(() => buildSite(CONTENT_DIR, { environment }));
  try {
    return expectBuilt(build, `The project (${rounds} rounds)`).seconds;
  } finally {
    removeBuild(build);
  }
}

async function measureSize(rounds: number): Promise<SizeFigures> {
  const site = syntheticSite(rounds);
  writeSyntheticSite(site, join(ROOT, CONTENT_DIR));
  const environment = asAfterLastRound(site);
  const roundIds = [...site.files.keys()]
    .filter((path) => path.startsWith('rounds/'))
    .map((path) => path.slice('rounds/'.length, -'.md'.length))
    .sort();
  const newest = roundIds.at(-1) ?? '';

  // The goals are judged at RATIO_SIZE: there each timing is the median of a few runs, so one noisy run cannot decide them.
  const runs = rounds === RATIO_SIZE ? RATIO_RUNS : 1;
  const remark = await referenceSeconds('remark');
  const remarkSeconds = median([remark.seconds, ...(await repeat(runs - 1, async () => (await referenceSeconds('remark')).seconds))]);
  const plainSeconds = median(await repeat(runs, async () => (await referenceSeconds('default')).seconds));

  // A fresh, empty cache makes this the clean build; it is kept for the rebuild that follows.
  const cacheDir = freshDir('cache-');
  let clean: MeasuredBuild | undefined;
  try {
    clean = await measureBuild(() => buildSite(CONTENT_DIR, { cacheDir, environment }));
    expectBuilt(clean, `The project (${rounds} rounds)`);
    const pagefind = await timePagefind(clean.outDir);
    const pages = htmlPages(clean.outDir);
    const outputBytes = folderBytes(clean.outDir);
    const pageWeightBytes = pageWeights(clean.outDir, {
      home: '/',
      year: `/years/${newest.slice(0, 4)}/`,
      round: `/rounds/${newest}/`,
      person: '/people/person-1/',
      issue: '/issues/issue-1/',
      positions: POSITIONS_PAGE_URL,
      redLines: RED_LINES_PAGE_URL,
      delegations: DELEGATIONS_PAGE_URL,
      compare: COMPARE_PAGE_URL,
      // Every synthetic round is held, so the two newest are a consecutive pair.
      comparePair: compareUrl(roundIds.at(-2) ?? '', newest),
    });

    const cleanSeconds = median([clean.seconds, ...(await repeat(runs - 1, () => cleanBuildSeconds(rounds, environment)))]);

    // One sentence of one round, as an editor's correction would change it; a new sentence for each run.
    const changed = join(ROOT, CONTENT_DIR, 'rounds', `${roundIds[Math.floor(roundIds.length / 2)] ?? ''}.md`);
    const { outDir } = clean;
    let run = 0;
    const rebuildSeconds = median(
      await repeat(runs, async () => {
        run += 1;
        replaceIn(changed, /(## What happened\n\n)[^.]*\./, `$1The envoys met again and agreed timetable number ${run}.`);
        const rebuild = await measureBuild(() => buildSite(CONTENT_DIR, { cacheDir, outDir, environment }));
        return expectBuilt(rebuild, `The project's rebuild (${rounds} rounds)`).seconds;
      }),
    );

    const timed: TimedSize = {
      rounds,
      buildSeconds: cleanSeconds,
      rebuildSeconds,
      referenceRemarkSeconds: remarkSeconds,
      referenceDefaultSeconds: plainSeconds,
    };
    return {
      ...timed,
      ...ratiosOf(timed),
      pages,
      pagefindSeconds: pagefind.seconds,
      outputBytes,
      peakMemoryMB: clean.peakMemoryMB,
      referencePages: remark.pages,
      pageWeightBytes,
      renderMsBySection: renderMsBySection(clean.output),
      loadAverage: loadavg()[0] ?? 0,
    };
  } finally {
    removeBuild(clean);
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** The line printed for a size: figures rounded, in a fixed order. */
function reportLine(size: SizeFigures): Record<string, unknown> {
  return {
    rounds: size.rounds,
    pages: size.pages,
    buildSeconds: rounded(size.buildSeconds),
    pagefindSeconds: rounded(size.pagefindSeconds),
    outputBytes: size.outputBytes,
    peakMemoryMB: rounded(size.peakMemoryMB, 1),
    rebuildSeconds: rounded(size.rebuildSeconds),
    referenceRemarkSeconds: rounded(size.referenceRemarkSeconds),
    referenceDefaultSeconds: rounded(size.referenceDefaultSeconds),
    referencePages: size.referencePages,
    cleanRatio: rounded(size.cleanRatio),
    rebuildRatio: rounded(size.rebuildRatio),
    secondsPerRound: rounded(size.secondsPerRound, 5),
    pageWeightBytes: size.pageWeightBytes,
    renderMsBySection: size.renderMsBySection,
    loadAverage: rounded(size.loadAverage, 2),
  };
}

test('build benchmark', { timeout: 120 * 60_000 }, async () => {
  const sizes: SizeFigures[] = [];
  for (const rounds of SIZES) {
    const size = await measureSize(rounds);
    sizes.push(size);
    console.log(JSON.stringify(reportLine(size)));
  }

  const at = (rounds: number): SizeFigures | undefined => sizes.find((size) => size.rounds === rounds);
  const growth = perRoundGrowth(sizes);
  const ratioSize = at(RATIO_SIZE);
  const largeSize = at(LARGE_SIZE);
  const heavyPages = largeSize
    ? WEIGHED_PAGES.filter((page) => {
        const bytes = largeSize.pageWeightBytes[page];
        return bytes === null || bytes > GOALS.pageWeightBytes;
      })
    : [];
  // null: the size a goal is judged at was not measured in this run (BENCH_SIZES).
  const goals = {
    cleanRatioAt1000: ratioSize ? ratioSize.cleanRatio <= GOALS.cleanRatio : null,
    rebuildRatioAt1000: ratioSize ? ratioSize.rebuildRatio <= GOALS.rebuildRatio : null,
    perRoundGrowth: growth === null ? null : growth <= GOALS.perRoundGrowth,
    peakMemoryAt5000: largeSize ? largeSize.peakMemoryMB < GOALS.peakMemoryMB : null,
    pageWeightAt5000: largeSize ? heavyPages.length === 0 : null,
  };
  console.log(JSON.stringify({ perRoundGrowth: growth === null ? null : rounded(growth), goals }));

  if (ratioSize) {
    expect
      .soft(
        ratioSize.cleanRatio,
        `clean build at ${RATIO_SIZE} rounds: ${ratioSize.buildSeconds.toFixed(1)} s is more than ${GOALS.cleanRatio} × the remark reference's ${ratioSize.referenceRemarkSeconds.toFixed(1)} s`,
      )
      .toBeLessThanOrEqual(GOALS.cleanRatio);
    expect
      .soft(
        ratioSize.rebuildRatio,
        `rebuild at ${RATIO_SIZE} rounds: ${ratioSize.rebuildSeconds.toFixed(1)} s is more than ${GOALS.rebuildRatio} × the default reference's clean ${ratioSize.referenceDefaultSeconds.toFixed(1)} s`,
      )
      .toBeLessThanOrEqual(GOALS.rebuildRatio);
  }
  if (growth !== null) {
    expect
      .soft(
        growth,
        `seconds per round grow ${growth.toFixed(2)}× from ${GROWTH_SIZES[0]} to ${GROWTH_SIZES[1]} rounds (goal ≤ ${GOALS.perRoundGrowth})`,
      )
      .toBeLessThanOrEqual(GOALS.perRoundGrowth);
  }
  if (largeSize) {
    expect
      .soft(
        largeSize.peakMemoryMB,
        `the ${LARGE_SIZE}-round build peaks at ${largeSize.peakMemoryMB.toFixed(0)} MB (goal < ${GOALS.peakMemoryMB} MB)`,
      )
      .toBeLessThan(GOALS.peakMemoryMB);
    for (const page of WEIGHED_PAGES) {
      const bytes = largeSize.pageWeightBytes[page];
      expect.soft(bytes, `the ${page} page at ${LARGE_SIZE} rounds was not built`).not.toBeNull();
      if (bytes !== null)
        expect
          .soft(bytes, `the ${page} page at ${LARGE_SIZE} rounds weighs ${bytes} bytes (goal ≤ ${GOALS.pageWeightBytes})`)
          .toBeLessThanOrEqual(GOALS.pageWeightBytes);
    }
  }
});

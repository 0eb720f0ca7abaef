/**
 * Part of `npm run bench`: what the Arabic and Hebrew editions cost the build. For synthetic records of 1,000 and 5,000
 * rounds, every file translated into both languages, it builds the English edition alone (BUILD_EDITIONS=en) and then
 * all three, one after the other, from the same content and commit, and judges the goals in EDITION_GOALS: the three
 * editions at most 2.5 times the English's time at 1,000 rounds, under 2 GiB of memory, and no more time per round at
 * 5,000 than at 1,000. It prints one JSON line per size and one with the goals, and fails on a missed goal.
 *
 * BENCH_SIZES=100,1000 npm run bench -- tests/bench/editions.bench-run.ts measures other sizes.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite, removeBuild } from '@tests/helpers/build-site';
import { ROOT } from '@tests/helpers/content';
import { benchSizes, EDITION_GOALS, editionGoalsMet, rounded, type EditionsSize } from '@tests/helpers/build-figures';
import { asAfterLastRound, syntheticSite, withTranslations, writeSyntheticSite } from '@tests/helpers/synthetic-site';
import { measureBuild } from './measured-build';

const SIZES = process.env['BENCH_SIZES'] ? benchSizes(process.env['BENCH_SIZES']) : [1000, 5000];
const CONTENT_DIR = 'tests/fixtures/.tmp/bench-editions-content';

/** One clean build of the content, with these editions, timed; fails the bench if it does not build. */
async function timedBuild(what: string, environment: Record<string, string>) {
  const build = await measureBuild(() => buildSite(CONTENT_DIR, { environment }));
  try {
    expect(build.ok, `${what} failed to build:\n${build.output}`).toBe(true);
    return build;
  } finally {
    removeBuild(build);
  }
}

async function measureSize(rounds: number): Promise<EditionsSize> {
  const site = withTranslations(syntheticSite(rounds));
  writeSyntheticSite(site, join(ROOT, CONTENT_DIR));
  const day = asAfterLastRound(site);
  const english = await timedBuild(`The English edition (${rounds} rounds)`, { ...day, BUILD_EDITIONS: 'en' });
  const editions = await timedBuild(`The three editions (${rounds} rounds)`, day);
  return {
    rounds,
    englishSeconds: rounded(english.seconds),
    editionsSeconds: rounded(editions.seconds),
    editionsPeakMemoryMB: rounded(editions.peakMemoryMB, 0),
  };
}

test(
  'the Arabic and Hebrew editions cost at most their share of the build',
  async () => {
    const sizes: EditionsSize[] = [];
    for (const rounds of SIZES) {
      const size = await measureSize(rounds);
      sizes.push(size);
      console.log(JSON.stringify({ ...size, editionsRatio: rounded(size.editionsSeconds / size.englishSeconds) }));
    }
    const met = editionGoalsMet(sizes);
    console.log(JSON.stringify({ goals: EDITION_GOALS, met }));
    for (const [goal, ok] of Object.entries(met)) expect(ok, `editions goal ${goal}`).not.toBe(false);
  },
  6 * 60 * 60 * 1000,
);

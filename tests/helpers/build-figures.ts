/** The build benchmark's figures and goals, computed from measured times: pure, so the arithmetic is tested without a build. */

/** The sizes measured unless BENCH_SIZES names others. */
export const DEFAULT_SIZES = [100, 1000, 5000] as const;

/** The size the ratio goals are judged at, the two the growth goal compares, and the one held to the memory and page-weight goals. */
export const RATIO_SIZE = 1000;
export const GROWTH_SIZES = [1000, 5000] as const;
export const LARGE_SIZE = 5000;

export const GOALS = {
  /** The project's clean build against the bare site through the same remark pipeline, Pagefind included on both sides. */
  cleanRatio: 1.3,
  /** A rebuild after one round changed, caches kept, against a clean bare build through Astro's default pipeline. */
  rebuildRatio: 1.3,
  /**
   * Seconds per round at 5,000 against 1,000 rounds: the build must not grow
   * faster than the record. Each figure is one build on a shared two-core
   * machine, where the same multi-minute build varies by a few per cent from
   * run to run; the 10 % margin keeps that noise from failing the goal. The
   * fixed start-up cost already favours the larger size, so a ratio above
   * 1.1 is growth, not noise.
   */
  perRoundGrowth: 1.1,
  /** Peak memory of the 5,000-round build, in MB: it must fit a 2 GB build runner. */
  peakMemoryMB: 2048,
  /** Each page measured at 5,000 rounds, gzipped HTML + CSS + JS before search. */
  pageWeightBytes: 20 * 1024,
} as const;

/** BENCH_SIZES=100,1000 → [100, 1000]; unset or empty → the default sizes. */
export function benchSizes(value: string | undefined): number[] {
  if (value === undefined || value.trim() === '') return [...DEFAULT_SIZES];
  const sizes = value.split(',').map((part) => Number(part.trim()));
  const wrong = sizes.filter((size) => !Number.isInteger(size) || size < 1);
  if (wrong.length > 0) throw new Error(`BENCH_SIZES must list whole numbers of rounds, such as 100,1000; got "${value}"`);
  return sizes;
}

export interface TimedSize {
  rounds: number;
  buildSeconds: number;
  rebuildSeconds: number;
  referenceRemarkSeconds: number;
  referenceDefaultSeconds: number;
}

export interface Ratios {
  cleanRatio: number;
  rebuildRatio: number;
  secondsPerRound: number;
}

export function ratiosOf(size: TimedSize): Ratios {
  return {
    cleanRatio: size.buildSeconds / size.referenceRemarkSeconds,
    rebuildRatio: size.rebuildSeconds / size.referenceDefaultSeconds,
    secondsPerRound: size.buildSeconds / size.rounds,
  };
}

/** secondsPerRound(5000) / secondsPerRound(1000), or null when either size was not measured. */
export function perRoundGrowth(sizes: readonly TimedSize[]): number | null {
  const [small, large] = GROWTH_SIZES.map((rounds) => sizes.find((size) => size.rounds === rounds));
  return small && large ? ratiosOf(large).secondsPerRound / ratiosOf(small).secondsPerRound : null;
}

/**
 * Milliseconds Astro spent writing each section's pages, from the build log's
 * per-page lines ("├─ /rounds/x/index.html (+12ms)"), keyed by the first
 * path segment ("/" for top-level pages), slowest section first: where the
 * page-generation time goes.
 */
export function renderMsBySection(buildLog: string): Record<string, number> {
  const totals = new Map<string, number>();
  for (const [, path = '', amount = '0', unit] of buildLog.matchAll(/[├└]─ (\/\S*) \(\+([\d.]+)(m?s)\)/g)) {
    const section = /^\/([^/]+)\//.exec(path)?.[1] ?? '/';
    totals.set(section, (totals.get(section) ?? 0) + Number(amount) * (unit === 's' ? 1000 : 1));
  }
  return Object.fromEntries([...totals].sort((a, b) => b[1] - a[1]).map(([section, ms]) => [section, Math.round(ms)]));
}

/** Rounds a figure for the report: seconds and ratios to 3 decimals. */
export const rounded = (value: number, decimals = 3): number => Number(value.toFixed(decimals));

/** The three editions' build against the English-only build of the same commit and content, in the same run. */
export const EDITION_GOALS = {
  /** The Arabic and Hebrew editions may at most multiply the build's time by 2.5 (they are two more sites of pages). */
  editionsRatio: 2.5,
  /** Peak memory of the three editions' build at the largest size measured, in MB. */
  peakMemoryMB: 2048,
  /** Seconds per round of the three editions' build, at 5,000 against 1,000 rounds (see GOALS.perRoundGrowth). */
  perRoundGrowth: 1.1,
} as const;

/** One size of the editions' benchmark: both builds' seconds and the three editions' peak memory. */
export interface EditionsSize {
  rounds: number;
  englishSeconds: number;
  editionsSeconds: number;
  editionsPeakMemoryMB: number;
}

/**
 * Whether each editions goal is met, from the sizes measured: the ratio at RATIO_SIZE, the memory at the largest size
 * and the growth from 1,000 to 5,000 rounds; null for a goal whose sizes were not measured.
 * @example editionGoalsMet([{ rounds: 1000, englishSeconds: 40, editionsSeconds: 90, editionsPeakMemoryMB: 900 }]) // { editionsRatio: true, peakMemoryMB: true, perRoundGrowth: null }
 */
export function editionGoalsMet(sizes: readonly EditionsSize[]): Record<keyof typeof EDITION_GOALS, boolean | null> {
  const atRatio = sizes.find((size) => size.rounds === RATIO_SIZE);
  const largest = sizes.reduce<EditionsSize | undefined>(
    (max, size) => (max === undefined || size.rounds > max.rounds ? size : max),
    undefined,
  );
  const [small, large] = GROWTH_SIZES.map((rounds) => sizes.find((size) => size.rounds === rounds));
  const perRound = (size: EditionsSize) => size.editionsSeconds / size.rounds;
  return {
    editionsRatio: atRatio ? atRatio.editionsSeconds / atRatio.englishSeconds <= EDITION_GOALS.editionsRatio : null,
    peakMemoryMB: largest ? largest.editionsPeakMemoryMB < EDITION_GOALS.peakMemoryMB : null,
    perRoundGrowth: small && large ? perRound(large) / perRound(small) <= EDITION_GOALS.perRoundGrowth : null,
  };
}

/** The build benchmark's arithmetic, without a build. */
import { describe, expect, it } from 'vitest';
import {
  benchSizes,
  DEFAULT_SIZES,
  editionGoalsMet,
  perRoundGrowth,
  ratiosOf,
  renderMsBySection,
  type EditionsSize,
  type TimedSize,
} from '@tests/helpers/build-figures';

const size = (rounds: number, buildSeconds: number): TimedSize => ({
  rounds,
  buildSeconds,
  rebuildSeconds: 6,
  referenceRemarkSeconds: 10,
  referenceDefaultSeconds: 4,
});

describe('build figures', () => {
  it('reads BENCH_SIZES, defaulting to 100, 1,000 and 5,000 rounds', () => {
    expect(benchSizes(undefined)).toEqual([...DEFAULT_SIZES]);
    expect(benchSizes(' ')).toEqual([...DEFAULT_SIZES]);
    expect(benchSizes('100, 1000')).toEqual([100, 1000]);
    expect(() => benchSizes('100,lots')).toThrow(/BENCH_SIZES/);
    expect(() => benchSizes('0')).toThrow(/BENCH_SIZES/);
  });

  it('compares the clean build with the remark reference and the rebuild with the default one', () => {
    expect(ratiosOf(size(1000, 12))).toEqual({ cleanRatio: 1.2, rebuildRatio: 1.5, secondsPerRound: 0.012 });
  });

  it('gives the growth of seconds per round from 1,000 to 5,000 rounds, or null without both', () => {
    expect(perRoundGrowth([size(100, 3), size(1000, 20), size(5000, 110)])).toBeCloseTo(1.1);
    expect(perRoundGrowth([size(100, 3), size(1000, 20)])).toBeNull();
  });

  it('sums the per-page times of the build log by section, slowest first', () => {
    const log = [
      '01:24:29   ├─ /404.html (+51ms) ',
      '01:24:29   ├─ /rounds/a/index.html (+20ms) ',
      '01:24:29   ├─ /rounds/b/index.html (+1.5s) ',
      '01:24:29   ├─ /people/index.html (+7ms) ',
      '01:24:29   └─ /index.html (+9ms) ',
      '01:24:30 [search-index] indexed 3 pages into /pagefind/',
    ].join('\n');
    expect(renderMsBySection(log)).toEqual({ rounds: 1520, '/': 60, people: 7 });
    expect(Object.keys(renderMsBySection(log))).toEqual(['rounds', '/', 'people']);
  });
});

describe('editionGoalsMet', () => {
  const size = (rounds: number, englishSeconds: number, editionsSeconds: number, editionsPeakMemoryMB = 900): EditionsSize => ({
    rounds,
    englishSeconds,
    editionsSeconds,
    editionsPeakMemoryMB,
  });

  it('judges the ratio at 1,000 rounds, the memory at the largest size and the growth from 1,000 to 5,000', () => {
    expect(editionGoalsMet([size(1000, 40, 100), size(5000, 200, 500, 1500)])).toEqual({
      editionsRatio: true,
      peakMemoryMB: true,
      perRoundGrowth: true,
    });
    expect(editionGoalsMet([size(1000, 40, 101), size(5000, 200, 560, 2100)])).toEqual({
      editionsRatio: false,
      peakMemoryMB: false,
      perRoundGrowth: false,
    });
  });

  it('leaves a goal unjudged when its sizes were not measured', () => {
    expect(editionGoalsMet([size(100, 4, 9)])).toEqual({ editionsRatio: null, peakMemoryMB: true, perRoundGrowth: null });
  });
});

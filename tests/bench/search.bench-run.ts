/**
 * `npm run bench`: builds the real record and a synthetic one of 1,000
 * rounds, then reports for each the build time, the size of the search index,
 * the weight of a round page before search is touched, and a reader's first
 * search in headless Chromium, cold (nothing cached) and warm (cached).
 * It reports; it does not pass or fail on timings.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchChromium } from '../browser/chromium';
import { serveStatic } from '../browser/static-server';
import { buildSite, removeBuild, ROOT } from '../build/build-site';
import { folderBytes, indexBytes, kilobytes, median, pageWeight, timeSearch } from './measure';
import { syntheticSite, writeSyntheticSite } from './synthetic-site';

const RUNS = 5;

interface Subject {
  name: string;
  contentDir: string;
  roundPath: string;
  queries: [string, string];
}

function synthetic(): Subject {
  const dir = 'tests/fixtures/.tmp/bench-content';
  const site = syntheticSite(1000);
  writeSyntheticSite(site, join(ROOT, dir));
  const lastRound =
    [...site.files.keys()]
      .filter((path) => path.startsWith('rounds/'))
      .sort()
      .at(-1) ?? '';
  return {
    name: 'synthetic, 1,000 rounds',
    contentDir: dir,
    roundPath: `/${lastRound.slice(0, -'.md'.length)}/`,
    queries: ['Alias17', 'ceasefire corridor'],
  };
}

const subjects = (): Subject[] => [
  { name: 'real record', contentDir: 'content', roundPath: '/rounds/2026-01-05-paris/', queries: ['Salameh', 'buffer zone'] },
  synthetic(),
];

test('search benchmark', { timeout: 30 * 60_000 }, async () => {
  const browser = await launchChromium();
  const rows: string[] = [];
  try {
    for (const subject of subjects()) {
      const started = performance.now();
      const build = await buildSite(subject.contentDir);
      const buildSeconds = (performance.now() - started) / 1000;
      expect(build.ok, build.output).toBe(true);
      const site = await serveStatic(build.outDir);
      try {
        const url = `${site.origin}${subject.roundPath}`;
        const cold = [];
        for (let run = 0; run < RUNS; run += 1) cold.push(await timeSearch(browser, url, subject.queries[0]));
        const context = await browser.newContext();
        await timeSearch(browser, url, subject.queries[0], context);
        const warm = [];
        for (let run = 0; run < RUNS; run += 1)
          warm.push(await timeSearch(browser, url, run % 2 === 0 ? subject.queries[0] : subject.queries[1], context));
        await context.close();
        const weight = pageWeight(build.outDir, subject.roundPath);
        const bundle = join(build.outDir, 'pagefind');
        rows.push(
          `| ${subject.name} | ${buildSeconds.toFixed(1)} s | ${kilobytes(indexBytes(bundle))} (${kilobytes(folderBytes(bundle))} with Pagefind's unused UIs) | ${kilobytes(weight.html + weight.css + weight.js)} (HTML ${kilobytes(weight.html)}, CSS ${kilobytes(weight.css)}, JS ${kilobytes(weight.js)}) | ${kilobytes(median(cold.map((run) => run.bytes)))} in ${median(cold.map((run) => run.requests))} requests | ${median(cold.map((run) => run.milliseconds)).toFixed(0)} ms | ${median(warm.map((run) => run.milliseconds)).toFixed(0)} ms |`,
        );
      } finally {
        await site.close();
        removeBuild(build);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(
    [
      '',
      `Search benchmark (median of ${RUNS} runs; headless Chromium on localhost, so network time is near zero)`,
      '',
      '| site | build | search index | round page before search (gzip) | first query downloads | first results, cold | first results, warm |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
});

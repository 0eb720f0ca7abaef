/**
 * Part of `npm run bench`: the performance budget of the real site. Every
 * page of every edition may weigh at most 20 KB gzipped (HTML, CSS and JS)
 * before a reader touches search; a round page and the timeline have no
 * render-blocking script, and Lighthouse scores are reported for both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { serveSite } from '@tests/helpers/serve-site';
import { buildSite, removeBuild } from '@tests/helpers/build-site';
import { GOALS } from '@tests/helpers/build-figures';
import { builtPages } from '@tests/helpers/html';
import { launchChromium } from '@tests/helpers/chromium';
import { kilobytes, LIGHTHOUSE_CATEGORIES, lighthouseScores, pageWeight } from './measure';

const BUDGET_BYTES = GOALS.pageWeightBytes;
const PAGES = [
  { name: 'timeline', path: '/' },
  { name: 'round page', path: '/rounds/2026-01-05-paris/' },
];
const DEBUGGING_PORT = 9333;

test('performance budget', { timeout: 10 * 60_000 }, async () => {
  const build = await buildSite('content');
  expect(build.ok, build.output).toBe(true);
  const site = await serveSite(build.outDir);
  const browser = await launchChromium([`--remote-debugging-port=${DEBUGGING_PORT}`]);
  const rows: string[] = [];
  const overBudget: string[] = [];
  try {
    // Every page of the three editions, weighed from the files alone: it takes a second, where Lighthouse takes minutes.
    for (const { url } of builtPages(build.outDir).filter((page) => page.url.endsWith('/'))) {
      const weight = pageWeight(build.outDir, url);
      const total = weight.html + weight.css + weight.js;
      if (total > BUDGET_BYTES) overBudget.push(`${url}: ${kilobytes(total)}`);
    }
    for (const { name, path } of PAGES) {
      const weight = pageWeight(build.outDir, path);
      const total = weight.html + weight.css + weight.js;
      const html = readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
      // Data blocks (JSON, JSON-LD) are not run, so they block nothing.
      const blockingScripts = [...html.matchAll(/<script(?![^>]*type="(?:module|application\/(?:ld\+)?json)")[^>]*>/g)].length;
      const scores = await lighthouseScores(`${site.origin}${path}`, DEBUGGING_PORT);
      rows.push(
        `| ${name} | ${kilobytes(total)} of ${kilobytes(BUDGET_BYTES)} | ${blockingScripts} | ${LIGHTHOUSE_CATEGORIES.map((category) => scores[category]).join(' / ')} |`,
      );
      expect(blockingScripts, `${name} has a render-blocking script`).toBe(0);
    }
  } finally {
    await browser.close();
    await site.close();
    removeBuild(build);
  }
  console.log(
    [
      '',
      'Performance budget (gzip; before the reader touches search)',
      '',
      overBudget.length === 0
        ? `Every page of every edition: at most ${kilobytes(BUDGET_BYTES)}`
        : `Over ${kilobytes(BUDGET_BYTES)}: ${overBudget.join(', ')}`,
      '',
      '| page | HTML + CSS + JS | blocking scripts | Lighthouse performance / accessibility / best practices / SEO |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
  expect(overBudget, 'pages over the budget').toEqual([]);
});

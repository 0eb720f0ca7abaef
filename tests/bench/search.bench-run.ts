/**
 * `npm run bench`: builds the real record and a synthetic one of 1,000
 * rounds, then reports for each, and for each edition of the real record
 * (English, Arabic, Hebrew), the build time, the size of the search index,
 * the weight of a round page before search is touched, and a reader's first
 * search in headless Chromium, cold (nothing cached) and warm (cached), and
 * the size of the cards search shows first. It reports those, and checks one
 * ratio in every edition, for words typed and for words pasted: from a
 * reader's last keystroke to the results on screen may take at most 1.15
 * times what Pagefind's own search and first fragments take behind a bare
 * field on the same page.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serveSite } from '@tests/helpers/serve-site';
import { buildSite, removeBuild } from '@tests/helpers/build-site';
import { localizedPath, type Locale } from '@/lib/base/locales';
import { SEARCH_CARDS_URL } from '@/lib/base/urls';
import { ROOT } from '@tests/helpers/content';
import { launchChromium } from '@tests/helpers/chromium';
import { syntheticSite, writeSyntheticSite } from '@tests/helpers/synthetic-site';
import { folderBytes, indexBytes, kilobytes, median, pageWeight, timeSearch, timeTypedSearch } from './measure';

const RUNS = 5;

/** How much longer than Pagefind itself a reader may wait for results after their last keystroke. */
const MAX_TYPED_SEARCH_RATIO = 1.15;

/** A fast typist: about 100 words a minute. */
const KEY_DELAY_MS = 120;

/** One edition of a site, searched from one of its round pages. */
interface Edition {
  locale: Locale;
  roundPath: string;
  queries: [string, string];
  /** Words a reader types, each timed against Pagefind alone. */
  typed: string[];
}

interface Subject {
  name: string;
  contentDir: string;
  editions: Edition[];
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
    editions: [
      {
        locale: 'en',
        roundPath: `/${lastRound.slice(0, -'.md'.length)}/`,
        queries: ['Alias17', 'ceasefire corridor'],
        typed: ['Alias17', 'ceasefire corridor', 'Person Number3'],
      },
    ],
  };
}

const subjects = (): Subject[] => [
  {
    name: 'real record',
    contentDir: 'content',
    editions: [
      {
        locale: 'en',
        roundPath: '/rounds/2026-01-05-paris/',
        queries: ['Salameh', 'buffer zone'],
        typed: ['Salameh', 'buffer zone', 'al-Shaibani', 'joint communication cell'],
      },
      {
        locale: 'ar',
        roundPath: '/ar/rounds/2026-01-05-paris/',
        queries: ['السلامة', 'المنطقة العازلة'],
        typed: ['السلامة', 'المنطقة العازلة', 'الشيباني', 'جبل الشيخ'],
      },
      {
        locale: 'he',
        roundPath: '/he/rounds/2026-01-05-paris/',
        queries: ['לייטר', 'רמת הגולן'],
        typed: ['לייטר', 'רמת הגולן', 'בגולן', 'אזור החיץ'],
      },
    ],
  },
  synthetic(),
];

test('search benchmark', { timeout: 30 * 60_000 }, async () => {
  const browser = await launchChromium();
  const rows: string[] = [];
  const typedRows: string[] = [];
  const cardRows: string[] = [];
  const ratios: { subject: string; ratio: number }[] = [];
  try {
    for (const subject of subjects()) {
      const started = performance.now();
      const build = await buildSite(subject.contentDir);
      const buildSeconds = (performance.now() - started) / 1000;
      expect(build.ok, build.output).toBe(true);
      const site = await serveSite(build.outDir);
      try {
        for (const edition of subject.editions) {
          const name = `${subject.name}, ${edition.locale}`;
          const url = `${site.origin}${edition.roundPath}`;
          const cold = [];
          for (let run = 0; run < RUNS; run += 1) cold.push(await timeSearch(browser, url, edition.queries[0]));
          const context = await browser.newContext();
          await timeSearch(browser, url, edition.queries[0], context);
          const warm = [];
          for (let run = 0; run < RUNS; run += 1)
            warm.push(await timeSearch(browser, url, run % 2 === 0 ? edition.queries[0] : edition.queries[1], context));
          await context.close();
          for (const [how, keyDelay] of [
            [`typed at ${KEY_DELAY_MS} ms a key`, KEY_DELAY_MS],
            ['pasted', undefined],
          ] as const) {
            const typed = [];
            for (const query of edition.typed)
              for (let run = 0; run < RUNS; run += 1) typed.push(await timeTypedSearch(browser, url, query, keyDelay));
            const reader = median(typed.map((run) => run.lastKeystrokeToResults));
            const own = median(typed.map((run) => run.pagefindOwn));
            ratios.push({ subject: `${name}, ${how}`, ratio: reader / own });
            typedRows.push(`| ${name} | ${how} | ${own.toFixed(0)} ms | ${reader.toFixed(0)} ms | ${(reader / own).toFixed(2)} |`);
          }
          const cards = readFileSync(join(build.outDir, localizedPath(SEARCH_CARDS_URL, edition.locale)));
          cardRows.push(`| ${name} | ${kilobytes(cards.length)} | ${kilobytes(gzipSync(cards).length)} |`);
          const weight = pageWeight(build.outDir, edition.roundPath);
          const bundle = join(build.outDir, 'pagefind');
          rows.push(
            `| ${name} | ${buildSeconds.toFixed(1)} s | ${kilobytes(indexBytes(bundle))} (${kilobytes(folderBytes(bundle))} with Pagefind's unused UIs) | ${kilobytes(weight.html + weight.css + weight.js)} (HTML ${kilobytes(weight.html)}, CSS ${kilobytes(weight.css)}, JS ${kilobytes(weight.js)}) | ${kilobytes(median(cold.map((run) => run.bytes)))} in ${median(cold.map((run) => run.requests))} requests | ${median(cold.map((run) => run.milliseconds)).toFixed(0)} ms | ${median(warm.map((run) => run.milliseconds)).toFixed(0)} ms |`,
          );
        }
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
      '| site, edition | build | search index (every edition) | round page before search (gzip) | first query downloads | first results, cold | first results, warm |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      `Typed search (median over ${RUNS} runs of each query, the field focused a second before)`,
      '',
      '| site, edition | words | Pagefind: search and first fragments | last keystroke to results on screen | ratio |',
      '| --- | --- | --- | --- | --- |',
      ...typedRows,
      '',
      'The cards search shows first',
      '',
      '| site, edition | cards.json | gzip |',
      '| --- | --- | --- |',
      ...cardRows,
      '',
    ].join('\n'),
  );
  for (const { subject, ratio } of ratios)
    expect(ratio, `${subject}: last keystroke to results, over Pagefind's own time`).toBeLessThanOrEqual(MAX_TYPED_SEARCH_RATIO);
});

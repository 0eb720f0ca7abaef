/**
 * Part of `npm run bench`: the views of the negotiation as the record grows.
 * A synthetic record of 1,000 rounds is built once; the timeline with its
 * rhythm strip, a round page with its readouts' section, the positions matrix,
 * the red-lines board, who was in the room, the compare page and a pair of
 * rounds compared must each weigh at most 20 KB gzipped (HTML, CSS and JS
 * before search), in every edition.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LOCALES, localizedPath } from '@/lib/base/locales';
import { COMPARE_PAGE_URL, compareUrl, DELEGATIONS_PAGE_URL, POSITIONS_PAGE_URL, RED_LINES_PAGE_URL } from '@/lib/base/urls';
import { buildSite, removeBuild } from '@tests/helpers/build-site';
import { ROOT } from '@tests/helpers/content';
import { GOALS } from '@tests/helpers/build-figures';
import { syntheticSite, writeSyntheticSite } from '@tests/helpers/synthetic-site';
import { kilobytes, pageWeight } from './measure';

const ROUNDS = 1_000;
const CONTENT_DIR = 'tests/fixtures/.tmp/bench-views-content';

test(`the views of the negotiation weigh at most 20 KB each at ${ROUNDS} rounds`, { timeout: 10 * 60_000 }, async () => {
  const site = syntheticSite(ROUNDS);
  writeSyntheticSite(site, join(ROOT, CONTENT_DIR));
  const roundIds = [...site.files.keys()]
    .filter((path) => path.startsWith('rounds/'))
    .map((path) => path.slice('rounds/'.length, -'.md'.length))
    .sort();
  const [earlier = '', newest = ''] = roundIds.slice(-2);
  const build = await buildSite(CONTENT_DIR);
  try {
    expect(build.ok, build.output).toBe(true);
    const pages = {
      'timeline with the rhythm strip': '/',
      'round page': `/rounds/${newest}/`,
      'positions matrix': POSITIONS_PAGE_URL,
      'red-lines board': RED_LINES_PAGE_URL,
      'who was in the room': DELEGATIONS_PAGE_URL,
      'compare page': COMPARE_PAGE_URL,
      // Every synthetic round is held, so the two newest are a consecutive pair.
      'two rounds compared': compareUrl(earlier, newest),
    };
    const rows = LOCALES.flatMap((locale) =>
      Object.entries(pages).map(([name, path]) => {
        const weight = pageWeight(build.outDir, localizedPath(path, locale));
        return { name: `${name} (${locale})`, total: weight.html + weight.css + weight.js };
      }),
    );
    console.log(
      [
        `Views at ${ROUNDS} synthetic rounds (gzip; before search)`,
        '| page | HTML + CSS + JS |',
        '| --- | --- |',
        ...rows.map(({ name, total }) => `| ${name} | ${kilobytes(total)} of ${kilobytes(GOALS.pageWeightBytes)} |`),
      ].join('\n'),
    );
    for (const { name, total } of rows)
      expect.soft(total, `${name} weighs more than the budget`).toBeLessThanOrEqual(GOALS.pageWeightBytes);
  } finally {
    removeBuild(build);
  }
});

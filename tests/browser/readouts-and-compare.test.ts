/**
 * Each side's readout on a round's page, and the comparison of two rounds:
 * the built pages checked against content/ (readouts, the marks of every
 * consecutive pair, the links between them, the files the compare page
 * fetches), then Chromium once for what needs a browser: the columns stacking
 * on a phone, the compare form with JavaScript under the site's own policy,
 * and axe at a phone's and a desktop's width.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compareSides } from '@/lib/base/sides';
import { validateRecord } from '@/lib/content/validate-record';
import type { Entry } from '@/lib/record/entries';
import type { Round } from '@/lib/record/schemas';
import { readContent } from '@tests/helpers/content';
import { readPage } from '@tests/helpers/html';
import { horizontalOverflow, wcagViolations } from './axe';
import { SITE, useBrowser } from './browser';

const siteDir = inject('siteDir');
const { record } = validateRecord(readContent());

/** The held rounds in the order the timeline sets them: by first day, then by file name. */
const held = record.rounds
  .filter((round) => round.data.status === 'held')
  .sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id));
const pairs = held.slice(1).map((later, i) => ({ earlier: held[i] as Entry<Round>, later }));
const withReadouts = record.rounds.filter((round) => round.data.readouts.length > 0);

/** Text as the built HTML writes it, for finding content's words in a page. */
const asHtml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('"', '&quot;');

/** The HTML of the element that opens at `start`, up to the matching end tag of the same name. */
function elementAt(html: string, start: number): string {
  const tag = /^<([a-z0-9]+)/.exec(html.slice(start))?.[1] ?? '';
  let depth = 0;
  for (const match of html.slice(start).matchAll(new RegExp(`<(/?)${tag}[\\s>]`, 'g'))) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(start, start + match.index + tag.length + 3);
  }
  throw new Error(`<${tag}> at ${start} never ends`);
}

/** A `<section aria-labelledby="id">` of a page. */
function sectionOf(html: string, id: string): string {
  const start = html.search(new RegExp(`<section[^>]* aria-labelledby="${id}"`));
  return start < 0 ? '' : elementAt(html, start);
}

/** How content/ says a row should be marked, from the two lists it compares. */
function expectedMark(earlier: readonly string[], later: readonly string[]): string {
  if (earlier.length === 0) return 'new';
  if (later.length === 0) return 'dropped';
  return earlier.join('\n') === later.join('\n') ? 'unchanged' : 'changed';
}

/** Every row of a comparison table as "issue|side → mark", or "side → mark" for a delegation. */
function marksIn(section: string): Map<string, string> {
  const rows = [...section.matchAll(/<th scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map(([, header = '']) => {
    const issue = /href="\/issues\/([^/]+)\/"/.exec(header)?.[1];
    const side = /class="side side-([a-z-]+)"/.exec(header)?.[1] ?? '';
    const mark = /class="change change-[a-z]+"[^>]*>([^<]+)</.exec(header)?.[1] ?? '';
    return [issue === undefined ? side : `${issue}|${side}`, mark] as const;
  });
  return new Map(rows);
}

/** Every round of any status by first day, then by file name: the order a side's stances follow. */
const inOrder = [...record.rounds].sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id));

/**
 * How content/'s editors judged a side's stances on an issue from one round to a later one: changed when a statement
 * after the earlier round, up to the later, is marked changed; unchanged when all of them are marked restated.
 */
function judgedMark(earlier: Entry<Round>, later: Entry<Round>, subject: string): string {
  const statements = inOrder
    .slice(inOrder.indexOf(earlier) + 1, inOrder.indexOf(later) + 1)
    .map((round) => round.data.positions.filter((position) => `${position.issue}|${position.side}` === subject))
    .filter((positions) => positions.length > 0);
  if (statements.some((positions) => positions.some((position) => position.shift === 'changed'))) return 'changed';
  return statements.every((positions) => positions.every((position) => position.shift === 'restated')) ? 'unchanged' : 'not judged';
}

function positionMarks(
  earlier: Entry<Round>,
  later: Entry<Round>,
  include: (position: Round['positions'][number]) => boolean,
): Map<string, string> {
  const key = (position: Round['positions'][number]) => `${position.issue}|${position.side}`;
  const [before, after] = [earlier.data.positions.filter(include).map(key), later.data.positions.filter(include).map(key)];
  return new Map(
    [...new Set([...before, ...after])].map((subject) => {
      if (!before.includes(subject)) return [subject, 'new'];
      if (!after.includes(subject)) return [subject, 'dropped'];
      return [subject, judgedMark(earlier, later, subject)];
    }),
  );
}

describe('the readouts on a round page', () => {
  it('are in content/ for some rounds, for the test to check', () => {
    expect(withReadouts.length).toBeGreaterThan(0);
  });

  it("show each side's summary in the site's side order, citing the source the file names, and only where there are readouts", () => {
    for (const round of record.rounds) {
      const html = readPage(siteDir, `/rounds/${round.id}/`);
      const section = sectionOf(html, 'readouts');
      if (round.data.readouts.length === 0) {
        expect(section, round.id).toBe('');
        continue;
      }
      expect(section, round.id).toContain('How each side described it');
      const expected = [...round.data.readouts].sort((a, b) => compareSides(a.side, b.side));
      const columns = [...section.matchAll(/<div class="readout"/g)].map((match) => elementAt(section, match.index));
      expect(
        columns.map((column) => /<h3 id="readout-([a-z-]+)"/.exec(column)?.[1]),
        round.id,
      ).toEqual(expected.map((readout) => readout.side));
      expected.forEach((readout, i) => {
        const column = columns[i] ?? '';
        expect(column, `${round.id} ${readout.side}`).toContain(`<span class="side side-${readout.side}">`);
        expect(column, `${round.id} ${readout.side}`).toContain(asHtml(readout.summary));
        expect(column, `${round.id} ${readout.side}`).toMatch(new RegExp(`<a class="citation" href="#source-${readout.source}"`));
        expect(html, `${round.id} source ${readout.source}`).toContain(`<li id="source-${readout.source}">`);
      });
    }
  });
});

describe('the comparison of consecutive rounds', () => {
  it('has one page for each pair of consecutive held rounds, and each round page links to its pair', () => {
    expect(pairs.length).toBeGreaterThan(1);
    for (const { earlier, later } of pairs) {
      const path = `/compare/${earlier.id}/${later.id}/`;
      expect(existsSync(join(siteDir, path, 'index.html')), path).toBe(true);
      expect(readPage(siteDir, `/rounds/${later.id}/`), later.id).toContain(`<a href="${path}"`);
    }
    for (const round of [held[0], ...record.rounds.filter((each) => each.data.status !== 'held')]) {
      expect(readPage(siteDir, `/rounds/${round?.id}/`), round?.id).not.toContain('Compare with the previous round');
    }
  });

  it('marks every place fact and delegation as content/ records them, and every position and red line as its editors judged it', () => {
    for (const { earlier, later } of pairs) {
      const html = readPage(siteDir, `/compare/${earlier.id}/${later.id}/`);
      const name = `${earlier.id} → ${later.id}`;
      const place = [...sectionOf(html, 'compare-place').matchAll(/<th scope="row"[^>]*>(\w+) <span class="change[^"]*"[^>]*>([^<]+)</g)];
      const placeMarks = new Map(place.map(([, fact = '', mark = '']) => [fact, mark]));
      expect(placeMarks.get('City'), name).toBe(expectedMark([earlier.data.place.city], [later.data.place.city]));
      expect(placeMarks.get('Country'), name).toBe(expectedMark([earlier.data.place.country].flat(), [later.data.place.country].flat()));

      const sides = new Set([
        ...Object.keys(earlier.data.delegations),
        ...Object.keys(later.data.delegations),
      ] as (keyof Round['delegations'])[]);
      const delegationMarks = new Map(
        [...sides].map((side) => [side, expectedMark(earlier.data.delegations[side] ?? [], later.data.delegations[side] ?? [])]),
      );
      expect(marksIn(sectionOf(html, 'compare-delegations')), name).toEqual(delegationMarks);
      expect(marksIn(sectionOf(html, 'compare-positions')), name).toEqual(positionMarks(earlier, later, () => true));
      expect(marksIn(sectionOf(html, 'compare-red-lines')), name).toEqual(positionMarks(earlier, later, (position) => position.redLine));
      const details = [...sectionOf(html, 'compare-positions').matchAll(/<span class="change-detail"[^>]*>([^<]+)</g)].map(
        ([, detail = '']) => detail,
      );
      const stated = new Set(earlier.data.positions.map((each) => `${each.issue}|${each.side}`));
      for (const position of later.data.positions.filter((each) => each.how !== undefined && stated.has(`${each.issue}|${each.side}`))) {
        expect(
          details.some((detail) => detail.includes(asHtml(position.how ?? ''))),
          `${name}: ${position.how}`,
        ).toBe(true);
      }
    }
    // content/ has both judgements between consecutive rounds, so the comparison above tells them apart.
    const marks = pairs.flatMap(({ earlier, later }) => [...positionMarks(earlier, later, () => true).values()]);
    expect(marks).toContain('changed');
    expect(marks).toContain('unchanged');
  });

  it('links each round, person and issue it names, and each stance to its source on the round page', () => {
    for (const { earlier, later } of pairs) {
      const html = readPage(siteDir, `/compare/${earlier.id}/${later.id}/`);
      const comparison = elementAt(html, html.indexOf('<div class="comparison"'));
      const links = [...comparison.matchAll(/href="(\/[^"]*)"/g)].map(([, href = '']) => href);
      expect(links, earlier.id).toContain(`/rounds/${earlier.id}/`);
      for (const href of new Set(links)) {
        const [path = '', anchor] = href.split('#');
        expect(existsSync(join(siteDir, path, 'index.html')), href).toBe(true);
        if (anchor !== undefined) expect(readPage(siteDir, path), href).toContain(`id="${anchor}"`);
      }
    }
  });

  it('writes every held round, newest first, to the choices file, and each to a file of its own', () => {
    const choices = JSON.parse(readFileSync(join(siteDir, 'compare/rounds.json'), 'utf8')) as { id: string }[];
    expect(choices.map((choice) => choice.id)).toEqual(held.map((round) => round.id).reverse());
    for (const round of held) {
      const data = JSON.parse(readFileSync(join(siteDir, `compare/rounds/${round.id}.json`), 'utf8')) as { positions: unknown[] };
      expect(data.positions, round.id).toHaveLength(round.data.positions.length);
    }
    const compare = readPage(siteDir, '/compare/');
    for (const { earlier, later } of pairs) expect(compare).toContain(`href="/compare/${earlier.id}/${later.id}/"`);
  });
});

/** axe's violations in one part of the page as it is laid out now, and any width beyond the screen's. */
async function problemsIn(page: Page, selector: string): Promise<string[]> {
  const width = page.viewportSize()?.width;
  const overflow = await horizontalOverflow(page);
  return [
    ...(await wcagViolations(page, selector)).map((violation) => `${width} px: ${violation}`),
    ...(overflow > 0 ? [`${width} px: ${overflow} px wider than the screen`] : []),
  ];
}

/** A comparison's markup as the browser holds it, without the attributes only Astro's or only the script's writing adds. */
const comparable = (html: string): string => html.replace(/ data-astro-cid-[a-z0-9]+(="")?/g, '').replace(/ class=""/g, '');

describe('in Chromium, light, at 360 and 1280 px', () => {
  const session = useBrowser({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });

  it('sets readouts side by side on a desktop and one above the other on a phone', async () => {
    const { page, errors } = session();
    const round = [...withReadouts].sort((a, b) => b.data.readouts.length - a.data.readouts.length)[0];
    if (!round) throw new Error('no round has readouts');
    const columns = () =>
      page.locator('.readout').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect()).map(({ x, y }) => ({ x, y })));
    const rounded = (values: number[]) => new Set(values.map(Math.round)).size;

    await page.goto(`${SITE}/rounds/${round.id}/`);
    const wide = await columns();
    expect(wide).toHaveLength(round.data.readouts.length);
    expect(rounded(wide.map(({ y }) => y))).toBe(1);
    expect(rounded(wide.map(({ x }) => x))).toBe(wide.length);
    const problems = await problemsIn(page, 'section[aria-labelledby="readouts"]');
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await columns();
    expect(rounded(narrow.map(({ x }) => x))).toBe(1);
    expect(narrow.map(({ y }) => y)).toEqual([...narrow.map(({ y }) => y)].sort((a, b) => a - b));
    expect(rounded(narrow.map(({ y }) => y))).toBe(narrow.length);
    problems.push(...(await problemsIn(page, 'section[aria-labelledby="readouts"]')));
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('compares the pair in its address, then the two rounds chosen, keeping the address shareable and back working', async () => {
    const { page, errors } = session();
    const [first, last] = [pairs[0], pairs.at(-1)];
    if (!first || !last) throw new Error('fewer than two held rounds');
    const earlierLink = page.locator('[data-compare-result] .compare-rounds dd a').first();

    // Given in reverse, the earlier round still comes first.
    await page.goto(`${SITE}/compare/?a=${first.later.id}&b=${first.earlier.id}`);
    await expect.poll(() => earlierLink.getAttribute('href')).toBe(`/rounds/${first.earlier.id}/`);
    expect(await page.locator('#compare-a').inputValue()).toBe(first.later.id);

    await page.locator('#compare-a').selectOption(last.earlier.id);
    await page.locator('#compare-b').selectOption(last.later.id);
    await page.locator('talks-compare button[type="submit"]').click();
    await expect.poll(() => page.url()).toBe(`${SITE}/compare/?a=${last.earlier.id}&b=${last.later.id}`);
    await expect.poll(() => earlierLink.getAttribute('href')).toBe(`/rounds/${last.earlier.id}/`);
    expect(await page.locator('[data-compare-status]').textContent()).toContain(last.later.data.title);

    // The script writes the pair exactly as its static page does.
    const [shown, expected] = await shownAndBuilt(page, `/compare/${last.earlier.id}/${last.later.id}/`);
    expect(shown).toBe(expected);

    const problems = await problemsIn(page, 'main');
    await page.setViewportSize({ width: 360, height: 800 });
    problems.push(...(await problemsIn(page, 'main')));

    await page.goBack();
    await expect.poll(() => earlierLink.getAttribute('href')).toBe(`/rounds/${first.earlier.id}/`);
    expect(problems).toEqual([]);
    // A script the site's policy refused, or any other error, would show here.
    expect(errors).toEqual([]);
  });

  it('compares in the Arabic and Hebrew editions in their own words, from their own files, as their static pages do', async () => {
    const { page, errors } = session();
    const last = pairs.at(-1);
    if (!last) throw new Error('fewer than two held rounds');
    for (const locale of ['ar', 'he']) {
      await page.goto(`${SITE}/${locale}/compare/?a=${last.earlier.id}&b=${last.later.id}`);
      const earlierLink = page.locator('[data-compare-result] .compare-rounds dd a').first();
      await expect.poll(() => earlierLink.getAttribute('href')).toBe(`/${locale}/rounds/${last.earlier.id}/`);
      const [shown, expected] = await shownAndBuilt(page, `/${locale}/compare/${last.earlier.id}/${last.later.id}/`);
      expect(shown).toBe(expected);
      expect(await page.locator('[data-compare-status]').textContent()).toContain(locale === 'ar' ? 'مقارنة' : 'השוואה');
    }
    expect(errors).toEqual([]);
  });
});

/**
 * The comparison the compare page's script drew, and the one the static page of the same pair was built with, each as
 * comparable() reads it.
 */
async function shownAndBuilt(page: Page, staticPath: string): Promise<[string, string]> {
  const built = readPage(siteDir, staticPath);
  const staticResult = elementAt(built, built.indexOf('<div class="comparison"'));
  const [shown, expected] = await page.locator('[data-compare-result]').evaluate((result, html) => {
    const parsed = document.createElement('template');
    parsed.innerHTML = html;
    return [result.innerHTML, parsed.content.firstElementChild?.innerHTML ?? ''];
  }, staticResult);
  return [comparable(shown), comparable(expected)];
}

/**
 * The Arabic and Hebrew editions read right to left as the English reads left to right: the rhythm strip's time, the
 * tables and the pager run the edition's way, a run in the other direction keeps its own order, and the type suits
 * each script, on screen and on paper.
 */
import { describe, expect, it } from 'vitest';
import { editionOf, LOCALES, localizedPath, TRANSLATED_LOCALES, type Locale } from '@/lib/base/locales';
import { SITE, useBrowser } from './browser';

const ROUND = '/rounds/2026-01-05-paris/';
/** A round with a round before it and one after it. */
const MIDDLE_ROUND = '/rounds/2025-09-17-london/';

describe.each(LOCALES)('the %s edition', (locale: Locale) => {
  const session = useBrowser({ viewport: { width: 1280, height: 800 } });
  const rightToLeft = editionOf(locale).dir === 'rtl';
  const open = async (path: string) => {
    const { page } = session();
    await page.goto(`${SITE}${localizedPath(path, locale)}`);
    return page;
  };

  it('runs the rhythm strip from the earliest mark where its lines begin, each year labelled on its later side', async () => {
    const page = await open('/');
    const marks = await page.locator('.rhythm svg a circle').evaluateAll((circles) =>
      circles.map((circle) => {
        const box = circle.getBoundingClientRect();
        return box.x + box.width / 2;
      }),
    );
    expect(marks.length).toBeGreaterThan(2);
    expect(marks).toEqual([...marks].sort((a, b) => (rightToLeft ? b - a : a - b)));
    const years = await page.locator('.rhythm .year').evaluateAll((groups) =>
      groups.map((group) => {
        const line = group.querySelector('line')?.getBoundingClientRect();
        const label = group.querySelector('text')?.getBoundingClientRect();
        return { line: line?.x ?? 0, left: label?.left ?? 0, right: label?.right ?? 0 };
      }),
    );
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) expect(rightToLeft ? year.right <= year.line : year.left >= year.line).toBe(true);
  });

  it('puts the previous round where the line begins and the next where it ends, each arrow pointing outward', async () => {
    const page = await open(MIDDLE_ROUND);
    const pager = await page.locator('.pager a').evaluateAll((links) =>
      links.map((link) => {
        const label = link.querySelector('.meta');
        const text = label?.firstChild;
        const at = text?.textContent?.search(/[←→]/) ?? -1;
        const arrow = document.createRange();
        if (text && at >= 0) {
          arrow.setStart(text, at);
          arrow.setEnd(text, at + 1);
        }
        const centre = (box: DOMRect | undefined) => (box ? box.x + box.width / 2 : 0);
        return {
          rel: link.getAttribute('rel'),
          centre: centre(link.getBoundingClientRect()),
          arrow: text?.textContent?.[at] ?? '',
          arrowOutward: centre(arrow.getBoundingClientRect()) - centre(label?.getBoundingClientRect()),
        };
      }),
    );
    const [previous, next] = ['prev', 'next'].map((rel) => pager.find((link) => link.rel === rel));
    if (!previous || !next) throw new Error(`${MIDDLE_ROUND} has no previous and next round`);
    expect(rightToLeft ? previous.centre > next.centre : previous.centre < next.centre).toBe(true);
    for (const link of [previous, next]) {
      const outward = link === previous ? (rightToLeft ? '→' : '←') : rightToLeft ? '←' : '→';
      expect(link.arrow, link.rel ?? '').toBe(outward);
      // The arrow sits at the end of its label that faces the way it points.
      expect(outward === '→' ? link.arrowOutward > 0 : link.arrowOutward < 0, link.rel ?? '').toBe(true);
    }
  });

  it('lays the positions matrix and a comparison out from the line start, the subject column first', async () => {
    for (const path of ['/positions/', '/compare/2025-09-17-london/2026-01-05-paris/']) {
      const page = await open(path);
      const [first, last] = await page
        .locator('main table')
        .first()
        .evaluate((table) =>
          [table.querySelector('thead th:first-child'), table.querySelector('thead th:last-child')].map(
            (cell) => cell?.getBoundingClientRect().x ?? 0,
          ),
        );
      expect(rightToLeft ? (first ?? 0) > (last ?? 0) : (first ?? 0) < (last ?? 0), path).toBe(true);
    }
  });

  it('draws the timeline’s rule and each red line’s double rule on the side its lines begin', async () => {
    for (const [path, selector] of [
      ['/', '.timeline'],
      ['/red-lines/', '.red-lines > li'],
    ] as const) {
      const page = await open(path);
      const [left, right] = await page
        .locator(selector)
        .first()
        .evaluate((element) => [getComputedStyle(element).borderLeftWidth, getComputedStyle(element).borderRightWidth].map(parseFloat));
      expect(rightToLeft ? (right ?? 0) > (left ?? 0) : (left ?? 0) > (right ?? 0), path).toBe(true);
    }
  });
});

describe.each(TRANSLATED_LOCALES)('right to left, the %s edition', (locale) => {
  const session = useBrowser({ viewport: { width: 360, height: 800 } });
  const open = async (path: string) => {
    const { page } = session();
    await page.goto(`${SITE}${localizedPath(path, locale)}`);
    return page;
  };

  it('sets apart every citation, badge, date, source publisher and person link, so a Latin run or "[3]" keeps its order', async () => {
    const loose: string[] = [];
    for (const path of [ROUND, '/people/hussein-al-salama/', '/issues/buffer-zone/', '/compare/2025-09-17-london/2026-01-05-paris/']) {
      const page = await open(path);
      const runs = await page.locator('main').evaluate((main) =>
        [...main.querySelectorAll('.citation, .badge, time, .sources li > bdi, a[href*="/people/"][href$="/"]')].map((run) => ({
          text: run.textContent.trim(),
          bidi: getComputedStyle(run).unicodeBidi,
        })),
      );
      expect(runs.length, path).toBeGreaterThan(3);
      loose.push(...runs.filter((run) => !['isolate', 'plaintext'].includes(run.bidi)).map((run) => `${path}: ${run.text} (${run.bidi})`));
    }
    expect(loose).toEqual([]);
  });

  it('lists a person’s Latin spellings from the right, each with its words left to right', async () => {
    const page = await open('/people/hussein-al-salama/');
    const spellings = await page.locator('main p.meta bdi').evaluateAll((runs) =>
      runs
        .filter((run) => /^[\p{Script=Latin}' -]+$/u.test(run.textContent))
        .map((run) => {
          const text = run.firstChild;
          const words = [...run.textContent.matchAll(/\S+/g)].map((word) => {
            const range = document.createRange();
            if (text) {
              range.setStart(text, word.index);
              range.setEnd(text, word.index + word[0].length);
            }
            return range.getBoundingClientRect();
          });
          const sameLine = words.every((word) => word.top === words[0]?.top);
          const start = run.getClientRects()[0];
          return {
            spelling: run.textContent,
            inOrder: !sameLine || words.every((word, i) => i === 0 || word.left > (words[i - 1]?.left ?? 0)),
            top: start?.top ?? 0,
            right: start?.right ?? 0,
          };
        }),
    );
    expect(spellings.length).toBeGreaterThan(2);
    expect(spellings.filter((spelling) => !spelling.inOrder)).toEqual([]);
    // Of two spellings in a row that start on one line, the earlier is to the right: the list reads from the right.
    const pairs = spellings.slice(1).flatMap((later, i) => {
      const earlier = spellings[i];
      return earlier?.top === later.top
        ? [{ pair: `${earlier.spelling} · ${later.spelling}`, fromRight: earlier.right > later.right }]
        : [];
    });
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.filter((pair) => !pair.fromRight)).toEqual([]);
  });

  it('sets its text in its own script’s fonts, with more leading than the English, and emphasis without italics', async () => {
    const english = session().page;
    await english.goto(`${SITE}${ROUND}`);
    const englishLeading = await english.evaluate(
      () => parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize),
    );
    const page = await open(ROUND);
    const type = await page.evaluate(() => {
      const emphasis = document.querySelector('main .body')?.appendChild(document.createElement('em'));
      const body = getComputedStyle(document.body);
      const style = emphasis ? getComputedStyle(emphasis) : undefined;
      return {
        font: body.fontFamily,
        leading: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
        emphasis: `${style?.fontStyle} ${style?.fontWeight}`,
      };
    });
    expect(type.font).toMatch(locale === 'ar' ? /^"Noto Naskh Arabic"/ : /^"Noto Serif Hebrew"/);
    expect(type.leading).toBeGreaterThan(englishLeading);
    expect(type.emphasis).toBe('normal 600');
  });

  it('marks a link that leaves the site with an arrow pointing up and onward, to the left', async () => {
    const page = await open(ROUND);
    const marks = await page
      .locator('ol.sources a[rel~="external"]')
      .evaluateAll((links) => [...new Set(links.map((link) => getComputedStyle(link, '::after').content))]);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toContain('↖');
  });

  it('prints right to left, each source’s address left to right after it', async () => {
    const page = await open(ROUND);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    const source = page.locator('ol.sources a[rel~="external"]').first();
    const href = (await source.getAttribute('href')) ?? '';
    const after = await source.evaluate((link) => {
      const style = getComputedStyle(link, '::after');
      return { content: style.content, direction: style.direction };
    });
    expect(after.content).toContain(href);
    expect(after.direction).toBe('ltr');
  });
});

/**
 * Who was in the room (/delegations/) and the rhythm of the talks (the strip on the home page), read from the built
 * site and checked against content/ itself; then, in Chromium, a strip link reached, shown and followed by keyboard.
 * Both pages are page types (tests/browser/page-types.ts), which the accessibility test checks whole.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { daysBetween, formatDay, formatDayCount } from '@/lib/base/dates';
import { SIDES, sideLabel } from '@/lib/base/sides';
import { eventUrl, roundUrl } from '@/lib/base/urls';
import { buildDay } from '@/lib/content/schedule';
import { validateRecord } from '@/lib/content/validate-record';
import { isUpcoming } from '@/lib/model/rounds';
import { indexRecord } from '@/lib/model/site-record';
import type { TimelineItem } from '@/lib/model/timeline';
import { markLabel } from '@/lib/views/rhythm';
import { DELEGATIONS_ROUND_COUNT, RHYTHM_MARK_COUNT } from '@/site';
import { launchChromium } from '@tests/helpers/chromium';
import { contentFiles, readContent } from '@tests/helpers/content';
import { readPage, textOf } from '@tests/helpers/html';
import { SITE } from './browser';

const siteDir = inject('siteDir');
const content = validateRecord(readContent()).record;
const record = indexRecord(content, buildDay(process.env));

/** The page a link leads to was built. */
const resolves = (href: string): boolean => existsSync(join(siteDir, href, 'index.html'));

/** The rounds as their files say them, oldest first. */
const ROUND_FILES = content.rounds
  .map(({ id, data }) => ({ url: roundUrl(id), ...data }))
  .sort((a, b) => (a.start === b.start ? a.url.localeCompare(b.url) : a.start < b.start ? -1 : 1));
type RoundFile = (typeof ROUND_FILES)[number];
const HELD = ROUND_FILES.filter((round) => round.status === 'held');

/** What the strip marks: events, held meetings and meetings to come, the newest of them. */
const STRIP = record.timeline
  .filter((item) => item.kind === 'event' || item.data.status === 'held' || isUpcoming(item.data, record.today))
  .slice(-RHYTHM_MARK_COUNT);
const urlOf = (item: TimelineItem): string => (item.kind === 'event' ? eventUrl(item.id) : roundUrl(item.id));
const sideOfPerson = new Map(content.people.map((person) => [person.id, person.data.side]));

/**
 * How a file says a person sat at a meeting: the first of a side's list heads it; the United States' people, at a
 * meeting with another side, are its mediators, the first the lead.
 */
function markFor(round: RoundFile, personId: string): string {
  const mediated = round.delegations['united-states'] !== undefined && Object.keys(round.delegations).length > 1;
  const doubt = round.uncertainAttendance.find((each) => each.person === personId)?.doubt;
  const doubtText = doubt ? ` (${DOUBT_WORDS[doubt]})` : '';
  for (const [side, people] of Object.entries(round.delegations)) {
    const i = people.indexOf(personId);
    if (i === -1) continue;
    if (mediated && side === 'united-states') return `${i === 0 ? 'Lead mediator' : 'Mediator'}${doubtText}`;
    return `${i === 0 ? 'Head' : 'Member'}${doubtText}`;
  }
  return '';
}

/** What a reader is told of a presence the sources do not settle. */
const DOUBT_WORDS = { 'one-source': 'attendance reported by one source only', 'reports-differ': 'reports differ on attendance' } as const;
const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

describe('attendance the sources do not settle, as built', () => {
  const doubts = ROUND_FILES.flatMap((round) => round.uncertainAttendance.map((doubt) => ({ round, ...doubt })));

  it("reads as uncertain beside the person's name on the round page, with its note and sources, and on the person's page", () => {
    let onPersonPages = 0;
    for (const { round, person, doubt, note, sources } of doubts) {
      const delegations = /<section aria-labelledby="delegations">[\s\S]*?<\/section>/.exec(readPage(siteDir, round.url))?.[0] ?? '';
      const item = [...delegations.matchAll(/<li>([\s\S]*?)<\/li>/g)]
        .map(([, li = '']) => li)
        .find((li) => li.includes(`href="/people/${person}/"`));
      expect(item, `${round.url} ${person}`).toBeDefined();
      const citations = sources.map((source) => `[${source}]`).join('');
      expect(textOf(item ?? ''), `${round.url} ${person}`).toContain(`${capitalised(DOUBT_WORDS[doubt])}. ${note} ${citations}`);
      for (const source of sources) expect(item).toContain(`href="#source-${source}"`);
      // The person's page lists their newest appearances; where it lists this meeting, the doubt is beside it.
      const listed = [...readPage(siteDir, `/people/${person}/`).matchAll(/<li>([\s\S]*?)<\/li>/g)]
        .map(([, li = '']) => li)
        .find((li) => li.includes(`href="${round.url}"`));
      if (listed === undefined) continue;
      expect(textOf(listed), `/people/${person}/`).toContain(`${capitalised(DOUBT_WORDS[doubt])}. ${note}`);
      onPersonPages += 1;
    }
    expect(onPersonPages).toBeGreaterThan(0);
  });

  it('says nothing of doubt beside a delegate the sources settle', () => {
    const doubtful = new Set(doubts.map((doubt) => `${doubt.round.url} ${doubt.person}`));
    for (const round of HELD) {
      const delegations = /<section aria-labelledby="delegations">[\s\S]*?<\/section>/.exec(readPage(siteDir, round.url))?.[0] ?? '';
      for (const [, li = ''] of delegations.matchAll(/<li>([\s\S]*?)<\/li>/g)) {
        const person = /href="\/people\/([^/]+)\/"/.exec(li)?.[1] ?? '';
        if (!doubtful.has(`${round.url} ${person}`))
          expect(textOf(li), `${round.url} ${person}`).not.toMatch(/Attendance reported|Reports differ on attendance/);
      }
    }
  });
});

describe('who was in the room, as built', () => {
  const html = readPage(siteDir, '/delegations/');
  const table = /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const shown = HELD.slice(-DELEGATIONS_ROUND_COUNT);

  it('has a column per latest held meeting, oldest first, each header linking to the meeting', () => {
    const columns = [...table.matchAll(/<th scope="col"[^>]*>\s*<a href="([^"]+)"/g)].map(([, href = '']) => href);
    expect(columns).toEqual(shown.map((round) => round.url));
    for (const href of columns) expect(resolves(href), href).toBe(true);
    expect(html).toContain(`As of <time datetime="${record.newestDay}">${formatDay(record.newestDay)}</time>`);
  });

  it('has a row per person at those meetings, grouped by side, each mark saying in words what their file says', () => {
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].flatMap(([, row = '']) => {
      const person = /<th scope="row"[^>]*>\s*<a href="(\/people\/([^/]+)\/)"/.exec(row);
      if (!person) return [];
      const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell = '']) =>
        cell.includes('visually-hidden') ? '' : textOf(cell),
      );
      return [{ href: person[1] ?? '', id: person[2] ?? '', cells }];
    });
    const attendees = new Set(shown.flatMap((round) => Object.values(round.delegations).flat()));
    expect(new Set(rows.map((row) => row.id))).toEqual(attendees);
    for (const row of rows) {
      expect(resolves(row.href), row.href).toBe(true);
      expect(row.cells, row.id).toEqual(shown.map((round) => markFor(round, row.id)));
    }
    const sides = [...new Set(rows.flatMap((row) => sideOfPerson.get(row.id) ?? []))];
    expect(sides).toEqual([...sides].sort((a, b) => SIDES.indexOf(a) - SIDES.indexOf(b)));
    const groups = [...table.matchAll(/<th scope="rowgroup"[^>]*>([\s\S]*?)<\/th>/g)].map(([, text = '']) => textOf(text));
    expect(groups).toEqual(sides.map((side) => sideLabel(side)));
  });

  it('never marks anyone at a meeting that did not take place', () => {
    for (const round of ROUND_FILES.filter((each) => each.status !== 'held')) expect(table).not.toContain(`href="${round.url}"`);
  });

  it('is linked from the people index', () => {
    expect(readPage(siteDir, '/people/')).toContain('href="/delegations/"');
  });
});

describe('the rhythm of the talks, as built', () => {
  const home = readPage(siteDir, '/');
  const section = /<section class="rhythm"[\s\S]*?<\/section>/.exec(home)?.[0] ?? '';
  const svg = /<svg[\s\S]*?<\/svg>/.exec(section)?.[0] ?? '';
  const marks = [...svg.matchAll(/<a href="([^"]+)"[^>]*>\s*<title[^>]*>([^<]*)<\/title>/g)].map(([, href = '', title = '']) => ({
    href,
    title: textOf(title),
  }));

  it('marks each held meeting and each event once (and each meeting to come), in date order, each named and linked to its page', () => {
    const upcoming = ROUND_FILES.filter((round) => round.status === 'scheduled' && (round.end ?? round.start) >= record.today);
    expect(marks).toHaveLength(Math.min(RHYTHM_MARK_COUNT, HELD.length + contentFiles('events').length + upcoming.length));
    expect(marks.map((mark) => mark.href)).toEqual(STRIP.map(urlOf));
    expect(marks.map((mark) => mark.title)).toEqual(STRIP.map((item) => markLabel(item, record.today)));
    for (const { href } of marks) expect(resolves(href), href).toBe(true);
  });

  it('labels the longest pause between held meetings with its length, in the strip and in its summary', () => {
    const pauses = HELD.slice(1).map((round, i) => {
      const previous = HELD[i] as RoundFile;
      return daysBetween(previous.end ?? previous.start, round.start);
    });
    const longest = formatDayCount(Math.max(...pauses));
    expect(svg).toMatch(new RegExp(`<text[^>]*>${longest}</text>`));
    expect(textOf(/<p[^>]*id="rhythm-summary"[^>]*>[\s\S]*?<\/p>/.exec(section)?.[0] ?? '')).toContain(
      `the longest pause between meetings, ${longest}`,
    );
    expect(svg).toContain('aria-labelledby="rhythm-summary"');
  });

  it('draws with attributes and classes only, and weighs a few kilobytes even with all the marks it may show', () => {
    expect(section).not.toMatch(/\sstyle=/);
    // Each mark's share of the whole (its link, name and dot, and a part of the axis and the text around them), times
    // the most marks the strip shows: an upper bound on the strip at any size of the record.
    const perMark = gzipSync(section).length / marks.length;
    expect(perMark * RHYTHM_MARK_COUNT).toBeLessThan(7 * 1024);
  });
});

describe('both views in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ colorScheme: 'light' });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a strip link takes keyboard focus, shows it, has its name, and opens its page with Enter', async () => {
    await page.goto(`${SITE}/`);
    await page.locator('.rhythm-scroll').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const link = document.activeElement;
      const mark = link?.querySelector('circle');
      return {
        href: link?.getAttribute('href'),
        inStrip: link?.closest('.rhythm svg') !== null,
        outlined: link ? getComputedStyle(link).outlineStyle !== 'none' && parseFloat(getComputedStyle(link).outlineWidth) >= 2 : false,
        markStroke: mark ? parseFloat(getComputedStyle(mark).strokeWidth) : 0,
      };
    });
    expect(focused.inStrip).toBe(true);
    expect(focused.href).toBe(STRIP[0] && urlOf(STRIP[0]));
    expect(focused.outlined || focused.markStroke >= 3).toBe(true);
    const newest = record.timeline.findLast((item) => item.kind === 'round' && item.data.status === 'held');
    if (newest) expect(await page.getByRole('link', { name: markLabel(newest, record.today), exact: true }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${SITE}${focused.href ?? ''}`);
    expect(errors).toEqual([]);
  });
});

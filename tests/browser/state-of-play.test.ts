/**
 * "Where things stand" at the top of the home page, as built from content/ in each edition: the latest meeting held,
 * the days since it ended on the day of the build, the next meeting announced, and each side's latest stance on the
 * issues most recently discussed, all read here from the content files themselves; then, in Chromium, its first lines
 * in a phone's first screen.
 */
import { describe, expect, inject, it } from 'vitest';
import { daysBetween, formatDayCount } from '@/lib/base/dates';
import { LOCALES, localizedPath, type Locale } from '@/lib/base/locales';
import { compareSides, type Side } from '@/lib/base/sides';
import { uiStrings } from '@/lib/base/ui';
import { buildDay } from '@/lib/content/schedule';
import { validateRecord } from '@/lib/content/validate-record';
import type { Entry } from '@/lib/record/entries';
import type { Position, Round } from '@/lib/record/schemas';
import { STATE_OF_PLAY_ISSUES } from '@/site';
import { readContent } from '@tests/helpers/content';
import { readPage, textOf } from '@tests/helpers/html';
import { SITE, useBrowser } from './browser';

const siteDir = inject('siteDir');
const { rounds } = validateRecord(readContent()).record;
const today = buildDay(process.env);

const byDay = (a: Entry<Round>, b: Entry<Round>): number =>
  a.data.start === b.data.start ? a.id.localeCompare(b.id) : a.data.start < b.data.start ? -1 : 1;
const held = rounds.filter((round) => round.data.status === 'held').sort(byDay);
const latest = held.at(-1);
const next = rounds.filter((round) => round.data.status === 'scheduled' && (round.data.end ?? round.data.start) >= today).sort(byDay)[0];

/** Each side's latest positions on each issue, at the latest held meeting it stated one: `side issue` → round and positions. */
const latestStances = new Map<string, { round: Entry<Round>; positions: Position[] }>();
for (const round of held) {
  for (const position of round.data.positions) {
    const key = `${position.side} ${position.issue}`;
    const known = latestStances.get(key);
    if (known?.round === round) known.positions.push(position);
    else latestStances.set(key, { round, positions: [position] });
  }
}
/** The day each issue was last stated on. */
const lastStatedDay = new Map<string, string>();
for (const [key, { round }] of latestStances) {
  const issue = key.split(' ')[1] ?? '';
  if ((lastStatedDay.get(issue) ?? '') < round.data.start) lastStatedDay.set(issue, round.data.start);
}

/** The block as an edition's home page has it. */
const blockOf = (locale: Locale): string =>
  /<section class="state-of-play"[\s\S]*?<\/section>/.exec(readPage(siteDir, localizedPath('/', locale)))?.[0] ?? '';

/** The issues the block lists, each with its stance lines: side, the round linked, whether a red line, the words. */
function listedIssues(block: string) {
  return block
    .split('<a class="issue"')
    .slice(1)
    .map((part) => ({
      issue: /href="(?:\/(?:ar|he))?\/issues\/([^/]+)\/"/.exec(part)?.[1] ?? '',
      stances: part
        .split('<li')
        .filter((line) => line.includes('#positions'))
        .map((line) => {
          const [, side = '', round = '', words = ''] =
            /<span class="side side-([a-z-]+)">[\s\S]*?<a href="(?:\/(?:ar|he))?\/rounds\/([^/]+)\/#positions">([^<]*)<\/a>/.exec(line) ??
            [];
          const stanceAt = line.indexOf('#positions');
          const collisionsAt = line.indexOf('class="collisions"');
          const collisions = collisionsAt === -1 ? '' : line.slice(collisionsAt);
          return {
            side,
            round,
            words: textOf(words),
            redLine: line.slice(0, stanceAt).includes('<span class="red-line">'),
            collisions: [...collisions.matchAll(/side-([a-z-]+)">[\s\S]*?\/issues\/([^/]+)\//g)].map(
              ([, other, issue]) => `${other} ${issue}`,
            ),
          };
        }),
    }));
}

describe.each(LOCALES)('where things stand, in the %s edition as built', (locale: Locale) => {
  const block = blockOf(locale);
  const words = uiStrings(locale).play;

  it('names the latest meeting held, and the whole days from its last day to the day of the build', () => {
    expect(latest).toBeDefined();
    if (latest === undefined) return;
    const line = /<p id="latest-meeting"[^>]*>([\s\S]*?)<\/p>/.exec(block)?.[1] ?? '';
    expect(line).toContain(`href="${localizedPath(`/rounds/${latest.id}/`, locale)}"`);
    expect(textOf(line)).toContain(words.daysSince(formatDayCount(daysBetween(latest.data.end ?? latest.data.start, today), locale)));
  });

  it('names the next meeting announced, or says none is', () => {
    const line = textOf(/<p id="next-meeting"[^>]*>([\s\S]*?)<\/p>/.exec(block)?.[1] ?? '');
    if (next === undefined) expect(line).toBe(words.noNext);
    else expect(/<p id="next-meeting"[\s\S]*?<\/p>/.exec(block)?.[0]).toContain(`href="${localizedPath(`/rounds/${next.id}/`, locale)}"`);
  });

  it("lists the issues most recently stated on, each with every side's latest stance, its meeting, its red line and collisions", () => {
    const listed = listedIssues(block);
    expect(listed.length).toBe(Math.min(STATE_OF_PLAY_ISSUES, lastStatedDay.size));
    const oldestListed = listed.map(({ issue }) => lastStatedDay.get(issue) ?? '').sort()[0] ?? '';
    for (const [issue, day] of lastStatedDay) {
      if (!listed.some((each) => each.issue === issue)) expect(day <= oldestListed, issue).toBe(true);
    }
    for (const { issue, stances } of listed) {
      const sides = [...latestStances.keys()]
        .filter((key) => key.endsWith(` ${issue}`))
        .map((key) => key.split(' ')[0] as Side)
        .sort(compareSides);
      expect(
        stances.map((stance) => stance.side),
        issue,
      ).toEqual(sides);
      for (const stance of stances) {
        const expected = latestStances.get(`${stance.side} ${issue}`);
        expect(stance.round, `${issue} ${stance.side}`).toBe(expected?.round.id);
        expect(stance.redLine, `${issue} ${stance.side}`).toBe(expected?.positions.some((position) => position.redLine));
        const collisions = new Set(
          expected?.positions.flatMap((position) => position.conflictsWith.map((collision) => `${collision.side} ${collision.issue}`)),
        );
        expect(stance.collisions.sort(), `${issue} ${stance.side}`).toEqual([...collisions].sort());
        if (locale === 'en') {
          const start = stance.words.replace(/…$/, '');
          expect(
            expected?.positions.some((position) => position.stance.startsWith(start)),
            `${issue} ${stance.side}: ${stance.words}`,
          ).toBe(true);
        }
      }
    }
  });

  it('needs no script', () => {
    expect(block).toContain('id="state-of-play"');
    expect(block).not.toContain('<script');
  });
});

describe("where things stand, on a phone's first screen", () => {
  const session = useBrowser({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });

  it.each(LOCALES)('shows its heading, the latest meeting and the next in the %s edition before any scrolling', async (locale) => {
    const { page } = session();
    await page.goto(`${SITE}${localizedPath('/', locale)}`);
    for (const selector of ['#state-of-play', '#latest-meeting', '#next-meeting']) {
      const box = await page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect((box?.y ?? 640) + (box?.height ?? 0), selector).toBeLessThanOrEqual(640);
    }
  });
});

/**
 * The views of the negotiation on the real site: the positions matrix (/positions/, and one issue's on its page) and
 * the red-lines board (/red-lines/). The built pages are read against content/ itself: every cell, red line, mark of
 * a changed or restated stance, collision and link. Then Chromium, once: the matrix laid out as a table on a desktop and as a list per issue
 * on a phone. Both views are page types, which the accessibility test checks whole.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatDay } from '@/lib/base/dates';
import { compareSides, type Side } from '@/lib/base/sides';
import { validateRecord } from '@/lib/content/validate-record';
import { indexRecord } from '@/lib/model/site-record';
import type { Position } from '@/lib/record/schemas';
import { shortStance } from '@/lib/views/positions-matrix';
import { POSITIONS_MATRIX_ROUNDS, RED_LINES_PER_SIDE } from '@/site';
import { launchChromium } from '@tests/helpers/chromium';
import { readContent } from '@tests/helpers/content';
import { readPage, textOf } from '@tests/helpers/html';
import { SITE } from './browser';

const siteDir = inject('siteDir');

const { record, problems } = validateRecord(readContent());
if (problems.length > 0) throw new Error(`content/ has problems:\n${problems.join('\n')}`);

/** The meetings that took place, oldest first, as the views order them. */
const held = record.rounds
  .filter((round) => round.data.status === 'held')
  .sort((a, b) => (a.data.start === b.data.start ? a.id.localeCompare(b.id) : a.data.start < b.data.start ? -1 : 1));

/**
 * The mark a statement must carry, from its editor's marks alone: "Changed: " with every changed position's how when
 * one changed, "Restated" when all are restated, none otherwise.
 */
function markOf(positions: readonly Position[]): string | undefined {
  const how = positions.flatMap((position) => (position.shift === 'changed' ? [position.how] : []));
  if (how.length > 0) return `Changed: ${how.join('; ')}`;
  return positions.every((position) => position.shift === 'restated') ? 'Restated' : undefined;
}

interface Said {
  roundId: string;
  side: Side;
  issue: string;
  positions: Position[];
  mark: string | undefined;
}

/** Every statement of the record, oldest first, with the mark its editor's judgement gives it. */
const statements: Said[] = held.flatMap((round) =>
  [...new Set(round.data.positions.map((position) => `${position.side} ${position.issue}`))].flatMap((key) => {
    const positions = round.data.positions.filter((position) => `${position.side} ${position.issue}` === key);
    const [first] = positions;
    return first ? [{ roundId: round.id, side: first.side, issue: first.issue, positions, mark: markOf(positions) }] : [];
  }),
);

/** The shift mark in a piece of a built page, as a reader sees it; undefined when there is none. */
const markIn = (html: string): string | undefined => {
  const span = /<span class="shift shift-(?:changed|restated)"[^>]*>([\s\S]*?)<\/span>/.exec(html)?.[1];
  return span === undefined ? undefined : textOf(span);
};

const hrefsIn = (html: string): string[] => [...html.matchAll(/\shref="([^"]+)"/g)].map((match) => match[1] ?? '');

/** The parts of `html` that start with `opening`, each running to the next. */
const partsFrom = (html: string, opening: string): string[] => html.split(opening).slice(1);

interface ShownStatement {
  side: string;
  mark: string | undefined;
  stances: { text: string; redLine: boolean; href: string; source: string | undefined }[];
}

/** The matrix of a built page: its column rounds, and per row the issue and each cell's statements as shown. */
function matrixOf(html: string) {
  const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
  const head = table.slice(0, table.indexOf('</thead>'));
  const rounds = partsFrom(head, '<th scope="col"')
    .slice(1)
    .map((th) => /href="\/rounds\/([^/]+)\/"/.exec(th)?.[1]);
  const rows = partsFrom(table.slice(table.indexOf('<tbody')), '<tr').map((tr) => ({
    issue: textOf(tr.slice(tr.indexOf('<th'), tr.indexOf('</th>'))),
    cells: partsFrom(tr, '<td').map((td): ShownStatement[] =>
      partsFrom(td, '<li').map((li) => ({
        side: /class="side side-([a-z-]+)"/.exec(li)?.[1] ?? '',
        mark: markIn(li.slice(0, li.indexOf('<p class="stance'))),
        stances: partsFrom(li, '<p class="stance').map((p) => {
          const [href = '', source] = hrefsIn(p);
          return { text: textOf(p.slice(p.indexOf('<a'), p.indexOf('</a>'))), redLine: p.includes('>Red line</span>'), href, source };
        }),
      })),
    ),
  }));
  return { rounds, rows };
}

/** What a cell must show: the sides' statements at the round on the issue, sides in the standard order. */
function expectedCell(roundId: string, issue: string, stanceText: (stance: string) => string, withSources: boolean): ShownStatement[] {
  return statements
    .filter((statement) => statement.roundId === roundId && statement.issue === issue)
    .sort((a, b) => compareSides(a.side, b.side))
    .map(({ side, mark, positions }) => ({
      side,
      mark,
      stances: positions.map((position) => ({
        text: stanceText(position.stance),
        redLine: position.redLine,
        href: `/rounds/${roundId}/#positions`,
        source: withSources ? `/rounds/${roundId}/#source-${position.source}` : undefined,
      })),
    }));
}

const issueTitle = (id: string): string => record.issues.find((issue) => issue.id === id)?.data.title ?? id;

/** Links of a built page that lead to no built page, or to no element of it. */
function brokenLinks(html: string): string[] {
  return hrefsIn(html)
    .filter((href) => href.startsWith('/') && !href.startsWith('/_astro/'))
    .filter((href) => {
      const [path = '', anchor] = href.split('?')[0]?.split('#') ?? [];
      // A file (a feed, the calendar, a data file) must exist; a page must, with the section it names.
      if (!path.endsWith('/')) return !existsSync(join(siteDir, path));
      if (!existsSync(join(siteDir, path, 'index.html'))) return true;
      return anchor !== undefined && !readPage(siteDir, path).includes(` id="${anchor}"`);
    });
}

describe('the positions matrix at /positions/', () => {
  const html = readPage(siteDir, '/positions/');
  const matrix = matrixOf(html);
  const columns = [...new Set(statements.map((statement) => statement.roundId))].slice(-POSITIONS_MATRIX_ROUNDS);

  it('has a column for each of the latest meetings where a side stated a position, oldest first, each linked and dated', () => {
    expect(columns.length).toBeGreaterThan(1);
    expect(matrix.rounds).toEqual(columns);
    // A data table a screen reader can walk: captioned, a header for each column and each row.
    expect(html).toMatch(/<table[^>]*><caption[^>]*>[^<]+<\/caption>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(columns.length + 1);
    expect(html.match(/<th scope="row"/g)).toHaveLength(matrix.rows.length);
    for (const id of columns) {
      const round = held.find((each) => each.id === id);
      expect(html).toMatch(
        new RegExp(`<a href="/rounds/${id}/"[^>]*>[^<]+</a><span class="round-date"[^>]*><time datetime="${round?.data.start}`),
      );
    }
  });

  it('shows in each cell every side’s stances at that meeting on that issue, red lines and the editors’ marks shown, linked to its positions', () => {
    const issues = [...new Set(statements.filter((statement) => columns.includes(statement.roundId)).map((statement) => statement.issue))];
    expect(matrix.rows.map((row) => row.issue)).toEqual(issues.map(issueTitle).sort((a, b) => a.localeCompare(b, 'en')));
    for (const row of matrix.rows) {
      const issue = issues.find((id) => issueTitle(id) === row.issue) ?? '';
      expect(row.cells, row.issue).toEqual(columns.map((roundId) => expectedCell(roundId, issue, shortStance, false)));
    }
    // The record has every kind of cell the marks tell apart, so the comparison above tells them apart too.
    const shown = matrix.rows.flatMap((row) => row.cells.flat());
    expect(shown.some((statement) => statement.mark?.startsWith('Changed: '))).toBe(true);
    expect(shown.some((statement) => statement.mark === 'Restated')).toBe(true);
    expect(shown.some((statement) => statement.mark === undefined)).toBe(true);
    expect(shown.some((statement) => statement.stances.some((stance) => stance.redLine))).toBe(true);
  });

  it('says how current it is, and every link leads to a page and a section that exist', () => {
    const newestDay = indexRecord(record, '2026-01-01').newestDay;
    expect(html).toContain(`As of <time datetime="${newestDay}">${formatDay(newestDay)}</time>`);
    expect(brokenLinks(html)).toEqual([]);
  });
});

describe('the positions on an issue’s page', () => {
  const issue = 'buffer-zone';
  const html = readPage(siteDir, `/issues/${issue}/`);
  const section = html.slice(html.indexOf('id="positions"'), html.indexOf('id="meetings"'));
  const matrix = matrixOf(section);
  const columns = [...new Set(statements.filter((statement) => statement.issue === issue).map((statement) => statement.roundId))].slice(
    -POSITIONS_MATRIX_ROUNDS,
  );

  it('shows the latest meetings where a side stated a position on it, each stance whole and with its source', () => {
    expect(matrix.rounds).toEqual(columns);
    expect(matrix.rows.map((row) => row.issue)).toEqual([issueTitle(issue)]);
    expect(matrix.rows[0]?.cells).toEqual(columns.map((roundId) => expectedCell(roundId, issue, (stance) => stance, true)));
    expect(brokenLinks(section)).toEqual([]);
  });
});

describe('the positions on a round’s page', () => {
  it('show beside each stance the mark its editor gave it, and none beside a side’s first stance on an issue', () => {
    const marks = record.rounds.map((round) => {
      const html = readPage(siteDir, `/rounds/${round.id}/`);
      const section = html.slice(html.indexOf('id="positions"'), html.indexOf('</section>', html.lastIndexOf('class="side-positions"')));
      const expected = [...round.data.positions].sort((a, b) => compareSides(a.side, b.side)).map((position) => markOf([position]));
      return { round: round.id, shown: partsFrom(section, '<li').map(markIn), expected };
    });
    for (const { round, shown, expected } of marks) expect(shown, round).toEqual(expected);
    const shown = marks.flatMap((each) => each.shown);
    expect(shown.filter((mark) => mark?.startsWith('Changed: ')).length).toBeGreaterThan(0);
    expect(shown.filter((mark) => mark === 'Restated').length).toBeGreaterThan(0);
  });
});

describe('the red-lines board at /red-lines/', () => {
  const html = readPage(siteDir, '/red-lines/');
  const drawn = statements.filter((statement) => statement.positions.some((position) => position.redLine));
  const sides = [...new Set(drawn.map((statement) => statement.side))].sort(compareSides);

  const shownSides = partsFrom(html, '<section aria-labelledby="red-lines-').map((section) => ({
    side: section.slice(0, section.indexOf('"')),
    entries: partsFrom(section.slice(section.indexOf('<ul class="red-lines"')), '<h3').map((entry) => {
      // The meeting named after a term of the entry's facts ("Stated", "First stated", "Last stated"), and its mark.
      const fact = (term: string) => {
        const at = entry.search(new RegExp(`<dt[^>]*>${term}</dt>`));
        if (at < 0) return undefined;
        const dd = entry.slice(at, entry.indexOf('</dd>', at));
        return { round: /href="\/rounds\/([^/]+)\/"/.exec(dd)?.[1], mark: markIn(dd) };
      };
      const list = entry.slice(entry.indexOf('<ul class="collisions"'));
      const collisions = entry.includes('<ul class="collisions"')
        ? partsFrom(list.slice(0, list.indexOf('</ul>')), '<li').map((li) => ({
            side: /class="side side-([a-z-]+)"/.exec(li)?.[1],
            issue: /href="\/issues\/([^/]+)\/"/.exec(li)?.[1],
            round: /href="\/rounds\/([^/]+)\/#positions"/.exec(li)?.[1],
          }))
        : [];
      return {
        issue: /href="\/issues\/([^/]+)\/"/.exec(entry)?.[1],
        words: partsFrom(entry, '<p class="words"').map((p) => textOf(p.slice(p.indexOf('<a'), p.indexOf('</a>')))),
        first: fact('Stated') ?? fact('First stated'),
        last: fact('Stated') ?? fact('Last stated'),
        collisions,
      };
    }),
  }));

  it('lists each side’s red lines once per issue, first and last stated with the editors’ marks, in the latest words', () => {
    expect(sides.length).toBeGreaterThan(1);
    expect(shownSides.map((shown) => shown.side)).toEqual(sides);
    for (const { side, entries } of shownSides) {
      const issues = [...new Set(drawn.filter((statement) => statement.side === side).map((statement) => statement.issue))];
      expect(entries.length, side).toBe(Math.min(issues.length, RED_LINES_PER_SIDE));
      for (const entry of entries) {
        const history = drawn.filter((statement) => statement.side === side && statement.issue === entry.issue);
        const [first, last] = [history[0], history.at(-1)];
        expect(entry.first, `${side} ${entry.issue}`).toEqual({ round: first?.roundId, mark: first?.mark });
        expect(entry.last, `${side} ${entry.issue}`).toEqual({ round: last?.roundId, mark: last?.mark });
        expect(entry.words).toEqual(last?.positions.filter((position) => position.redLine).map((position) => position.stance));
      }
    }
  });

  it('shows a collision exactly where content/ records one, with the other side’s latest stance and its meeting', () => {
    let recorded = 0;
    for (const { side, entries } of shownSides) {
      for (const entry of entries) {
        const named = drawn
          .filter((statement) => statement.side === side && statement.issue === entry.issue)
          .flatMap((statement) => statement.positions.flatMap((position) => position.conflictsWith));
        const expected = [...new Map(named.map((collision) => [`${collision.side} ${collision.issue}`, collision])).values()].map(
          (collision) => ({
            side: collision.side,
            issue: collision.issue,
            round: statements.findLast((statement) => statement.side === collision.side && statement.issue === collision.issue)?.roundId,
          }),
        );
        recorded += expected.length;
        const order = (list: { side?: string | undefined; issue?: string | undefined }[]) =>
          list.map((collision) => `${collision.side} ${collision.issue}`).sort();
        expect(order(entry.collisions), `${side} ${entry.issue}`).toEqual(order(expected));
        for (const collision of entry.collisions) {
          expect(collision.round).toBe(expected.find((each) => each.side === collision.side && each.issue === collision.issue)?.round);
        }
      }
    }
    expect(recorded).toBeGreaterThan(0);
  });

  it('says how current it is, and every link leads to a page and a section that exist', () => {
    const newestDay = indexRecord(record, '2026-01-01').newestDay;
    expect(html).toContain(`As of <time datetime="${newestDay}">${formatDay(newestDay)}</time>`);
    expect(brokenLinks(html)).toEqual([]);
  });
});

/** How the matrix is laid out: whether its column headers show, whether each cell names its meeting, and whether two cells of a row sit side by side. */
function matrixLayout(page: Page) {
  return page.evaluate(() => {
    const cells = [...document.querySelectorAll('tbody tr:first-child td:not(.empty)')];
    const [a, b] = cells.map((cell) => cell.getBoundingClientRect());
    const label = document.querySelector('tbody td:not(.empty) .cell-round');
    return {
      columnHeaders: getComputedStyle(document.querySelector('thead') as Element).display !== 'none',
      cellsNameTheirMeeting: label !== null && getComputedStyle(label).display !== 'none',
      sideBySide: a !== undefined && b !== undefined && Math.abs(a.top - b.top) < 1 && a.left !== b.left,
    };
  });
}

describe('in Chromium', () => {
  // Both views are page types (tests/browser/page-types.ts): axe checks them whole in light and dark at both widths.
  it('shows the matrix as a table on a desktop and as a list per issue on a phone', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const layouts: Record<number, Awaited<ReturnType<typeof matrixLayout>>> = {};
      // One load: the phone's width is the desktop's page narrowed, as a reader's window would be.
      await page.goto(`${SITE}/positions/`);
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 800 });
        layouts[width] = await matrixLayout(page);
      }
      expect(layouts).toEqual({
        1280: { columnHeaders: true, cellsNameTheirMeeting: false, sideBySide: true },
        360: { columnHeaders: false, cellsNameTheirMeeting: true, sideBySide: false },
      });
    } finally {
      await browser.close();
    }
  });
});

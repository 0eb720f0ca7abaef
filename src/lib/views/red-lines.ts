/**
 * The red-lines board: every red line each side has stated, one entry per side and issue however often it was
 * stated, when it was first and last stated, the changes the editor marked on the way, and the other sides' demands it
 * collides with. A collision is only what an editor recorded in `conflictsWith`, never guessed from a shared issue.
 */
import { compareByDay } from '@/lib/base/dates';
import { compareSides, type Side } from '@/lib/base/sides';
import { issueWithId, type SiteRecord } from '@/lib/model/site-record';
import { statementsOverTime, type Statement } from '@/lib/model/stance-history';
import { newestByYear, type NewestByYear } from '@/lib/model/timeline';
import { type Entry } from '@/lib/record/entries';
import type { Issue, Position } from '@/lib/record/schemas';

/** Another side's demand a red line collides with, and that side's newest statement on it. */
export interface Collision {
  side: Side;
  issue: Entry<Issue>;
  /** Undefined when the side stated it only at meetings that did not take place. */
  latest: Statement | undefined;
}

/** One red line: a side's on one issue, from its first statement to its latest. */
export interface RedLine {
  side: Side;
  issue: Entry<Issue>;
  /** The red line's words as last stated: the red-line positions of `last`. */
  stances: Position[];
  first: Statement;
  last: Statement;
  /** The statements of the red line after `first` and before `last` that the editor marked changed, oldest first. */
  changedBetween: Statement[];
  /** How many held rounds the side stated it at. */
  statedAt: number;
  /** The side's newest statement on the issue, when it came after `last` and drew no red line. */
  since: Statement | undefined;
  collisions: Collision[];
}

export interface SideRedLines {
  side: Side;
  /** The most recently stated first. */
  redLines: RedLine[];
  /** The red lines left out, last stated longest ago: how many, and the years they were last stated in. */
  earlier: NewestByYear<unknown>['earlier'];
}

/** The collisions recorded on any statement of a red line, each side and issue once, by side then issue title. */
function collisionsOf(
  statements: readonly Statement[],
  latestOf: (side: Side, issue: string) => Statement | undefined,
  record: Pick<SiteRecord, 'issueById'>,
): Collision[] {
  const recorded = new Map<string, { side: Side; issue: string }>();
  for (const statement of statements) {
    for (const position of statement.positions) {
      for (const collision of position.conflictsWith) recorded.set(`${collision.side} ${collision.issue}`, collision);
    }
  }
  return [...recorded.values()]
    .map(({ side, issue }) => ({ side, issue: issueWithId(record, issue), latest: latestOf(side, issue) }))
    .sort((a, b) => compareSides(a.side, b.side) || a.issue.data.title.localeCompare(b.issue.data.title, 'en'));
}

/**
 * Each side's red lines (sides in the standard order, only those with one), the `limit` most recently stated
 * shown and the rest counted, so the board keeps its size as the record grows.
 */
export function redLinesBySide(record: Pick<SiteRecord, 'rounds' | 'issueById'>, limit: number): SideRedLines[] {
  const statements = statementsOverTime(record.rounds);
  const bySideAndIssue = new Map<string, Statement[]>();
  for (const statement of statements) {
    const key = `${statement.side} ${statement.issue}`;
    const history = bySideAndIssue.get(key);
    if (history) history.push(statement);
    else bySideAndIssue.set(key, [statement]);
  }
  const latestOf = (side: Side, issue: string) => bySideAndIssue.get(`${side} ${issue}`)?.at(-1);

  const redLines: RedLine[] = [];
  for (const history of bySideAndIssue.values()) {
    const drawn = history.filter((statement) => statement.redLine);
    const [first, last, newest] = [drawn[0], drawn.at(-1), history.at(-1)];
    if (!first || !last || !newest) continue;
    redLines.push({
      side: first.side,
      issue: issueWithId(record, first.issue),
      stances: last.positions.filter((position) => position.redLine),
      first,
      last,
      changedBetween: drawn.slice(1, -1).filter((statement) => statement.shift?.kind === 'changed'),
      statedAt: drawn.length,
      since: newest.redLine ? undefined : newest,
      collisions: collisionsOf(drawn, latestOf, record),
    });
  }

  const sides = [...new Set(redLines.map((redLine) => redLine.side))].sort(compareSides);
  return sides.map((side) => {
    // Oldest last statement first, as newestByYear takes them; it hands them back newest first, so red lines last
    // stated at the same round go in reverse title order here to come out in title order.
    const ofSide = redLines
      .filter((redLine) => redLine.side === side)
      .sort(
        (a, b) =>
          compareByDay({ day: a.last.round.data.start, id: a.last.round.id }, { day: b.last.round.data.start, id: b.last.round.id }) ||
          b.issue.data.title.localeCompare(a.issue.data.title, 'en'),
      );
    const { shown, earlier } = newestByYear(ofSide, (redLine) => redLine.last.round.data.start, limit);
    return { side, redLines: shown.flatMap((year) => year.items), earlier };
  });
}

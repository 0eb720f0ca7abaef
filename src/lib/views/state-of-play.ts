/**
 * Where the talks stand, for the top of the home page: the latest meeting held, the next one announced, how long ago
 * the last one ended, and each side's latest stance on the issues most recently discussed. Everything is read from
 * the record; nothing is written for it. A meeting's outcome is its summary, the editors' one or two sentences, since
 * the record keeps no outcome of its own and the summary's first sentence often says only who met where.
 */
import { compareByDay, daysBetween } from '@/lib/base/dates';
import { compareSides, type Side } from '@/lib/base/sides';
import { isUpcoming } from '@/lib/model/rounds';
import { issueWithId, type SiteRecord } from '@/lib/model/site-record';
import { heldRoundsInOrder, roundsInOrder, statementsOverTime, type Statement } from '@/lib/model/stance-history';
import type { Entry } from '@/lib/record/entries';
import type { Issue, Position, Round } from '@/lib/record/schemas';
import { shortStance } from '@/lib/views/positions-matrix';

/** One side's latest stance on an issue, in a line. */
export interface LatestStance {
  side: Side;
  /** The side's latest statement on the issue: its round, whether it is a red line, and the shift its editor marked. */
  statement: Statement;
  /** The stance's words, cut as the matrix cuts them: its red-line position's when it has one, else its first. */
  words: string;
  /** The other sides' demands the stance's red lines collide with, as its editor recorded them, each once. */
  collisions: { side: Side; issue: Entry<Issue> }[];
}

/** An issue most recently discussed, and each side's latest stance on it, sides in the standard order. */
export interface IssueInPlay {
  issue: Entry<Issue>;
  stances: LatestStance[];
}

export interface StateOfPlay {
  /** The latest meeting held; undefined when the record has none. */
  latest: Entry<Round> | undefined;
  /**
   * Whole days from the latest meeting's last day to today; undefined with no meeting, or when the meeting is dated
   * only by the report of it, which gives no day it ended.
   */
  daysSince: number | undefined;
  /** The first meeting announced for today or later; undefined when none is. */
  next: Entry<Round> | undefined;
  /** The issues stated on most recently, the newest first. */
  issues: IssueInPlay[];
}

/** The position a stance's line shows: the first red line among them, else the first, in the file's order. */
function shownPosition(statement: Statement): Position | undefined {
  return statement.positions.find((position) => position.redLine) ?? statement.positions[0];
}

/** Each collision of a statement's positions once, by side then issue id. */
function collisionsOf(statement: Statement, record: Pick<SiteRecord, 'issueById'>): LatestStance['collisions'] {
  const recorded = new Map(
    statement.positions.flatMap((position) => position.conflictsWith).map((each) => [`${each.side} ${each.issue}`, each]),
  );
  return [...recorded.values()]
    .sort((a, b) => compareSides(a.side, b.side) || a.issue.localeCompare(b.issue))
    .map(({ side, issue }) => ({ side, issue: issueWithId(record, issue) }));
}

/** Where a round lists an issue among its issues; after them all when it does not list it. */
function listedAt(issue: string, round: Entry<Round>): number {
  const index = round.data.issues.indexOf(issue);
  return index === -1 ? round.data.issues.length : index;
}

/**
 * The `issueCount` issues a side stated a position on most recently, each with every side's latest statement on it.
 * Issues last stated at the same meeting go in the order that meeting lists its issues, as its editor ordered them.
 */
function issuesInPlay(record: Pick<SiteRecord, 'rounds' | 'issueById'>, issueCount: number, stanceLength: number): IssueInPlay[] {
  const latestBySideAndIssue = new Map<string, Statement>();
  const lastStatedAt = new Map<string, Entry<Round>>();
  // Statements come oldest first, so the last one kept for a side and an issue is its latest.
  for (const statement of statementsOverTime(record.rounds)) {
    latestBySideAndIssue.set(`${statement.side} ${statement.issue}`, statement);
    lastStatedAt.set(statement.issue, statement.round);
  }
  const lastStated = [...lastStatedAt].map(([issue, round]) => ({ issue, round, listedAt: listedAt(issue, round) }));
  const issues = lastStated
    .sort(
      (a, b) =>
        compareByDay({ day: b.round.data.start, id: b.round.id }, { day: a.round.data.start, id: a.round.id }) ||
        a.listedAt - b.listedAt ||
        a.issue.localeCompare(b.issue),
    )
    .slice(0, issueCount)
    .map(({ issue }) => issue);
  const statements = [...latestBySideAndIssue.values()].sort((a, b) => compareSides(a.side, b.side));
  return issues.map((issue) => ({
    issue: issueWithId(record, issue),
    stances: statements
      .filter((statement) => statement.issue === issue)
      .map((statement) => ({
        side: statement.side,
        statement,
        words: shortStance(shownPosition(statement)?.stance ?? '', stanceLength),
        collisions: collisionsOf(statement, record),
      })),
  }));
}

/**
 * Where the talks stand on `record.today`: the latest held meeting and the days since it ended, the next meeting
 * announced, and each side's latest stance on the `issueCount` issues most recently stated on, cut to `stanceLength`.
 * Meetings on the same day are ordered by id, as the timeline orders them.
 */
export function stateOfPlay(
  record: Pick<SiteRecord, 'rounds' | 'issueById' | 'today'>,
  { issueCount, stanceLength }: { issueCount: number; stanceLength: number },
): StateOfPlay {
  const latest = heldRoundsInOrder(record.rounds).at(-1);
  const next = roundsInOrder(record.rounds).find((round) => isUpcoming(round.data, record.today));
  const daysSince =
    latest === undefined || latest.data.datedByReport
      ? undefined
      : Math.max(0, daysBetween(latest.data.end ?? latest.data.start, record.today));
  return { latest, daysSince, next, issues: issuesInPlay(record, issueCount, stanceLength) };
}

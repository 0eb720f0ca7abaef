/**
 * What each side stated on each issue over time, oldest first, each statement with the shift its editor marked
 * against the side's earlier stance on the issue. The views read the statements of held rounds only (a meeting that
 * did not take place stated nothing); which stance comes first, and the judged history two rounds are compared by,
 * follow the rounds of every status, as the editor's judgement does.
 */
import { compareByDay } from '@/lib/base/dates';
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import { compareSides, type Side } from '@/lib/base/sides';
import type { Entry } from '@/lib/record/entries';
import type { Position, Round } from '@/lib/record/schemas';

/**
 * How a statement stands to the side's earlier stance on the issue, as the editor marked its positions: changed (with
 * how, one entry per changed position) when any of them changed, restated when every one is restated.
 */
export type StatementShift = { kind: 'changed'; how: string[] } | { kind: 'restated' };

/** What one side stated on one issue at one held round. */
export interface Statement {
  side: Side;
  issue: string;
  round: Entry<Round>;
  /** Every position the side took on the issue at the round, in the file's order. */
  positions: Position[];
  /** True when one of the positions is a red line. */
  redLine: boolean;
  /** Undefined when the editor marked none, or not every one, of its positions (always so for the side's first). */
  shift: StatementShift | undefined;
}

/** Every round of any status, oldest first: by first day, then by id. */
export function roundsInOrder(rounds: readonly Entry<Round>[]): Entry<Round>[] {
  return [...rounds].sort((a, b) => compareByDay({ day: a.data.start, id: a.id }, { day: b.data.start, id: b.id }));
}

/** The held rounds, oldest first: by first day, then by id. */
export function heldRoundsInOrder(rounds: readonly Entry<Round>[]): Entry<Round>[] {
  return roundsInOrder(rounds).filter((round) => round.data.status === 'held');
}

/**
 * The positions with which each side first states its stance on an issue: all of its positions on the issue at the
 * earliest round of any status that records one. Nothing came before them, so none restates or changes anything.
 */
export function firstStances(rounds: readonly Entry<Round>[]): Set<Position> {
  const firstRoundBySideAndIssue = new Map<string, Entry<Round>>();
  const first = new Set<Position>();
  for (const round of roundsInOrder(rounds)) {
    for (const position of round.data.positions) {
      const key = `${position.side} ${position.issue}`;
      const firstRound = firstRoundBySideAndIssue.get(key) ?? round;
      firstRoundBySideAndIssue.set(key, firstRound);
      if (firstRound === round) first.add(position);
    }
  }
  return first;
}

/**
 * The shift of a statement, from its positions' marks: changed when any is, restated when all are, else undefined.
 * @example statementShift([{ shift: 'restated' }, { shift: 'changed', how: 'now a red line' }]) // { kind: 'changed', how: ['now a red line'] }
 */
export function statementShift(positions: readonly Pick<Position, 'shift' | 'how'>[]): StatementShift | undefined {
  const how = positions.flatMap((position) => (position.shift === 'changed' && position.how !== undefined ? [position.how] : []));
  if (how.length > 0) return { kind: 'changed', how };
  if (positions.length > 0 && positions.every((position) => position.shift === 'restated')) return { kind: 'restated' };
  return undefined;
}

/**
 * The mark a statement's shift reads as, the same on every page.
 * @example shiftLabel({ kind: 'changed', how: ['now accepts a phased withdrawal'] }) // "Changed: now accepts a phased withdrawal"
 * @example shiftLabel({ kind: 'restated' }, 'he') // "חזרה על עמדה"
 */
export function shiftLabel(shift: StatementShift, locale: Locale = DEFAULT_LOCALE): string {
  const { views } = uiStrings(locale);
  return shift.kind === 'changed' ? views.changed(shift.how.join(views.howSeparator)) : views.restated;
}

/**
 * Where a statement stands in its side's record on the issue, as the editors judged it: how each statement marked
 * changed moved it, oldest first, up to and including this one, and how many statements since the first carry no mark.
 */
export interface JudgedHistory {
  changes: string[];
  unmarked: number;
}

/** Histories already read, by list of rounds: every round's comparison file of a build asks for the same record's. */
const histories = new WeakMap<readonly Entry<Round>[], Map<Position, JudgedHistory>>();

/**
 * The judged history of every position, rounds of any status in date order, each position sharing its statement's.
 * Two statements of a side on an issue say the same, as the editors judged them, when the later one's history has no
 * change and no unmarked statement beyond the earlier one's. Read once per list of rounds, like statementsOverTime.
 */
export function judgedHistories(rounds: readonly Entry<Round>[]): Map<Position, JudgedHistory> {
  let read = histories.get(rounds);
  if (read === undefined) {
    read = readHistories(rounds);
    histories.set(rounds, read);
  }
  return read;
}

/** The judged history of one position of these rounds; the position must be one of theirs. */
export function judgedHistoryOf(rounds: readonly Entry<Round>[], position: Position): JudgedHistory {
  const history = judgedHistories(rounds).get(position);
  if (history === undefined) throw new Error(`the position "${position.stance}" is not one of these rounds'`);
  return history;
}

function readHistories(rounds: readonly Entry<Round>[]): Map<Position, JudgedHistory> {
  const latest = new Map<string, JudgedHistory>();
  const byPosition = new Map<Position, JudgedHistory>();
  for (const round of roundsInOrder(rounds)) {
    for (const statement of statementsAt(round)) {
      const key = `${statement.side} ${statement.issue}`;
      const before = latest.get(key);
      const history: JudgedHistory =
        before === undefined
          ? { changes: [], unmarked: 0 }
          : statement.shift?.kind === 'changed'
            ? { changes: [...before.changes, ...statement.shift.how], unmarked: before.unmarked }
            : statement.shift?.kind === 'restated'
              ? before
              : { changes: before.changes, unmarked: before.unmarked + 1 };
      latest.set(key, history);
      for (const position of statement.positions) byPosition.set(position, history);
    }
  }
  return byPosition;
}

/** A round's positions as statements: one per side and issue, sides in the standard order, issues as first listed. */
function statementsAt(round: Entry<Round>): Statement[] {
  const bySideAndIssue = new Map<string, Omit<Statement, 'shift'>>();
  for (const position of round.data.positions) {
    const key = `${position.side} ${position.issue}`;
    const statement = bySideAndIssue.get(key);
    if (statement) {
      statement.positions.push(position);
      statement.redLine ||= position.redLine;
    } else {
      bySideAndIssue.set(key, { side: position.side, issue: position.issue, round, positions: [position], redLine: position.redLine });
    }
  }
  return [...bySideAndIssue.values()]
    .sort((a, b) => compareSides(a.side, b.side))
    .map((statement) => ({ ...statement, shift: statementShift(statement.positions) }));
}

/** Statements already read, by list of rounds: the positions page and every issue page of a build ask for the same record's. */
const readings = new WeakMap<readonly Entry<Round>[], Statement[]>();

/**
 * Every statement of the held rounds, oldest round first, each with its shift. Read once per list of rounds: the list
 * and its entries must not change afterwards.
 */
export function statementsOverTime(rounds: readonly Entry<Round>[]): Statement[] {
  let statements = readings.get(rounds);
  if (statements === undefined) {
    statements = heldRoundsInOrder(rounds).flatMap(statementsAt);
    readings.set(rounds, statements);
  }
  return statements;
}

/**
 * What each side stated on each issue over time: the positions of held rounds only (a meeting that did not take
 * place stated nothing), oldest first, each statement compared with the same side's previous one on the issue.
 */
import type { Position, Round } from '../schemas';
import { compareByDay } from './dates';
import type { Entry } from './record';
import { compareSides, type Side } from './sides';

/** What one side stated on one issue at one held round. */
export interface Statement {
  side: Side;
  issue: string;
  round: Entry<Round>;
  /** Every position the side took on the issue at the round, in the file's order. */
  positions: Position[];
  /** True when one of the positions is a red line. */
  redLine: boolean;
  /** True when it differs from the side's previous statement on the issue (see statementMeaning); never for the first. */
  changed: boolean;
}

/** The held rounds, oldest first: by first day, then by id. */
export function heldRoundsInOrder(rounds: readonly Entry<Round>[]): Entry<Round>[] {
  return rounds
    .filter((round) => round.data.status === 'held')
    .sort((a, b) => compareByDay({ day: a.data.start, id: a.id }, { day: b.data.start, id: b.id }));
}

/**
 * A stance's words without what does not change what it says: case, spacing, punctuation, and the typographic forms
 * of quotes, apostrophes and dashes. Two stances with the same normal form say the same thing.
 * @example normaliseStance('Israel won’t  withdraw – ever.') // "israel won t withdraw ever"
 */
export function normaliseStance(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * What a statement says, as one string: two statements say the same when these are equal. Its stances in normal
 * form, in any order, each marked red line or not, so a stance restated word for word that becomes, or stops being,
 * a red line has changed.
 */
export function statementMeaning(positions: readonly Position[]): string {
  const stances = positions.map((position) => `${position.redLine ? 'red line' : 'stance'}: ${normaliseStance(position.stance)}`);
  return [...new Set(stances)].sort().join('\n');
}

/** A round's positions as statements: one per side and issue, sides in the standard order, issues as first listed. */
function statementsAt(round: Entry<Round>): Omit<Statement, 'changed'>[] {
  const bySideAndIssue = new Map<string, Omit<Statement, 'changed'>>();
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
  return [...bySideAndIssue.values()].sort((a, b) => compareSides(a.side, b.side));
}

/** Statements already read, by list of rounds: the positions page and every issue page of a build ask for the same record's. */
const readings = new WeakMap<readonly Entry<Round>[], Statement[]>();

/**
 * Every statement of the held rounds, oldest round first, each marked when it changed from the side's previous one
 * on the issue. Read once per list of rounds: the list and its entries must not change afterwards.
 */
export function statementsOverTime(rounds: readonly Entry<Round>[]): Statement[] {
  let statements = readings.get(rounds);
  if (statements === undefined) {
    statements = readStatements(rounds);
    readings.set(rounds, statements);
  }
  return statements;
}

function readStatements(rounds: readonly Entry<Round>[]): Statement[] {
  // The meaning of each side's previous statement on each issue, so every statement is read once.
  const previous = new Map<string, string>();
  const statements: Statement[] = [];
  for (const round of heldRoundsInOrder(rounds)) {
    for (const statement of statementsAt(round)) {
      const key = `${statement.side} ${statement.issue}`;
      const [before, meaning] = [previous.get(key), statementMeaning(statement.positions)];
      statements.push({ ...statement, changed: before !== undefined && before !== meaning });
      previous.set(key, meaning);
    }
  }
  return statements;
}

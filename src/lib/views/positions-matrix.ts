/**
 * The positions matrix: issues down the side, the latest held rounds with stated positions across the top, and in
 * each cell what each side stated on the issue at that round. Bounded however long the record grows: earlier rounds
 * are only counted.
 */
import { issueWithId, type SiteRecord } from '@/lib/model/site-record';
import { statementsOverTime, type Statement } from '@/lib/model/stance-history';
import { newestByYear, type NewestByYear } from '@/lib/model/timeline';
import { type Entry } from '@/lib/record/entries';
import type { Issue, Round } from '@/lib/record/schemas';

/** One cell: what the sides stated on the row's issue at the column's round, sides in the standard order; empty when none did. */
export interface MatrixCell {
  round: Entry<Round>;
  statements: Statement[];
}

/** One issue's row: a cell per column. */
export interface MatrixRow {
  issue: Entry<Issue>;
  cells: MatrixCell[];
}

export interface PositionsMatrix {
  /** The columns: held rounds with a stated position, oldest first. */
  rounds: Entry<Round>[];
  /** Issues stated on at one of these rounds, by title. */
  rows: MatrixRow[];
  /** The earlier rounds with a stated position, left out: how many, and the years they span. */
  earlier: NewestByYear<unknown>['earlier'];
}

/**
 * The matrix of the latest `limit` held rounds at which a side stated a position (on `issueId` only, when given). Each
 * statement carries the shift its editor marked, so a change shows even when the earlier stance is in a round left out.
 */
export function positionsMatrix(record: Pick<SiteRecord, 'rounds' | 'issueById'>, limit: number, issueId?: string): PositionsMatrix {
  const statements = statementsOverTime(record.rounds).filter((statement) => issueId === undefined || statement.issue === issueId);
  const stated = [...new Set(statements.map((statement) => statement.round))];
  const { earlier } = newestByYear(stated, (round) => round.data.start, limit);
  const rounds = stated.slice(stated.length - Math.min(limit, stated.length));
  const shown = new Set(rounds);
  const inWindow = statements.filter((statement) => shown.has(statement.round));
  const issues = [...new Set(inWindow.map((statement) => statement.issue))]
    .map((id) => issueWithId(record, id))
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  const rows = issues.map((issue) => ({
    issue,
    cells: rounds.map((round) => ({
      round,
      statements: inWindow.filter((statement) => statement.issue === issue.id && statement.round === round),
    })),
  }));
  return { rounds, rows, earlier };
}

/** How long a stance may be in a cell of the full matrix; the round's page has it whole. */
export const SHORT_STANCE_LENGTH = 110;

/**
 * A stance cut at a word's end to at most `max` characters, an ellipsis included, so a cell stays small; whole
 * when it fits.
 * @example shortStance('Israel wants southern Syria demilitarised.', 25) // "Israel wants southern…"
 */
export function shortStance(text: string, max: number = SHORT_STANCE_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, max - 1);
  return `${words.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

import { describe, expect, it } from 'vitest';
import { heldRoundsInOrder } from '@/lib/model/stance-history';
import { positionsMatrix, shortStance, SHORT_STANCE_LENGTH } from '@/lib/views/positions-matrix';
import { POSITIONS_MATRIX_ROUNDS } from '@/site';
import { issue, position, round } from '@tests/helpers/fixtures';
import { generatedRecord } from '@tests/helpers/negotiation-record';

const issues = [
  issue('buffer-zone', { title: 'Buffer zone' }),
  issue('mount-hermon', { title: 'Mount Hermon' }),
  issue('golan', { title: 'Golan' }),
];
const issueById = new Map(issues.map((entry) => [entry.id, entry]));

const rounds = [
  round('baku', { start: '2025-07-31', positions: [position({ issue: 'golan', stance: 'Golan first.' })] }),
  round('border', { start: '2025-08-01', positions: [] }),
  round('london', {
    start: '2025-09-17',
    positions: [position({ stance: 'Stay.' }), position({ issue: 'mount-hermon', stance: 'Keep it.' })],
  }),
  round('rome', { start: '2025-10-01', status: 'cancelled', positions: [position({ stance: 'Cancelled stance.' })] }),
  round('paris', {
    start: '2026-01-05',
    positions: [
      position({ side: 'syria', stance: 'Leave.', redLine: true }),
      position({ stance: 'Stay, red line.', redLine: true, shift: 'changed', how: 'now a red line' }),
    ],
  }),
];
const record = { rounds, issueById };

const cellText = (cells: ReturnType<typeof positionsMatrix>['rows'][number]['cells']) =>
  cells.map((cell) => cell.statements.map((statement) => `${statement.side}: ${statement.positions.map((each) => each.stance).join(' ')}`));

describe('positionsMatrix', () => {
  it('shows the latest held rounds with a stated position as columns, oldest first, and counts the earlier ones', () => {
    const matrix = positionsMatrix(record, 2);
    expect(matrix.rounds.map((entry) => entry.id)).toEqual(['2025-09-17-london', '2026-01-05-paris']);
    expect(matrix.earlier).toEqual({ count: 1, firstYear: 2025, lastYear: 2025 });
  });

  it('leaves out rounds where no side stated a position, and meetings that did not take place', () => {
    const matrix = positionsMatrix(record, 10);
    expect(matrix.rounds.map((entry) => entry.id)).toEqual(['2025-07-31-baku', '2025-09-17-london', '2026-01-05-paris']);
    expect(matrix.earlier).toBeUndefined();
  });

  it('puts down the side the issues stated on in those rounds, by title, with each side’s statement under its round', () => {
    const matrix = positionsMatrix(record, 2);
    expect(matrix.rows.map((row) => row.issue.data.title)).toEqual(['Buffer zone', 'Mount Hermon']);
    expect(matrix.rows.map((row) => cellText(row.cells))).toEqual([
      [['israel: Stay.'], ['israel: Stay, red line.', 'syria: Leave.']],
      [['israel: Keep it.'], []],
    ]);
  });

  it('shows the change the editor marked even when the earlier stance’s round is left out, and none where none was marked', () => {
    const matrix = positionsMatrix(record, 1);
    expect(matrix.rounds.map((entry) => entry.id)).toEqual(['2026-01-05-paris']);
    expect(matrix.rows[0]?.cells[0]?.statements.map((statement) => [statement.side, statement.shift])).toEqual([
      ['israel', { kind: 'changed', how: ['now a red line'] }],
      ['syria', undefined],
    ]);
  });

  it('for one issue, takes the latest rounds where a side stated a position on it', () => {
    const matrix = positionsMatrix(record, 2, 'golan');
    expect(matrix.rounds.map((entry) => entry.id)).toEqual(['2025-07-31-baku']);
    expect(matrix.rows.map((row) => [row.issue.id, cellText(row.cells)])).toEqual([['golan', [['israel: Golan first.']]]]);
  });

  it('is empty for a record with no stated position', () => {
    expect(positionsMatrix({ rounds: [round('paris')], issueById }, 6)).toEqual({ rounds: [], rows: [], earlier: undefined });
  });

  it('stays the same size however long the record grows: 1,000 rounds give a matrix no bigger than its latest rounds', () => {
    const big = generatedRecord(1000);
    const matrix = positionsMatrix(big, POSITIONS_MATRIX_ROUNDS);
    const shown = heldRoundsInOrder(big.rounds)
      .filter((entry) => entry.data.positions.length > 0)
      .slice(-POSITIONS_MATRIX_ROUNDS);
    expect(matrix.rounds).toEqual(shown);
    expect(matrix.earlier?.count).toBe(1000 - POSITIONS_MATRIX_ROUNDS);
    const issuesShown = new Set(shown.flatMap((entry) => entry.data.positions.map((each) => each.issue)));
    expect(matrix.rows.map((row) => row.issue.id).sort()).toEqual([...issuesShown].sort());
    const stancesInCells = matrix.rows.flatMap((row) =>
      row.cells.flatMap((cell) => cell.statements.flatMap((statement) => statement.positions)),
    );
    expect(stancesInCells).toHaveLength(shown.reduce((sum, entry) => sum + entry.data.positions.length, 0));
    expect(Math.max(...stancesInCells.map((each) => shortStance(each.stance).length))).toBeLessThanOrEqual(SHORT_STANCE_LENGTH);
    for (const row of matrix.rows) expect(row.cells.map((cell) => cell.round)).toEqual(shown);
  });
});

describe('shortStance', () => {
  it('keeps a stance that fits whole', () => {
    expect(shortStance('Israel wants southern Syria demilitarised.', 60)).toBe('Israel wants southern Syria demilitarised.');
  });

  it('cuts a longer one at a word’s end, within the length, with an ellipsis', () => {
    expect(shortStance('Israel wants southern Syria demilitarised.', 25)).toBe('Israel wants southern…');
    expect(shortStance('Syria, Israel and the US, met.', 15)).toBe('Syria, Israel…');
  });

  it('cuts inside a single long word when it must', () => {
    expect(shortStance('Demilitarisation', 8)).toBe('Demilit…');
  });

  it('keeps every stance of the record within the default length', () => {
    const long = 'word '.repeat(100);
    expect(shortStance(long).length).toBeLessThanOrEqual(SHORT_STANCE_LENGTH);
  });
});

import { describe, expect, it } from 'vitest';
import { heldRoundsInOrder, normaliseStance, statementMeaning, statementsOverTime } from '../../src/lib/stance-history';
import type { Position } from '../../src/schemas';
import { position, round } from './fixtures';

describe('heldRoundsInOrder', () => {
  it('keeps only held rounds, by first day and then by id, whatever the input order', () => {
    const rounds = [
      round('rome', { start: '2025-10-01' }),
      round('geneva', { start: '2026-03-02', status: 'scheduled' }),
      round('baku', { start: '2025-07-31' }),
      round('amman', { start: '2025-10-01' }),
      round('doha', { start: '2025-08-01', status: 'postponed' }),
      round('oslo', { start: '2025-08-02', status: 'cancelled' }),
    ];
    expect(heldRoundsInOrder(rounds).map((entry) => entry.id)).toEqual(['2025-07-31-baku', '2025-10-01-amman', '2025-10-01-rome']);
  });
});

describe('normaliseStance', () => {
  it('ignores case, spacing, punctuation and the typographic forms of quotes and dashes', () => {
    expect(normaliseStance('Israel won’t  withdraw – ever.')).toBe('israel won t withdraw ever');
    expect(normaliseStance("israel WON'T withdraw - ever")).toBe(normaliseStance('Israel won’t  withdraw – ever.'));
  });

  it('keeps every word and number, so a different stance reads different', () => {
    expect(normaliseStance('Israel will withdraw.')).not.toBe(normaliseStance('Israel will not withdraw.'));
    expect(normaliseStance('More than 1,000 strikes')).not.toBe(normaliseStance('More than 1,001 strikes'));
  });
});

describe('statementMeaning', () => {
  const same = (before: Position[], after: Position[]) => statementMeaning(before) === statementMeaning(after);

  it('reads a restatement in the same words as the same, punctuation aside', () => {
    expect(same([position({ stance: 'No withdrawal.' })], [position({ stance: 'no withdrawal' })])).toBe(true);
  });

  it('reads a stance that becomes, or stops being, a red line as a change', () => {
    const stance = 'No withdrawal from the buffer zone.';
    expect(same([position({ stance })], [position({ stance, redLine: true })])).toBe(false);
    expect(same([position({ stance, redLine: true })], [position({ stance })])).toBe(false);
  });

  it('takes in every stance of a statement, in any order', () => {
    const [a, b] = [position({ stance: 'A.' }), position({ stance: 'B.' })];
    expect(same([a, b], [b, a])).toBe(true);
    expect(same([a, b], [a])).toBe(false);
  });
});

describe('statementsOverTime', () => {
  const summary = (statements: ReturnType<typeof statementsOverTime>) =>
    statements.map(({ side, issue, round: entry, positions, changed }) => [
      entry.id,
      side,
      issue,
      positions.map((each) => each.stance),
      changed,
    ]);

  it('marks a statement changed when it differs from the same side’s previous one on the issue, never the first', () => {
    const rounds = [
      round('paris', { start: '2026-01-05', positions: [position({ stance: 'Stay.' }), position({ side: 'syria', stance: 'Leave.' })] }),
      round('london', { start: '2025-09-17', positions: [position({ stance: 'Stay for now.' })] }),
      round('rome', { start: '2026-02-01', positions: [position({ stance: 'stay' }), position({ side: 'syria', stance: 'Leave now.' })] }),
    ];
    expect(summary(statementsOverTime(rounds))).toEqual([
      ['2025-09-17-london', 'israel', 'buffer-zone', ['Stay for now.'], false],
      ['2026-01-05-paris', 'israel', 'buffer-zone', ['Stay.'], true],
      ['2026-01-05-paris', 'syria', 'buffer-zone', ['Leave.'], false],
      ['2026-02-01-rome', 'israel', 'buffer-zone', ['stay'], false],
      ['2026-02-01-rome', 'syria', 'buffer-zone', ['Leave now.'], true],
    ]);
  });

  it('keeps each issue apart: a side’s stance on one issue is not compared with its stance on another', () => {
    const rounds = [
      round('london', { start: '2025-09-17', positions: [position({ issue: 'buffer-zone', stance: 'Stay.' })] }),
      round('paris', { start: '2026-01-05', positions: [position({ issue: 'mount-hermon', stance: 'Keep the outpost.' })] }),
    ];
    expect(statementsOverTime(rounds).map((statement) => statement.changed)).toEqual([false, false]);
  });

  it('reads one statement per side and issue at a round, sides in the standard order, red line if any stance is one', () => {
    const rounds = [
      round('paris', {
        positions: [
          position({ side: 'united-states', stance: 'Freeze.' }),
          position({ side: 'syria', stance: 'Return to the lines.', redLine: true }),
          position({ side: 'israel', stance: 'Stay.' }),
          position({ side: 'syria', stance: 'A timetable first.' }),
        ],
      }),
    ];
    const statements = statementsOverTime(rounds);
    expect(summary(statements)).toEqual([
      ['2026-01-05-paris', 'israel', 'buffer-zone', ['Stay.'], false],
      ['2026-01-05-paris', 'syria', 'buffer-zone', ['Return to the lines.', 'A timetable first.'], false],
      ['2026-01-05-paris', 'united-states', 'buffer-zone', ['Freeze.'], false],
    ]);
    expect(statements.map((statement) => statement.redLine)).toEqual([false, true, false]);
  });

  it('leaves out meetings that did not take place, and compares across them', () => {
    const rounds = [
      round('london', { start: '2025-09-17', positions: [position({ stance: 'Stay.' })] }),
      round('rome', { start: '2025-10-01', status: 'postponed', positions: [position({ stance: 'Leave.' })] }),
      round('paris', { start: '2026-01-05', positions: [position({ stance: 'Stay.' })] }),
    ];
    expect(summary(statementsOverTime(rounds))).toEqual([
      ['2025-09-17-london', 'israel', 'buffer-zone', ['Stay.'], false],
      ['2026-01-05-paris', 'israel', 'buffer-zone', ['Stay.'], false],
    ]);
  });

  it('marks a stance restated word for word as changed when it becomes a red line', () => {
    const rounds = [
      round('london', { start: '2025-09-17', positions: [position({ stance: 'Stay.' })] }),
      round('paris', { start: '2026-01-05', positions: [position({ stance: 'Stay.', redLine: true })] }),
    ];
    expect(statementsOverTime(rounds).map((statement) => statement.changed)).toEqual([false, true]);
  });
});

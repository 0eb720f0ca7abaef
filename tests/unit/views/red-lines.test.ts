import { describe, expect, it } from 'vitest';
import { redLinesBySide, type SideRedLines } from '@/lib/views/red-lines';
import { RED_LINES_PER_SIDE } from '@/site';
import { issue, position, round } from '@tests/helpers/fixtures';
import { generatedRecord } from '@tests/helpers/negotiation-record';

const issues = [
  issue('buffer-zone', { title: 'Buffer zone' }),
  issue('mount-hermon', { title: 'Mount Hermon' }),
  issue('golan-heights', { title: 'Golan Heights' }),
];
const issueById = new Map(issues.map((entry) => [entry.id, entry]));

const summary = (board: SideRedLines[]) =>
  board.map(({ side, redLines }) => ({
    side,
    redLines: redLines.map((redLine) => ({
      issue: redLine.issue.id,
      stances: redLine.stances.map((each) => each.stance),
      first: redLine.first.round.id,
      last: redLine.last.round.id,
      statedAt: redLine.statedAt,
      since: redLine.since?.round.id,
    })),
  }));

describe('redLinesBySide', () => {
  it('makes one entry of a red line restated at several rounds, from its first statement to its latest, in its latest words', () => {
    const rounds = [
      round('paris', { start: '2026-01-05', positions: [position({ stance: 'Not one metre.', redLine: true })] }),
      round('london', {
        start: '2025-09-17',
        positions: [position({ stance: 'No withdrawal.', redLine: true }), position({ stance: 'A wider zone.' })],
      }),
      round('baku', { start: '2025-07-31', positions: [position({ stance: 'A presence for now.' })] }),
    ];
    expect(summary(redLinesBySide({ rounds, issueById }, 10))).toEqual([
      {
        side: 'israel',
        redLines: [
          {
            issue: 'buffer-zone',
            stances: ['Not one metre.'],
            first: '2025-09-17-london',
            last: '2026-01-05-paris',
            statedAt: 2,
            since: undefined,
          },
        ],
      },
    ]);
  });

  it('carries the shifts the editor marked, and lists the changes between the first and the last statement', () => {
    const rounds = [
      round('london', { start: '2025-09-17', positions: [position({ stance: 'No withdrawal.', redLine: true })] }),
      round('rome', {
        start: '2025-10-01',
        positions: [position({ stance: 'Not before guarantees.', redLine: true, shift: 'changed', how: 'now sets a condition' })],
      }),
      round('oslo', { start: '2025-11-01', positions: [position({ stance: 'Guarantees first.', redLine: true, shift: 'restated' })] }),
      round('paris', {
        start: '2026-01-05',
        positions: [position({ stance: 'Guarantees, then talks.', redLine: true, shift: 'restated' })],
      }),
    ];
    const [israel] = redLinesBySide({ rounds, issueById }, 10);
    const [redLine] = israel?.redLines ?? [];
    expect(redLine?.first.shift).toBeUndefined();
    expect(redLine?.last.shift).toEqual({ kind: 'restated' });
    expect(redLine?.changedBetween.map((statement) => [statement.round.id, statement.shift])).toEqual([
      ['2025-10-01-rome', { kind: 'changed', how: ['now sets a condition'] }],
    ]);
  });

  it('notes when the side has since stated its position on the issue without a red line', () => {
    const rounds = [
      round('london', { start: '2025-09-17', positions: [position({ stance: 'No withdrawal.', redLine: true })] }),
      round('paris', { start: '2026-01-05', positions: [position({ stance: 'A pullback in stages.' })] }),
    ];
    const [israel] = redLinesBySide({ rounds, issueById }, 10);
    expect(israel?.redLines[0]?.last.round.id).toBe('2025-09-17-london');
    expect(israel?.redLines[0]?.since?.positions.map((each) => each.stance)).toEqual(['A pullback in stages.']);
  });

  it('counts only meetings that took place', () => {
    const rounds = [
      round('london', { start: '2025-09-17', positions: [position({ stance: 'No withdrawal.', redLine: true })] }),
      round('geneva', { start: '2026-03-02', status: 'scheduled', positions: [position({ stance: 'Planned words.', redLine: true })] }),
      round('rome', { start: '2025-10-01', status: 'postponed', positions: [position({ side: 'syria', redLine: true })] }),
    ];
    expect(summary(redLinesBySide({ rounds, issueById }, 10))).toEqual([
      {
        side: 'israel',
        redLines: [
          {
            issue: 'buffer-zone',
            stances: ['No withdrawal.'],
            first: '2025-09-17-london',
            last: '2025-09-17-london',
            statedAt: 1,
            since: undefined,
          },
        ],
      },
    ]);
  });

  it('shows a collision only where a red line names it, with the other side’s latest statement on that issue', () => {
    const rounds = [
      round('london', {
        start: '2025-09-17',
        positions: [
          position({
            issue: 'mount-hermon',
            stance: 'Keep the summit.',
            redLine: true,
            conflictsWith: [{ side: 'syria', issue: 'buffer-zone' }],
          }),
          position({ issue: 'golan-heights', stance: 'The Golan stays.', redLine: true }),
          position({ side: 'syria', issue: 'buffer-zone', stance: 'Back to the 1974 lines.' }),
          position({ side: 'syria', issue: 'golan-heights', stance: 'The Golan is Syrian.' }),
        ],
      }),
      round('paris', {
        start: '2026-01-05',
        positions: [
          position({ issue: 'mount-hermon', stance: 'Keep the summit.', redLine: true }),
          position({ side: 'syria', issue: 'buffer-zone', stance: 'Back to the lines of 7 December.' }),
        ],
      }),
    ];
    const [israel] = redLinesBySide({ rounds, issueById }, 10);
    const hermon = israel?.redLines.find((redLine) => redLine.issue.id === 'mount-hermon');
    const golan = israel?.redLines.find((redLine) => redLine.issue.id === 'golan-heights');
    expect(
      hermon?.collisions.map(({ side, issue: other, latest }) => [
        side,
        other.id,
        latest?.round.id,
        latest?.positions.map((each) => each.stance),
      ]),
    ).toEqual([['syria', 'buffer-zone', '2026-01-05-paris', ['Back to the lines of 7 December.']]]);
    // Both sides spoke on the Golan, but no red line names the collision: none is shown.
    expect(golan?.collisions).toEqual([]);
  });

  it('lists a collision named at several restatements once, by side and then by issue title', () => {
    const rounds = [
      round('london', {
        start: '2025-09-17',
        positions: [
          position({
            side: 'syria',
            stance: 'Withdraw.',
            redLine: true,
            conflictsWith: [
              { side: 'israel', issue: 'mount-hermon' },
              { side: 'israel', issue: 'buffer-zone' },
            ],
          }),
          position({ stance: 'Stay.' }),
          position({ issue: 'mount-hermon', stance: 'Keep it.' }),
          position({ side: 'united-states', stance: 'Freeze.' }),
        ],
      }),
      round('paris', {
        start: '2026-01-05',
        positions: [
          position({
            side: 'syria',
            stance: 'Withdraw.',
            redLine: true,
            conflictsWith: [
              { side: 'united-states', issue: 'buffer-zone' },
              { side: 'israel', issue: 'buffer-zone' },
            ],
          }),
        ],
      }),
    ];
    const [syria] = redLinesBySide({ rounds, issueById }, 10);
    expect(syria?.redLines[0]?.collisions.map(({ side, issue: other }) => `${side} ${other.id}`)).toEqual([
      'israel buffer-zone',
      'israel mount-hermon',
      'united-states buffer-zone',
    ]);
  });

  it('leaves a collision’s latest statement empty when the other side stated it only at a meeting that did not take place', () => {
    const rounds = [
      round('london', {
        start: '2025-09-17',
        positions: [position({ stance: 'Stay.', redLine: true, conflictsWith: [{ side: 'syria', issue: 'buffer-zone' }] })],
      }),
      round('rome', { start: '2025-10-01', status: 'cancelled', positions: [position({ side: 'syria', stance: 'Leave.' })] }),
    ];
    expect(redLinesBySide({ rounds, issueById }, 10)[0]?.redLines[0]?.collisions[0]?.latest).toBeUndefined();
  });

  it('orders sides in the standard order, and each side’s red lines by their last statement, newest first, then by title', () => {
    const rounds = [
      round('london', {
        start: '2025-09-17',
        positions: [
          position({ side: 'syria', redLine: true }),
          position({ issue: 'buffer-zone', redLine: true }),
          position({ issue: 'mount-hermon', redLine: true }),
        ],
      }),
      round('paris', { start: '2026-01-05', positions: [position({ issue: 'golan-heights', redLine: true })] }),
    ];
    expect(redLinesBySide({ rounds, issueById }, 10).map(({ side, redLines }) => [side, redLines.map((each) => each.issue.id)])).toEqual([
      ['israel', ['golan-heights', 'buffer-zone', 'mount-hermon']],
      ['syria', ['buffer-zone']],
    ]);
  });

  it('is empty when no side has stated a red line', () => {
    expect(redLinesBySide({ rounds: [round('paris', { positions: [position()] })], issueById }, 10)).toEqual([]);
  });

  it('stays the same size however long the record grows: of 1,000 rounds, each side shows its latest red lines and counts the rest', () => {
    const big = generatedRecord(1000);
    const board = redLinesBySide(big, RED_LINES_PER_SIDE);
    expect(board.map((side) => side.side)).toEqual(['israel', 'syria', 'united-states']);
    for (const { side, redLines, earlier } of board) {
      const drawn = new Set(
        big.rounds.flatMap((entry) => entry.data.positions.filter((each) => each.side === side && each.redLine).map((each) => each.issue)),
      );
      expect(redLines).toHaveLength(Math.min(RED_LINES_PER_SIDE, drawn.size));
      expect((earlier?.count ?? 0) + redLines.length).toBe(drawn.size);
      for (const redLine of redLines) {
        // One round's words, and each other side's demand on each issue at most once.
        expect(redLine.stances.length).toBeLessThanOrEqual(redLine.last.positions.length);
        expect(redLine.collisions.length).toBeLessThanOrEqual(2 * big.issueById.size);
      }
      const lastDays = redLines.map((redLine) => redLine.last.round.data.start);
      expect(lastDays).toEqual([...lastDays].sort().reverse());
    }
  });
});

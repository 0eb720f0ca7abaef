import { describe, expect, it } from 'vitest';
import {
  firstStances,
  heldRoundsInOrder,
  judgedHistories,
  judgedHistoryOf,
  roundsInOrder,
  shiftLabel,
  statementShift,
  statementsOverTime,
} from '@/lib/model/stance-history';
import { position, round } from '@tests/helpers/fixtures';

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
    expect(roundsInOrder(rounds).map((entry) => entry.id)).toEqual([
      '2025-07-31-baku',
      '2025-08-01-doha',
      '2025-08-02-oslo',
      '2025-10-01-amman',
      '2025-10-01-rome',
      '2026-03-02-geneva',
    ]);
  });
});

describe('firstStances', () => {
  it("finds every position of a side's earliest round on an issue, whatever the rounds' status or order", () => {
    const [israelFirst, israelAgain, syriaFirst] = [
      position({ stance: 'Stay.' }),
      position({ stance: 'Stay for good.' }),
      position({ side: 'syria', stance: 'Leave.' }),
    ];
    const [israelLater, syriaLater, israelOnHermon] = [
      position({ stance: 'Stay.' }),
      position({ side: 'syria', stance: 'Leave now.' }),
      position({ issue: 'mount-hermon', stance: 'Keep it.' }),
    ];
    const rounds = [
      round('paris', { start: '2026-01-05', positions: [israelLater, syriaLater, israelOnHermon] }),
      round('london', { start: '2025-09-17', positions: [israelFirst, israelAgain] }),
      round('rome', { start: '2025-10-01', status: 'postponed', positions: [syriaFirst] }),
    ];
    const first = firstStances(rounds);
    expect([israelFirst, israelAgain, syriaFirst, israelOnHermon].every((each) => first.has(each))).toBe(true);
    expect(first.has(israelLater) || first.has(syriaLater)).toBe(false);
  });
});

describe('statementShift', () => {
  it('is a change, with every position’s how, when any position changed', () => {
    expect(
      statementShift([
        { shift: 'restated' },
        { shift: 'changed', how: 'now a red line' },
        { shift: 'changed', how: 'now names a timetable' },
      ]),
    ).toEqual({ kind: 'changed', how: ['now a red line', 'now names a timetable'] });
  });

  it('is a restatement only when every position is restated', () => {
    expect(statementShift([{ shift: 'restated' }, { shift: 'restated' }])).toEqual({ kind: 'restated' });
    expect(statementShift([{ shift: 'restated' }, {}])).toBeUndefined();
  });

  it('is nothing when no position is marked', () => {
    expect(statementShift([{}])).toBeUndefined();
    expect(statementShift([])).toBeUndefined();
  });
});

describe('shiftLabel', () => {
  it('says how a stance changed, and reads a restatement as restated', () => {
    expect(shiftLabel({ kind: 'changed', how: ['now accepts a phased withdrawal'] })).toBe('Changed: now accepts a phased withdrawal');
    expect(shiftLabel({ kind: 'changed', how: ['now a red line', 'names a timetable'] })).toBe(
      'Changed: now a red line; names a timetable',
    );
    expect(shiftLabel({ kind: 'restated' })).toBe('Restated');
  });
});

describe('statementsOverTime', () => {
  const summary = (statements: ReturnType<typeof statementsOverTime>) =>
    statements.map(({ side, issue, round: entry, positions, shift }) => [
      entry.id,
      side,
      issue,
      positions.map((each) => each.stance),
      shift,
    ]);

  it('carries the shift the editor marked, oldest round first, and none where the editor marked none', () => {
    const rounds = [
      round('paris', {
        start: '2026-01-05',
        positions: [
          position({ stance: 'Stay, whatever happens.', shift: 'changed', how: 'now rules out any withdrawal' }),
          position({ side: 'syria', stance: 'Leave.' }),
        ],
      }),
      round('london', { start: '2025-09-17', positions: [position({ stance: 'Stay for now.' })] }),
      round('rome', {
        start: '2026-02-01',
        positions: [position({ stance: 'Stay, come what may.', shift: 'restated' }), position({ side: 'syria', stance: 'Leave now.' })],
      }),
    ];
    expect(summary(statementsOverTime(rounds))).toEqual([
      ['2025-09-17-london', 'israel', 'buffer-zone', ['Stay for now.'], undefined],
      [
        '2026-01-05-paris',
        'israel',
        'buffer-zone',
        ['Stay, whatever happens.'],
        { kind: 'changed', how: ['now rules out any withdrawal'] },
      ],
      ['2026-01-05-paris', 'syria', 'buffer-zone', ['Leave.'], undefined],
      ['2026-02-01-rome', 'israel', 'buffer-zone', ['Stay, come what may.'], { kind: 'restated' }],
      ['2026-02-01-rome', 'syria', 'buffer-zone', ['Leave now.'], undefined],
    ]);
  });

  it('never marks a change from the words alone: other words restated, or the same words unmarked, read as the editor said', () => {
    const rounds = [
      round('london', { start: '2025-09-17', positions: [position({ stance: 'Stay.' })] }),
      round('paris', { start: '2026-01-05', positions: [position({ stance: 'Israel will not leave.', shift: 'restated' })] }),
      round('rome', { start: '2026-02-01', positions: [position({ stance: 'Stay.', redLine: true })] }),
    ];
    expect(statementsOverTime(rounds).map((statement) => statement.shift)).toEqual([undefined, { kind: 'restated' }, undefined]);
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
      ['2026-01-05-paris', 'israel', 'buffer-zone', ['Stay.'], undefined],
      ['2026-01-05-paris', 'syria', 'buffer-zone', ['Return to the lines.', 'A timetable first.'], undefined],
      ['2026-01-05-paris', 'united-states', 'buffer-zone', ['Freeze.'], undefined],
    ]);
    expect(statements.map((statement) => statement.redLine)).toEqual([false, true, false]);
  });

  it('leaves out meetings that did not take place', () => {
    const rounds = [
      round('london', { start: '2025-09-17', positions: [position({ stance: 'Stay.' })] }),
      round('rome', {
        start: '2025-10-01',
        status: 'postponed',
        positions: [position({ stance: 'Leave.', shift: 'changed', how: 'now leaves' })],
      }),
      round('paris', { start: '2026-01-05', positions: [position({ stance: 'Stay.', shift: 'changed', how: 'stays again' })] }),
    ];
    expect(summary(statementsOverTime(rounds))).toEqual([
      ['2025-09-17-london', 'israel', 'buffer-zone', ['Stay.'], undefined],
      ['2026-01-05-paris', 'israel', 'buffer-zone', ['Stay.'], { kind: 'changed', how: ['stays again'] }],
    ]);
  });
});

describe('judgedHistories', () => {
  it('follows each side on each issue through rounds of any status: changes with how, restatements kept, unmarked counted', () => {
    const [first, alsoFirst, moved, repeated, unmarked, other] = [
      position({ stance: 'Stay.' }),
      position({ stance: 'Stay for now.' }),
      position({ stance: 'Leave in stages.', shift: 'changed', how: 'now offers a pullback' }),
      position({ stance: 'In stages.', shift: 'restated' }),
      position({ stance: 'Stages, maybe.' }),
      position({ side: 'syria', stance: 'Leave.' }),
    ];
    const rounds = [
      round('rome', { start: '2026-02-01', positions: [repeated, other] }),
      round('london', { start: '2025-09-17', positions: [first, alsoFirst] }),
      round('oslo', { start: '2025-10-01', status: 'postponed', positions: [moved] }),
      round('paris', { start: '2026-03-01', positions: [unmarked] }),
    ];
    const histories = judgedHistories(rounds);
    expect([first, alsoFirst, moved, repeated, unmarked, other].map((each) => histories.get(each))).toEqual([
      { changes: [], unmarked: 0 },
      { changes: [], unmarked: 0 },
      { changes: ['now offers a pullback'], unmarked: 0 },
      { changes: ['now offers a pullback'], unmarked: 0 },
      { changes: ['now offers a pullback'], unmarked: 1 },
      { changes: [], unmarked: 0 },
    ]);
    expect(judgedHistoryOf(rounds, moved)).toEqual({ changes: ['now offers a pullback'], unmarked: 0 });
    expect(() => judgedHistoryOf(rounds, position())).toThrow(/is not one of these rounds/);
  });
});

describe('shiftLabel in the Arabic and Hebrew editions', () => {
  it('marks a changed stance with how, and a restated one, in the edition’s words', () => {
    const changed = { kind: 'changed' as const, how: ['بات يقبل انسحابًا على مراحل', 'صار خطًا أحمر'] };
    expect(shiftLabel(changed, 'ar')).toBe('تغيّر: بات يقبل انسحابًا على مراحل؛ صار خطًا أحمر');
    expect(shiftLabel({ kind: 'restated' }, 'ar')).toBe('تكرار للموقف');
    expect(shiftLabel({ kind: 'changed', how: ['מקבלת כעת נסיגה בשלבים'] }, 'he')).toBe('שינוי: מקבלת כעת נסיגה בשלבים');
    expect(shiftLabel({ kind: 'restated' }, 'he')).toBe('חזרה על עמדה');
  });
});

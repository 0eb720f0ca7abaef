import { describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/record/entries';
import type { Round } from '@/lib/record/schemas';
import { stateOfPlay, type StateOfPlay } from '@/lib/views/state-of-play';
import { issue, position, round } from '@tests/helpers/fixtures';

const issues = ['buffer-zone', 'mount-hermon', 'golan-heights', 'normalization'].map((id) => issue(id, { title: `Title of ${id}` }));
const issueById = new Map(issues.map((entry) => [entry.id, entry]));
const LIMITS = { issueCount: 3, stanceLength: 40 };

const play = (rounds: Entry<Round>[], today = '2026-02-01'): StateOfPlay => stateOfPlay({ rounds, issueById, today }, LIMITS);

/** The issues listed, each with its sides' stances as side, round and words. */
const stancesOf = (state: StateOfPlay) =>
  state.issues.map(({ issue: entry, stances }) => ({
    issue: entry.id,
    stances: stances.map((stance) => `${stance.side} @${stance.statement.round.id}: ${stance.words}`),
  }));

describe('stateOfPlay', () => {
  it('says nothing of a meeting, a pause or an issue when the record has no round', () => {
    expect(play([])).toEqual({ latest: undefined, daysSince: undefined, next: undefined, issues: [] });
  });

  it('names the latest meeting held and counts the whole days since its last day, passing over meetings that did not take place', () => {
    const rounds = [
      round('paris', { start: '2026-01-05', end: '2026-01-06' }),
      round('london', { start: '2025-09-17' }),
      round('amman', { start: '2026-01-20', status: 'postponed' }),
      round('rome', { start: '2026-01-25', status: 'cancelled' }),
    ];
    const state = play(rounds, '2026-02-01');
    expect(state.latest?.id).toBe('2026-01-05-paris');
    expect(state.daysSince).toBe(26);
  });

  it('counts no days on the day a meeting ends', () => {
    expect(play([round('paris', { start: '2026-01-05', end: '2026-01-06' })], '2026-01-06').daysSince).toBe(0);
  });

  it('counts no pause from a meeting dated only by the report of it, whose days are unknown', () => {
    const state = play([round('border', { start: '2025-05-27', datedByReport: true })]);
    expect(state.latest?.id).toBe('2025-05-27-border');
    expect(state.daysSince).toBeUndefined();
  });

  it('has no next meeting when none is scheduled', () => {
    expect(
      play([round('paris', { start: '2026-01-05' }), round('amman', { start: '2026-03-01', status: 'postponed' })]).next,
    ).toBeUndefined();
  });

  it('gives the first meeting scheduled for today or later as the next, and never one scheduled for a day that has passed', () => {
    const rounds = [
      round('paris', { start: '2026-01-05' }),
      round('past', { start: '2026-01-20', status: 'scheduled' }),
      round('later', { start: '2026-03-10', status: 'scheduled' }),
      round('sooner', { start: '2026-02-15', status: 'scheduled' }),
    ];
    expect(play(rounds, '2026-02-01').next?.id).toBe('2026-02-15-sooner');
    expect(play(rounds, '2026-02-15').next?.id).toBe('2026-02-15-sooner');
    expect(play(rounds, '2026-03-11').next).toBeUndefined();
  });

  it('orders meetings on the same day by id, as the timeline does', () => {
    const rounds = [
      round('vienna', { start: '2026-01-05' }),
      round('amman', { start: '2026-01-05' }),
      round('later', { start: '2026-02-10', status: 'scheduled' }),
      round('earlier', { start: '2026-02-10', status: 'scheduled' }),
    ];
    const state = play(rounds);
    expect(state.latest?.id).toBe('2026-01-05-vienna');
    expect(state.next?.id).toBe('2026-02-10-earlier');
  });

  it("lists the issues stated on most recently, each with every side's latest stance, even one stated at an earlier meeting", () => {
    const rounds = [
      round('london', {
        start: '2025-09-17',
        issues: ['normalization', 'buffer-zone'],
        positions: [
          position({ side: 'syria', issue: 'buffer-zone', stance: 'Back to the lines of December 2024.' }),
          position({ side: 'israel', issue: 'normalization', stance: 'Normalisation first.' }),
        ],
      }),
      round('paris', {
        start: '2026-01-05',
        issues: ['buffer-zone', 'mount-hermon'],
        positions: [
          position({ side: 'israel', issue: 'mount-hermon', stance: 'Israel keeps the summit.' }),
          position({ side: 'israel', issue: 'buffer-zone', stance: 'Israel stays in the zone.' }),
        ],
      }),
    ];
    expect(stancesOf(play(rounds))).toEqual([
      {
        issue: 'buffer-zone',
        stances: ['israel @2026-01-05-paris: Israel stays in the zone.', 'syria @2025-09-17-london: Back to the lines of December 2024.'],
      },
      { issue: 'mount-hermon', stances: ['israel @2026-01-05-paris: Israel keeps the summit.'] },
      { issue: 'normalization', stances: ['israel @2025-09-17-london: Normalisation first.'] },
    ]);
  });

  it('leaves out a side with no stance on an issue, and an issue no side stated a stance on', () => {
    const rounds = [
      round('paris', {
        issues: ['buffer-zone', 'golan-heights'],
        positions: [position({ side: 'united-states', issue: 'buffer-zone', stance: 'Freeze where you stand.' })],
      }),
    ];
    expect(stancesOf(play(rounds))).toEqual([
      { issue: 'buffer-zone', stances: ['united-states @2026-01-05-paris: Freeze where you stand.'] },
    ]);
  });

  it('breaks a tie between issues last stated at the same meeting by the order the meeting lists them, and keeps the newest few', () => {
    const stated = ['golan-heights', 'normalization', 'buffer-zone', 'mount-hermon'];
    const rounds = [
      round('paris', {
        issues: stated,
        positions: [...stated].reverse().map((id) => position({ side: 'syria', issue: id, stance: `On ${id}.` })),
      }),
    ];
    expect(stancesOf(play(rounds)).map((each) => each.issue)).toEqual(['golan-heights', 'normalization', 'buffer-zone']);
  });

  it('reads no stance from a meeting that did not take place', () => {
    const rounds = [
      round('paris', { issues: ['buffer-zone'], positions: [position({ stance: 'Held.' })] }),
      round('amman', {
        start: '2026-01-20',
        status: 'postponed',
        issues: ['golan-heights'],
        positions: [position({ issue: 'golan-heights' })],
      }),
    ];
    expect(stancesOf(play(rounds))).toEqual([{ issue: 'buffer-zone', stances: ['israel @2026-01-05-paris: Held.'] }]);
  });

  it('shows a red line in its own words, cut as the matrix cuts a stance, with each collision its editor recorded once', () => {
    const collision = { side: 'syria' as const, issue: 'buffer-zone' };
    const rounds = [
      round('paris', {
        issues: ['buffer-zone'],
        positions: [
          position({ stance: 'Israel wants guarantees first.' }),
          position({
            stance: 'Israel will not withdraw from the buffer zone it took after the fall of Assad.',
            redLine: true,
            conflictsWith: [collision, { side: 'united-states', issue: 'golan-heights' }],
          }),
          position({ stance: 'No withdrawal at all.', redLine: true, conflictsWith: [collision] }),
        ],
      }),
    ];
    const [stance] = play(rounds).issues[0]?.stances ?? [];
    expect(stance?.words).toBe('Israel will not withdraw from the…');
    expect(stance?.statement.redLine).toBe(true);
    expect(stance?.collisions.map((each) => `${each.side} ${each.issue.data.title}`)).toEqual([
      'syria Title of buffer-zone',
      'united-states Title of golan-heights',
    ]);
  });

  it('marks no red line and no collision on a stance that draws none', () => {
    const rounds = [round('paris', { issues: ['buffer-zone'], positions: [position({ stance: 'Talks go on.' })] })];
    const [stance] = play(rounds).issues[0]?.stances ?? [];
    expect(stance?.statement.redLine).toBe(false);
    expect(stance?.collisions).toEqual([]);
  });
});

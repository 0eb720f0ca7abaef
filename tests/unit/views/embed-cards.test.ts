import { describe, expect, it } from 'vitest';
import { buildTimeline } from '@/lib/model/timeline';
import { EMBED_MEETING_COUNT, latestMeetings, latestStances } from '@/lib/views/embed-cards';
import { event, position, round } from '@tests/helpers/fixtures';

const rounds = [
  round('london', {
    start: '2025-09-17',
    positions: [
      position({ side: 'syria', stance: 'Leave now.', redLine: true }),
      position({ stance: 'Stay.' }),
      position({ issue: 'golan', stance: 'Golan first.' }),
    ],
  }),
  round('paris', {
    start: '2026-01-05',
    positions: [position({ stance: 'Stay for a phase.', shift: 'changed', how: 'now phased' })],
  }),
  round('rome', { start: '2026-02-01', status: 'cancelled', positions: [position({ side: 'syria', stance: 'Never stated.' })] }),
];

describe('latestStances', () => {
  it('gives each side’s newest statement on the issue at a held round, sides in the standard order', () => {
    const stances = latestStances(rounds, 'buffer-zone');
    expect(stances.map(({ side, round: at, positions }) => [side, at.id, positions.map((each) => each.stance)])).toEqual([
      ['israel', '2026-01-05-paris', ['Stay for a phase.']],
      ['syria', '2025-09-17-london', ['Leave now.']],
    ]);
  });

  it('keeps the red lines and shifts its editor marked', () => {
    const [israel, syria] = latestStances(rounds, 'buffer-zone');
    expect(israel?.shift).toEqual({ kind: 'changed', how: ['now phased'] });
    expect(syria?.redLine).toBe(true);
  });

  it('is empty for an issue no side has stated a position on', () => {
    expect(latestStances(rounds, 'water')).toEqual([]);
  });
});

describe('latestMeetings', () => {
  const timeline = buildTimeline(
    [...rounds, round('baku', { start: '2025-07-12' }), round('geneva', { start: '2026-03-01', status: 'scheduled' })],
    [event('fall', { date: '2026-02-15' })],
  );

  it('gives the newest rounds of any status, newest first, and no event', () => {
    expect(latestMeetings(timeline).map((entry) => entry.id)).toEqual(['2026-03-01-geneva', '2026-02-01-rome', '2026-01-05-paris']);
    expect(EMBED_MEETING_COUNT).toBe(3);
  });

  it('gives every round of a short record', () => {
    expect(latestMeetings(timeline, 10)).toHaveLength(5);
  });
});

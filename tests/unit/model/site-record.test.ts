import { describe, expect, it } from 'vitest';
import { indexRecord, issueLinks, issueWithId, personLinks, personWithId } from '@/lib/model/site-record';
import type { ContentRecord } from '@/lib/record/entries';
import { event, issue, person, round } from '@tests/helpers/fixtures';

const empty: ContentRecord = { rounds: [], events: [], people: [], issues: [], notes: [] };

describe('indexRecord', () => {
  const rounds = [
    round('paris', { start: '2026-01-05', issues: ['buffer-zone'] }),
    round('london', { start: '2025-09-17' }),
    round('rome', { start: '2025-10-01', status: 'postponed' }),
  ];
  const site = indexRecord(
    {
      ...empty,
      rounds,
      events: [event('talks', { date: '2025-12-01', issues: ['buffer-zone'] })],
      people: [person('ron-dermer')],
      issues: [issue('buffer-zone')],
    },
    '2026-12-02',
  );

  it('finds the meetings before and after each round by date, postponed ones included', () => {
    expect(site.roundNeighbours.get('2025-10-01-rome')?.previous?.id).toBe('2025-09-17-london');
    expect(site.roundNeighbours.get('2025-10-01-rome')?.next?.id).toBe('2026-01-05-paris');
    expect(site.roundNeighbours.get('2025-09-17-london')).not.toHaveProperty('previous');
    expect(site.roundNeighbours.get('2026-01-05-paris')).not.toHaveProperty('next');
  });

  it('orders meetings on the same day by id', () => {
    const sameDay = indexRecord(
      { ...empty, rounds: [round('rome', { start: '2026-01-05' }), round('baku', { start: '2026-01-05' })] },
      '2026-12-02',
    );
    expect(sameDay.roundNeighbours.get('2026-01-05-baku')?.next?.id).toBe('2026-01-05-rome');
  });

  it('lists the rounds and events each issue came up in, oldest first', () => {
    expect(site.meetingsByIssue.get('buffer-zone')?.map((item) => item.id)).toEqual(['2025-12-01-talks', '2026-01-05-paris']);
  });

  it('gives the newest day of the record, and the day of the build', () => {
    expect(site.newestDay).toBe('2026-01-05');
    expect(site.today).toBe('2026-12-02');
  });

  it('does not count a scheduled meeting as the newest day until it is held', () => {
    const announced = round('geneva', { start: '2027-01-10', status: 'scheduled' });
    expect(indexRecord({ ...empty, rounds: [...rounds, announced] }, '2026-12-02').newestDay).toBe('2026-01-05');
  });

  it('links issues by title and people by name, in the order given', () => {
    expect(issueLinks(site, ['buffer-zone'])).toEqual([{ href: '/issues/buffer-zone/', label: 'buffer-zone' }]);
    expect(personLinks(site, ['ron-dermer'])).toEqual([{ href: '/people/ron-dermer/', label: 'ron-dermer' }]);
    expect(issueLinks(site, [])).toEqual([]);
  });

  it('looks people and issues up by id, and fails loudly on an unknown one', () => {
    expect(personWithId(site, 'ron-dermer').id).toBe('ron-dermer');
    expect(issueWithId(site, 'buffer-zone').id).toBe('buffer-zone');
    expect(() => personWithId(site, 'nobody')).toThrow('no person "nobody"');
    expect(() => issueWithId(site, 'nothing')).toThrow('no issue "nothing"');
  });
});

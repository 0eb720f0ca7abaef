import { describe, expect, it } from 'vitest';
import { buildDay, futureDateProblems, scheduleProblems, scheduleWarnings, updateProblems } from '@/lib/content/schedule';
import { event, issue, round, source } from '@tests/helpers/fixtures';

describe('buildDay', () => {
  it('is the day of the clock in UTC when nothing fixes it', () => {
    expect(buildDay({}, new Date('2026-12-02T23:59:59Z'))).toBe('2026-12-02');
    expect(buildDay({ SOURCE_DATE_EPOCH: '' }, new Date('2026-12-03T00:00:00Z'))).toBe('2026-12-03');
  });

  it('is the day SOURCE_DATE_EPOCH names, so a build can be made again as it was', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 4, 29, 12) / 1000) }, new Date('2030-01-01T00:00:00Z'))).toBe('2026-05-29');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildDay({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH must be whole seconds/);
  });
});

describe('scheduleProblems', () => {
  it('refuses a round reported as held that starts after the day of the build, naming the file and field', () => {
    const rounds = [round('geneva', { start: '2026-12-10' }), round('paris', { start: '2026-01-05' })];
    expect(scheduleProblems({ rounds }, '2026-12-02')).toEqual([
      'content/rounds/2026-12-10-geneva.md: start: 2026-12-10 is after today (2026-12-02) but status is held: ' +
        'a meeting that has not happened yet is status: scheduled',
    ]);
  });

  it('accepts a held round on the day of the build, and a scheduled one after it', () => {
    const rounds = [round('geneva', { start: '2026-12-02' }), round('rome', { start: '2027-01-10', status: 'scheduled' })];
    expect(scheduleProblems({ rounds }, '2026-12-02')).toEqual([]);
  });
});

describe('scheduleWarnings', () => {
  it('warns about a scheduled round whose day has passed, naming the file, and about nothing else', () => {
    const rounds = [
      round('baku', { start: '2026-06-05', status: 'scheduled' }),
      round('geneva', { start: '2026-12-02', status: 'scheduled' }),
      round('rome', { start: '2026-03-01', status: 'postponed' }),
      round('amman', { start: '2026-12-01', end: '2026-12-02', status: 'scheduled' }),
    ];
    expect(scheduleWarnings({ rounds }, '2026-12-02')).toEqual([
      'content/rounds/2026-06-05-baku.md: status: scheduled for 2026-06-05, which has passed; once a source reports ' +
        'what happened, change status to held, postponed or cancelled and add an updates entry',
    ]);
  });
});

describe('updateProblems', () => {
  const update = (date: string) => ({ date, note: 'Added a source.' });

  it('accepts updates from the day of the page to the day of the build', () => {
    const record = {
      rounds: [round('paris', { start: '2026-01-05', updates: [update('2026-01-07'), update('2026-12-02')] })],
      events: [event('talks', { date: '2025-11-11', sources: [source({ date: '2025-11-11' })], updates: [update('2025-11-11')] })],
      people: [],
      issues: [],
      notes: [],
    };
    expect(updateProblems(record, '2026-12-02')).toEqual([]);
  });

  it('refuses an update dated after the day of the build, on any page, naming the file and field', () => {
    const note = {
      id: 'round-numbering',
      data: {
        title: 'How the rounds are numbered',
        summary: 'Which meetings count.',
        sources: [source()],
        updates: [update('2062-12-02')],
      },
    };
    const record = {
      rounds: [round('paris', { updates: [update('2026-01-07'), update('2026-12-03')] })],
      events: [],
      people: [],
      issues: [],
      notes: [note],
    };
    expect(updateProblems(record, '2026-12-02')).toEqual([
      'content/rounds/2026-01-05-paris.md: updates[1].date: 2026-12-03 is after today (2026-12-02): ' +
        'an update records a change already made; check the year',
      'content/notes/round-numbering.md: updates[0].date: 2062-12-02 is after today (2026-12-02): ' +
        'an update records a change already made; check the year',
    ]);
  });

  it("refuses an update dated before the event on an event's page", () => {
    const record = {
      rounds: [],
      events: [event('munich', { date: '2026-02-14', updates: [update('2025-12-02')] })],
      people: [],
      issues: [],
      notes: [],
    };
    expect(updateProblems(record, '2026-12-02')).toEqual([
      'content/events/2026-02-14-munich.md: updates[0].date: 2025-12-02 is before the event (2026-02-14): ' +
        'an update records a change made after it; check the year',
    ]);
  });

  it("accepts an update dated before a round's start: an announced meeting can be moved", () => {
    const record = {
      rounds: [round('geneva', { start: '2026-03-02', status: 'scheduled', updates: [update('2026-02-20')] })],
      events: [],
      people: [],
      issues: [],
      notes: [],
    };
    expect(updateProblems(record, '2026-12-02')).toEqual([]);
  });
});

describe('updateProblems and the day a page was published', () => {
  const update = (date: string) => ({ date, note: 'Added a source.' });
  const empty = { rounds: [], events: [], people: [], issues: [], notes: [] };

  it("refuses an update dated before the page's oldest source, on any page, naming the source", () => {
    const record = {
      ...empty,
      issues: [
        issue('buffer-zone', { sources: [source({ date: '2025-03-02' }), source({ date: '2025-02' })], updates: [update('2025-01-31')] }),
      ],
    };
    expect(updateProblems(record, '2026-12-02')).toEqual([
      "content/issues/buffer-zone.md: updates[0].date: 2025-01-31 is before the page's oldest source (sources[1], 2025-02-01), " +
        'so before the page could be published: an update records a change made after publication; check the year',
    ]);
  });

  it("accepts an update on the day of the page's oldest source", () => {
    const record = { ...empty, rounds: [round('geneva', { sources: [source({ date: '2026-02-20' })], updates: [update('2026-02-20')] })] };
    expect(updateProblems(record, '2026-12-02')).toEqual([]);
  });
});

describe('futureDateProblems', () => {
  it('refuses a source dated after the day of the build on any page, a month only once the month has not begun', () => {
    const record = {
      rounds: [round('paris', { sources: [source({ date: '2026-12' }), source({ date: '2027-01' })] })],
      events: [],
      people: [],
      issues: [issue('buffer-zone', { sources: [source({ date: '2026-12-03' })] })],
      notes: [],
    };
    expect(futureDateProblems(record, '2026-12-02')).toEqual([
      'content/rounds/2026-01-05-paris.md: sources[1].date: 2027-01 is after today (2026-12-02): ' +
        'a report is cited after it is published; check the year',
      'content/issues/buffer-zone.md: sources[0].date: 2026-12-03 is after today (2026-12-02): ' +
        'a report is cited after it is published; check the year',
    ]);
  });

  it('refuses an event dated after the day of the build, and accepts one on it', () => {
    const record = {
      rounds: [],
      events: [event('summit', { date: '2026-12-03', sources: [source({ date: '2026-12-01' })] }), event('talks', { date: '2026-12-02' })],
      people: [],
      issues: [],
      notes: [],
    };
    expect(futureDateProblems(record, '2026-12-02')).toEqual([
      'content/events/2026-12-03-summit.md: date: 2026-12-03 is after today (2026-12-02): an event is recorded once it has ' +
        'happened; check the year, or enter a meeting still to come as a round with status: scheduled',
    ]);
  });

  it("refuses a source's address read, or its copy captured, after the day of the build, and accepts both on it", () => {
    const url = 'https://example.org/a';
    const sources = [
      source({ url, checked: '2026-12-03', archive: { url: 'https://archive.ph/wIB7r', captured: '2026-12-03' } }),
      source({ url, checked: '2026-12-02', archive: { url: 'https://archive.ph/wIB7r', captured: '2026-12-02' } }),
    ];
    const record = { rounds: [round('paris', { sources })], events: [], people: [], issues: [], notes: [] };
    expect(futureDateProblems(record, '2026-12-02')).toEqual([
      'content/rounds/2026-01-05-paris.md: sources[0].checked: 2026-12-03 is after today (2026-12-02): ' +
        'an address is recorded as read once it has been; check the year',
      'content/rounds/2026-01-05-paris.md: sources[0].archive.captured: 2026-12-03 is after today (2026-12-02): ' +
        'a copy is recorded once it has been captured; check the year',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  groupByYearAndMonth,
  heldRounds,
  homeLede,
  newestByYear,
  timelineYears,
  yearLede,
  yearSpan,
  type TimelineItem,
} from '@/lib/model/timeline';
import { event, round } from '@tests/helpers/fixtures';

const summary = (items: readonly TimelineItem[]) => items.map((item) => `${item.kind}:${item.id}`);

describe('buildTimeline', () => {
  it('orders rounds and events by day, oldest first, whatever the input order', () => {
    const items = buildTimeline(
      [round('paris', { start: '2026-01-05' }), round('london', { start: '2025-09-17' })],
      [event('resignation', { date: '2025-11-11' }), event('statement', { date: '2026-02-01' })],
    );
    expect(summary(items)).toEqual([
      'round:2025-09-17-london',
      'event:2025-11-11-resignation',
      'round:2026-01-05-paris',
      'event:2026-02-01-statement',
    ]);
  });

  it('puts an event before a round on the same day', () => {
    const items = buildTimeline([round('paris', { start: '2026-01-05' })], [event('announcement', { date: '2026-01-05' })]);
    expect(summary(items)).toEqual(['event:2026-01-05-announcement', 'round:2026-01-05-paris']);
  });

  it('orders two items of the same kind on the same day by id', () => {
    const items = buildTimeline([round('rome', { start: '2026-01-05' }), round('baku', { start: '2026-01-05' })], []);
    expect(summary(items)).toEqual(['round:2026-01-05-baku', 'round:2026-01-05-rome']);
  });

  it('gives the first held round no gap', () => {
    const [first] = buildTimeline([round('london', { start: '2025-09-17' })], []);
    expect(first).toMatchObject({ kind: 'round' });
    expect(first && 'gap' in first ? first.gap : undefined).toBeUndefined();
  });

  it('measures a gap from the end of the previous held round to the start of the next', () => {
    const items = buildTimeline(
      [
        round('paris', { start: '2026-01-05', end: '2026-01-06', round: 5 }),
        round('london', { start: '2025-09-17', end: '2025-09-18', round: 4 }),
        round('baku', { start: '2026-01-20', title: 'Meeting in Baku' }),
      ],
      [],
    );
    const gaps = items.map((item) => (item.kind === 'round' ? item.gap : undefined));
    expect(gaps).toEqual([undefined, { days: 109, after: 'round four' }, { days: 14, after: 'round five' }]);
  });

  it('measures from the start of a one-day round', () => {
    const items = buildTimeline(
      [round('london', { start: '2025-09-17', round: 4 }), round('paris', { start: '2025-09-27', round: 5 })],
      [],
    );
    expect(items[1]).toMatchObject({ gap: { days: 10, after: 'round four' } });
  });

  it('skips postponed and cancelled rounds when measuring gaps, and gives them no gap', () => {
    const items = buildTimeline(
      [
        round('london', { start: '2025-09-17', round: 4 }),
        round('rome', { start: '2025-10-01', status: 'postponed', title: 'Postponed meeting in Rome' }),
        round('doha', { start: '2025-10-15', status: 'cancelled', title: 'Cancelled meeting in Doha' }),
        round('paris', { start: '2026-01-05', round: 5 }),
      ],
      [],
    );
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('2025-10-01-rome')).not.toHaveProperty('gap');
    expect(byId.get('2025-10-15-doha')).not.toHaveProperty('gap');
    expect(byId.get('2026-01-05-paris')).toMatchObject({ gap: { days: 110, after: 'round four' } });
  });

  it('counts no pause from or to a meeting whose days were never reported', () => {
    const items = buildTimeline(
      [
        round('border-area', { start: '2025-05-27', datedByReport: true, title: 'Meetings in the border area' }),
        round('baku', { start: '2025-07-12', title: 'Meeting in Baku' }),
        round('paris', { start: '2025-07-24', round: 1 }),
      ],
      [],
    );
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('2025-05-27-border-area')).not.toHaveProperty('gap');
    expect(byId.get('2025-07-12-baku')).not.toHaveProperty('gap');
    expect(byId.get('2025-07-24-paris')).toMatchObject({ gap: { days: 12, after: 'Meeting in Baku' } });
  });

  it('does not count events as meetings for gaps', () => {
    const items = buildTimeline(
      [round('london', { start: '2025-09-17', round: 4 }), round('paris', { start: '2026-01-05', round: 5 })],
      [event('resignation', { date: '2025-11-11' })],
    );
    expect(items.at(-1)).toMatchObject({ id: '2026-01-05-paris', gap: { days: 110, after: 'round four' } });
  });

  it('names an unnumbered previous contact by its title', () => {
    const items = buildTimeline(
      [round('call', { start: '2025-12-01', title: 'Phone call between envoys' }), round('paris', { start: '2026-01-05', round: 5 })],
      [],
    );
    expect(items.at(-1)).toMatchObject({ gap: { days: 35, after: 'Phone call between envoys' } });
  });

  it('does not change its inputs', () => {
    const rounds = [round('paris', { start: '2026-01-05' }), round('london', { start: '2025-09-17' })];
    buildTimeline(rounds, []);
    expect(rounds.map((entry) => entry.id)).toEqual(['2026-01-05-paris', '2025-09-17-london']);
  });
});

describe('groupByYearAndMonth', () => {
  const items = buildTimeline(
    [round('london', { start: '2025-09-17' }), round('paris', { start: '2026-01-05' }), round('baku', { start: '2026-01-20' })],
    [event('resignation', { date: '2025-11-11' }), event('statement', { date: '2025-11-20' })],
  );

  it('groups oldest first by year then month, keeping the timeline order inside a month', () => {
    const groups = groupByYearAndMonth(items, 'oldest-first');
    expect(
      groups.map((year) => ({
        year: year.year,
        months: year.months.map((month) => ({ key: month.key, name: month.name, ids: month.items.map((item) => item.id) })),
      })),
    ).toEqual([
      {
        year: 2025,
        months: [
          { key: '2025-09', name: 'September', ids: ['2025-09-17-london'] },
          { key: '2025-11', name: 'November', ids: ['2025-11-11-resignation', '2025-11-20-statement'] },
        ],
      },
      { year: 2026, months: [{ key: '2026-01', name: 'January', ids: ['2026-01-05-paris', '2026-01-20-baku'] }] },
    ]);
  });

  it('reverses years, months and items newest first', () => {
    const groups = groupByYearAndMonth(items, 'newest-first');
    expect(
      groups.map((year) => ({
        year: year.year,
        months: year.months.map((month) => ({ key: month.key, ids: month.items.map((item) => item.id) })),
      })),
    ).toEqual([
      { year: 2026, months: [{ key: '2026-01', ids: ['2026-01-20-baku', '2026-01-05-paris'] }] },
      {
        year: 2025,
        months: [
          { key: '2025-11', ids: ['2025-11-20-statement', '2025-11-11-resignation'] },
          { key: '2025-09', ids: ['2025-09-17-london'] },
        ],
      },
    ]);
  });

  it('does not reorder the list it is given', () => {
    const copy = [...items];
    groupByYearAndMonth(items, 'newest-first');
    expect(items).toEqual(copy);
  });

  it('gives no groups for an empty timeline', () => {
    expect(groupByYearAndMonth([], 'oldest-first')).toEqual([]);
  });
});

describe('timelineYears', () => {
  const items = buildTimeline(
    [round('paris', { start: '2026-01-05' }), round('baku', { start: '2025-07-12' })],
    [event('fall', { date: '2023-12-08' }), event('talks', { date: '2025-05-07' })],
  );

  it('has every year from the first entry to the last, with its entries in order and their counts', () => {
    const years = timelineYears(items);
    expect(years.map(({ year, rounds, events }) => [year, rounds, events])).toEqual([
      [2023, 0, 1],
      [2024, 0, 0],
      [2025, 1, 1],
      [2026, 1, 0],
    ]);
    expect(summary(years[2]?.items ?? [])).toEqual(['event:2025-05-07-talks', 'round:2025-07-12-baku']);
  });

  it('has no year for an empty record', () => {
    expect(timelineYears([])).toEqual([]);
  });
});

describe('heldRounds', () => {
  it('keeps only the meetings that took place, oldest first, so the last is the latest even with newer events', () => {
    const items = buildTimeline(
      [
        round('paris', { start: '2026-01-05' }),
        round('amman', { start: '2025-10-13', status: 'postponed' }),
        round('london', { start: '2025-09-17' }),
        round('baku', { start: '2026-06-05', status: 'scheduled' }),
      ],
      [event('strike', { date: '2026-03-10' })],
    );
    expect(heldRounds(items).map((entry) => entry.id)).toEqual(['2025-09-17-london', '2026-01-05-paris']);
  });

  it('has none in a record without a held meeting', () => {
    expect(heldRounds(buildTimeline([], [event('statement', { date: '2026-02-01' })]))).toEqual([]);
  });
});

describe('homeLede and yearLede', () => {
  it('count the rounds and the entries of a year in words a reader expects', () => {
    expect(homeLede(1)).toContain('since the fall of Assad: 1 numbered round, the other contacts');
    expect(yearLede({ year: 2025, rounds: 4, events: 1 })).toBe('4 meetings and 1 context event in 2025, in date order.');
    expect(yearLede({ year: 2024, rounds: 0, events: 0 })).toBe('No meeting or context event of the talks is recorded in 2024.');
  });
});

describe('newestByYear', () => {
  const days = ['2024-12-08', '2025-05-07', '2025-07-24', '2026-01-05'].map((day) => ({ day }));

  it('keeps the newest items grouped by year, newest first, and counts the rest with the years they span', () => {
    expect(newestByYear(days, (item) => item.day, 2)).toEqual({
      shown: [
        { year: 2026, items: [{ day: '2026-01-05' }] },
        { year: 2025, items: [{ day: '2025-07-24' }] },
      ],
      earlier: { count: 2, firstYear: 2024, lastYear: 2025 },
    });
  });

  it('shows everything, and counts nothing, when the list is within the limit', () => {
    const result = newestByYear(days, (item) => item.day, 10);
    expect(result.earlier).toBeUndefined();
    expect(result.shown.flatMap((group) => group.items)).toHaveLength(4);
  });

  it('stays the same size however long the list grows', () => {
    const long = Array.from({ length: 5000 }, (_, i) => ({ day: `${2000 + Math.floor(i / 100)}-01-01` }));
    const result = newestByYear(long, (item) => item.day, 12);
    expect(result.shown.flatMap((group) => group.items)).toHaveLength(12);
    expect(result.earlier).toEqual({ count: 5000 - 12, firstYear: 2000, lastYear: 2049 });
  });
});

describe('yearSpan', () => {
  it('names both years, or one when the span is within a year', () => {
    expect(yearSpan(2003, 2019)).toBe('from 2003 to 2019');
    expect(yearSpan(2025, 2025)).toBe('from 2025');
  });
});

describe('the timeline in the Arabic and Hebrew editions', () => {
  const items = buildTimeline(
    [round('london', { round: 4, start: '2025-09-17' }), round('paris', { round: 5, start: '2026-01-05' })],
    [event('doha', { date: '2025-12-06' })],
    'ar',
  );

  it('names the meeting a pause came after in the edition’s words', () => {
    expect(items.at(-1)).toMatchObject({ gap: { days: 110, after: 'الجولة الرابعة' } });
    const inHebrew = buildTimeline(
      [round('london', { round: 4, start: '2025-09-17' }), round('paris', { round: 5, start: '2026-01-05' })],
      [],
      'he',
    );
    expect(inHebrew.at(-1)).toMatchObject({ gap: { after: 'הסבב הרביעי' } });
  });

  it('names the months in the edition’s words', () => {
    expect(groupByYearAndMonth(items, 'oldest-first', 'ar').flatMap((year) => year.months.map((month) => month.name))).toEqual([
      'سبتمبر',
      'ديسمبر',
      'يناير',
    ]);
    expect(groupByYearAndMonth(items, 'oldest-first', 'he')[0]?.months[0]?.name).toBe('ספטמבר');
  });

  it('opens the home page and a year’s page, counting in each language’s forms', () => {
    expect(homeLede(2, 'ar')).toContain('منذ سقوط الأسد: جولتان مرقّمتان، والاتصالات الأخرى');
    expect(homeLede(5, 'he')).toContain('מאז נפילת אסד: 5 סבבים ממוספרים, שאר המגעים');
    expect(yearLede({ year: 2025, rounds: 4, events: 1 }, 'ar')).toBe('4 اجتماعات وحدث ذو صلة واحد في عام 2025، مرتّبة حسب التاريخ.');
    expect(yearLede({ year: 2025, rounds: 2, events: 12 }, 'he')).toBe('שתי פגישות ו-12 אירועי רקע ב-2025, לפי סדר התאריכים.');
    expect(yearLede({ year: 2023, rounds: 0, events: 0 }, 'he')).toBe('לא תועדו ב-2023 פגישה או אירוע רקע של השיחות.');
  });

  it('says the years a span covers', () => {
    expect([yearSpan(2003, 2019, 'ar'), yearSpan(2025, 2025, 'ar')]).toEqual(['من 2003 إلى 2019', 'من عام 2025']);
    expect([yearSpan(2003, 2019, 'he'), yearSpan(2025, 2025, 'he')]).toEqual(['מ-2003 עד 2019', 'מ-2025']);
  });
});

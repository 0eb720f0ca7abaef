import { afterEach, describe, expect, it } from 'vitest';
import {
  addDaysTo,
  compareByDay,
  datePrecision,
  dayRangeParts,
  daysBetween,
  firstDayOf,
  formatDay,
  formatDayCount,
  formatDayOrMonth,
  formatDayRange,
  monthKeyOf,
  monthName,
  lastDayOf,
  parseDay,
  yearOf,
} from '@/lib/base/dates';

describe('parseDay', () => {
  it('reads a calendar day as midnight of that day in the site zone (UTC)', () => {
    expect(parseDay('2026-01-05').getTime()).toBe(Date.UTC(2026, 0, 5));
  });

  it('reads a month as its first day', () => {
    expect(parseDay('2025-11').getTime()).toBe(Date.UTC(2025, 10, 1));
  });

  it.each(['', 'garbage', '5 January 2026', '2026-13-01', '2026-02-30', '2026-1-5'])('throws a RangeError naming %j', (value) => {
    expect(() => parseDay(value)).toThrow(RangeError);
    expect(() => parseDay(value)).toThrow(`not a calendar day: ${JSON.stringify(value)}`);
  });
});

describe('formatDay', () => {
  it('writes day, month name and year without a leading zero', () => {
    expect(formatDay('2026-01-05')).toBe('5 January 2026');
    expect(formatDay('2025-12-31')).toBe('31 December 2025');
  });

  it('accepts a leap day', () => {
    expect(formatDay('2024-02-29')).toBe('29 February 2024');
  });
});

describe('datePrecision', () => {
  it('tells a day from a month whose day is not known', () => {
    expect(datePrecision('2026-01-06')).toBe('day');
    expect(datePrecision('2026-01')).toBe('month');
  });
});

describe('formatDayOrMonth', () => {
  it('writes a full day when the day is known', () => {
    expect(formatDayOrMonth('2026-01-06')).toBe('6 January 2026');
  });

  it('writes only month and year when only the month is known', () => {
    expect(formatDayOrMonth('2026-01')).toBe('January 2026');
  });
});

describe('formatDayRange', () => {
  it('writes a single day when there is no end', () => {
    expect(formatDayRange('2026-01-05')).toBe('5 January 2026');
  });

  it('writes a single day when the end is the start', () => {
    expect(formatDayRange('2026-01-05', '2026-01-05')).toBe('5 January 2026');
  });

  it('shares month and year within one month', () => {
    expect(formatDayRange('2026-01-05', '2026-01-06')).toBe('5–6 January 2026');
  });

  it('shares the year across months', () => {
    expect(formatDayRange('2025-09-30', '2025-10-02')).toBe('30 September – 2 October 2025');
  });

  it('writes both years across a new year', () => {
    expect(formatDayRange('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
  });

  it('does not merge the same month of different years', () => {
    expect(formatDayRange('2025-01-05', '2026-01-06')).toBe('5 January 2025 – 6 January 2026');
  });
});

describe('dayRangeParts', () => {
  it('gives a single day as one end, with its day and its words', () => {
    expect(dayRangeParts('2026-01-05')).toEqual({ start: { day: '2026-01-05', text: '5 January 2026' } });
    expect(dayRangeParts('2026-01-05', '2026-01-05')).toEqual({ start: { day: '2026-01-05', text: '5 January 2026' } });
  });

  it('gives each end of several days its own day, the first end written without what the last one shares', () => {
    expect(dayRangeParts('2026-01-05', '2026-01-06')).toEqual({
      start: { day: '2026-01-05', text: '5' },
      dash: '–',
      end: { day: '2026-01-06', text: '6 January 2026' },
    });
    expect(dayRangeParts('2025-09-30', '2025-10-02')).toEqual({
      start: { day: '2025-09-30', text: '30 September' },
      dash: ' – ',
      end: { day: '2025-10-02', text: '2 October 2025' },
    });
    expect(dayRangeParts('2025-12-30', '2026-01-02')).toEqual({
      start: { day: '2025-12-30', text: '30 December 2025' },
      dash: ' – ',
      end: { day: '2026-01-02', text: '2 January 2026' },
    });
  });
});

describe('addDaysTo', () => {
  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(addDaysTo('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDaysTo('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysTo('2000-01-03', 7 * 999)).toBe('2019-02-25');
  });
});

describe('daysBetween', () => {
  it('counts whole calendar days', () => {
    expect(daysBetween('2026-01-05', '2026-01-06')).toBe(1);
    expect(daysBetween('2025-09-17', '2025-11-15')).toBe(59);
  });

  it('is zero for the same day', () => {
    expect(daysBetween('2026-01-05', '2026-01-05')).toBe(0);
  });

  it('is negative when the second day is earlier', () => {
    expect(daysBetween('2026-01-06', '2026-01-05')).toBe(-1);
  });

  it('counts across a new year', () => {
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('counts a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('counts the same across a daylight-saving change in the zone of the machine', () => {
    const machineZone = process.env['TZ'];
    try {
      for (const zone of ['Europe/London', 'America/New_York', 'Asia/Jerusalem', 'Pacific/Auckland']) {
        process.env['TZ'] = zone;
        expect(daysBetween('2026-03-28', '2026-03-30'), zone).toBe(2);
        expect(daysBetween('2026-10-24', '2026-11-02'), zone).toBe(9);
        expect(daysBetween('2026-04-04', '2026-04-06'), zone).toBe(2);
      }
    } finally {
      if (machineZone === undefined) Reflect.deleteProperty(process.env, 'TZ');
      else process.env['TZ'] = machineZone;
    }
  });

  it('is not shortened or lengthened by a daylight-saving change', () => {
    // Europe and the US change clocks on these weekends; calendar days ignore it.
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
    expect(daysBetween('2025-11-01', '2025-11-03')).toBe(2);
  });
});

describe('formatDayCount', () => {
  it('is singular for one day', () => {
    expect(formatDayCount(1)).toBe('1 day');
    expect(formatDayCount(-1)).toBe('-1 day');
  });

  it('is plural otherwise', () => {
    expect(formatDayCount(0)).toBe('0 days');
    expect(formatDayCount(2)).toBe('2 days');
    expect(formatDayCount(59)).toBe('59 days');
  });
});

describe('yearOf, monthKeyOf, monthName', () => {
  it('gives the year as a number', () => {
    expect(yearOf('2025-12-31')).toBe(2025);
    expect(yearOf('2026-01-01')).toBe(2026);
  });

  it('gives a sortable zero-padded month key', () => {
    expect(monthKeyOf('2026-01-05')).toBe('2026-01');
    expect(monthKeyOf('2025-12-31')).toBe('2025-12');
  });

  it('names the month of a month key', () => {
    expect(monthName('2026-01')).toBe('January');
    expect(monthName('2025-12')).toBe('December');
  });
});

describe('independence from the process time zone', () => {
  const originalTz = process.env['TZ'];

  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  });

  /** Minutes behind UTC on 5 January 2026 in each zone, to prove the zone really changed. */
  const OFFSETS = { 'Pacific/Kiritimati': -14 * 60, 'America/Los_Angeles': 8 * 60 } as const;

  it.each(Object.keys(OFFSETS) as (keyof typeof OFFSETS)[])('gives the same answers in %s', (zone) => {
    process.env['TZ'] = zone;
    expect(new Date(2026, 0, 5).getTimezoneOffset()).toBe(OFFSETS[zone]);

    expect(parseDay('2026-01-05').getTime()).toBe(Date.UTC(2026, 0, 5));
    expect(formatDay('2026-01-05')).toBe('5 January 2026');
    expect(formatDay('2025-12-31')).toBe('31 December 2025');
    expect(formatDay('2026-01-01')).toBe('1 January 2026');
    expect(formatDayOrMonth('2026-01')).toBe('January 2026');
    expect(formatDayRange('2026-01-05', '2026-01-06')).toBe('5–6 January 2026');
    expect(formatDayRange('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
    expect(formatDayRange('2025-09-30', '2025-10-01')).toBe('30 September – 1 October 2025');
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2025-11-01', '2025-11-03')).toBe(2);
    expect(yearOf('2026-01-01')).toBe(2026);
    expect(yearOf('2025-12-31')).toBe(2025);
    expect(monthKeyOf('2026-01-01')).toBe('2026-01');
    expect(monthKeyOf('2025-12-31')).toBe('2025-12');
    expect(monthName('2026-01')).toBe('January');
  });
});

describe('compareByDay', () => {
  it('orders by day, then by id, whatever the input order', () => {
    const items = [
      { day: '2026-01-05', id: 'b' },
      { day: '2025-09-17', id: 'z' },
      { day: '2026-01-05', id: 'a' },
    ];
    expect([...items].sort(compareByDay).map((item) => `${item.day}/${item.id}`)).toEqual(['2025-09-17/z', '2026-01-05/a', '2026-01-05/b']);
    expect([...items].reverse().sort(compareByDay)).toEqual([...items].sort(compareByDay));
  });
});

describe('firstDayOf and lastDayOf', () => {
  it('give the days a month-only value covers, leap years included', () => {
    expect(firstDayOf('2025-11')).toBe('2025-11-01');
    expect(lastDayOf('2025-11')).toBe('2025-11-30');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
  });

  it('leave a full day as it is', () => {
    expect(firstDayOf('2025-11-05')).toBe('2025-11-05');
    expect(lastDayOf('2025-11-05')).toBe('2025-11-05');
  });
});

describe('formatDayCount in the Arabic and Hebrew editions', () => {
  it('counts days with Arabic’s forms for one, two, a few and many', () => {
    expect([1, 2, 5, 29, 110].map((days) => formatDayCount(days, 'ar'))).toEqual(['يوم واحد', 'يومان', '5 أيام', '29 يومًا', '110 أيام']);
  });

  it('counts days with Hebrew’s forms for one and two', () => {
    expect([1, 2, 59].map((days) => formatDayCount(days, 'he'))).toEqual(['יום אחד', 'יומיים', '59 ימים']);
  });
});

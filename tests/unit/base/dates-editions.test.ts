import { describe, expect, it } from 'vitest';
import { dayRangeParts, formatDay, formatDayOrMonth, formatDayRange, monthName } from '@/lib/base/dates';

describe('dates in each edition', () => {
  it('writes a day as the major news sites of each language do, in Western digits', () => {
    expect(formatDay('2026-01-05', 'en')).toBe('5 January 2026');
    expect(formatDay('2026-01-05', 'ar')).toBe('5 يناير 2026');
    expect(formatDay('2026-01-05', 'he')).toBe('5 בינואר 2026');
  });

  it('writes a month alone, and a month name, without the day', () => {
    expect(formatDayOrMonth('2025-11', 'ar')).toBe('نوفمبر 2025');
    expect(formatDayOrMonth('2025-11', 'he')).toBe('נובמבר 2025');
    expect(monthName('2025-12', 'ar')).toBe('ديسمبر');
  });

  it('shares what the two ends of a range share', () => {
    expect(formatDayRange('2026-01-05', '2026-01-06', 'ar')).toBe('5–6 يناير 2026');
    expect(formatDayRange('2026-01-05', '2026-01-06', 'he')).toBe('5–6 בינואר 2026');
    expect(formatDayRange('2025-12-30', '2026-01-02', 'he')).toBe('30 בדצמבר 2025 – 2 בינואר 2026');
    expect(dayRangeParts('2025-07-30', '2025-08-01', 'ar')).toEqual({
      start: { day: '2025-07-30', text: '30 يوليو' },
      dash: ' – ',
      end: { day: '2025-08-01', text: '1 أغسطس 2025' },
    });
  });
});

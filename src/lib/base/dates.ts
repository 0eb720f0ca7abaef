/**
 * Every date the site shows or computes. The only module that imports date-fns:
 * content dates are calendar days (YYYY-MM-DD), read and written in TIME_ZONE.
 */
import { tz } from '@date-fns/tz';
// One module per function: the package's index loads all 245 of them, a second of every build spent resolving modules.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import { isSameMonth } from 'date-fns/isSameMonth';
import { isSameYear } from 'date-fns/isSameYear';
import { parseISO } from 'date-fns/parseISO';
import { ar } from 'date-fns/locale/ar';
import { enGB } from 'date-fns/locale/en-GB';
import { he } from 'date-fns/locale/he';
import type { Locale as DateLocale } from 'date-fns';
import type { Locale } from '@/lib/base/locales';
import { countIn } from '@/lib/base/numbers';
import { uiStrings } from '@/lib/base/ui';
import { TIME_ZONE } from '@/site';

const inZone = { in: tz(TIME_ZONE) };

/**
 * How each edition writes a day, as the major news sites in its language do: "5 January 2026", "5 يناير 2026" (the
 * month names of Al Jazeera and Al Arabiya, in Western digits), "5 בינואר 2026". The month-only and day-and-month
 * patterns are the same with parts left out.
 */
const DAY_STYLES: Record<Locale, { locale: DateLocale; day: string; dayMonth: string; month: string }> = {
  en: { locale: enGB, day: 'd MMMM yyyy', dayMonth: 'd MMMM', month: 'MMMM yyyy' },
  ar: { locale: ar, day: 'd MMMM yyyy', dayMonth: 'd MMMM', month: 'MMMM yyyy' },
  he: { locale: he, day: "d 'ב'MMMM yyyy", dayMonth: "d 'ב'MMMM", month: 'MMMM yyyy' },
};

/** Days already read: every list of the record reads the same few thousand days again and again. */
const parsedDays = new Map<string, Date>();

/** Reads a YYYY-MM-DD (or YYYY-MM) string as that calendar day in TIME_ZONE. The Date is shared: never change it. */
export function parseDay(day: string): Date {
  let date = parsedDays.get(day);
  if (date === undefined) {
    date = parseISO(day, inZone);
    if (Number.isNaN(date.getTime())) throw new RangeError(`not a calendar day: ${JSON.stringify(day)}`);
    parsedDays.set(day, date);
  }
  return date;
}

/** Formatted days already written: each pattern of each day is formatted once, since time zone rules are costly to apply. */
const formattedDays = new Map<string, string>();

/** A day (or month) in a date-fns pattern, in TIME_ZONE: formatDayAs('2026-01-05', 'd MMMM yyyy') is "5 January 2026". */
function formatDayAs(day: string, pattern: string, locale: Locale = 'en'): string {
  const key = `${locale}|${pattern}|${day}`;
  let text = formattedDays.get(key);
  if (text === undefined) {
    text = format(parseDay(day), pattern, { ...inZone, locale: DAY_STYLES[locale].locale });
    formattedDays.set(key, text);
  }
  return text;
}

/** The calendar day `days` after `day`: addDaysTo('2025-12-30', 3) is '2026-01-02'. */
export function addDaysTo(day: string, days: number): string {
  return format(addDays(parseDay(day), days, inZone), 'yyyy-MM-dd', inZone);
}

/** A day as the edition writes it: "5 January 2026", "5 يناير 2026", "5 בינואר 2026". */
export function formatDay(day: string, locale: Locale = 'en'): string {
  return formatDayAs(day, DAY_STYLES[locale].day, locale);
}

/**
 * How precise a date of the record is: a day (YYYY-MM-DD), or only a month (YYYY-MM) when the day is not known.
 * @example datePrecision('2026-01') // "month"
 */
export function datePrecision(value: string): 'day' | 'month' {
  return /^\d{4}-\d{2}$/.test(value) ? 'month' : 'day';
}

/** A source date: "6 January 2026" for a day, "January 2026" when only the month is known. */
export function formatDayOrMonth(value: string, locale: Locale = 'en'): string {
  return datePrecision(value) === 'month' ? formatDayAs(value, DAY_STYLES[locale].month, locale) : formatDay(value, locale);
}

/** A calendar day and the words a page writes for it. */
export interface WrittenDay {
  day: string;
  text: string;
}

/** A meeting's dates in the pieces a page marks up: one day, or the first day, the dash and the last day. */
export type DayRangeParts = { start: WrittenDay } | { start: WrittenDay; dash: string; end: WrittenDay };

/**
 * A meeting's dates in pieces, each end with its own day, sharing what the two ends share: a page marks each end as a
 * `<time>`, since a range is not a valid `datetime`.
 * @example dayRangeParts('2026-01-05', '2026-01-06') // { start: { day: '2026-01-05', text: '5' }, dash: '–', end: { day: '2026-01-06', text: '6 January 2026' } }
 */
export function dayRangeParts(start: string, end?: string, locale: Locale = 'en'): DayRangeParts {
  if (end === undefined || end === start) return { start: { day: start, text: formatDay(start, locale) } };
  const style = DAY_STYLES[locale];
  const [startPattern, dash] = isSameMonth(parseDay(start), parseDay(end), inZone)
    ? ['d', '–']
    : isSameYear(parseDay(start), parseDay(end), inZone)
      ? [style.dayMonth, ' – ']
      : [style.day, ' – '];
  return {
    start: { day: start, text: formatDayAs(start, startPattern, locale) },
    dash,
    end: { day: end, text: formatDay(end, locale) },
  };
}

/**
 * A meeting's dates, sharing what the two ends share.
 * @example formatDayRange('2026-01-05', '2026-01-06') // "5–6 January 2026"
 * @example formatDayRange('2025-12-30', '2026-01-02') // "30 December 2025 – 2 January 2026"
 */
export function formatDayRange(start: string, end?: string, locale: Locale = 'en'): string {
  const parts = dayRangeParts(start, end, locale);
  return 'end' in parts ? `${parts.start.text}${parts.dash}${parts.end.text}` : parts.start.text;
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 * Two calendar days are the same distance apart in every zone, so this reads
 * them in the machine's own and skips TIME_ZONE's rules, which cost more than
 * the whole timeline's other dates together.
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/**
 * A number of days in an edition's words.
 * @example formatDayCount(59) // "59 days"
 * @example formatDayCount(2, 'ar') // "يومان"
 */
export function formatDayCount(days: number, locale: Locale = 'en'): string {
  return countIn(days, uiStrings(locale).counts.day, locale);
}

/** The year of a day: 2026. */
export function yearOf(day: string): number {
  return Number(formatDayAs(day, 'yyyy'));
}

/** The month of a day as a sortable key: "2026-01". */
export function monthKeyOf(day: string): string {
  return formatDayAs(day, 'yyyy-MM');
}

/** The name of the month a month key names: "January", "يناير", "ינואר". */
export function monthName(monthKey: string, locale: Locale = 'en'): string {
  return formatDayAs(monthKey, 'MMMM', locale);
}

/** The first day a YYYY-MM-DD or YYYY-MM value covers: "2025-11" → "2025-11-01". */
export function firstDayOf(value: string): string {
  return formatDayAs(value, 'yyyy-MM-dd');
}

/** The last day a YYYY-MM-DD or YYYY-MM value covers: "2025-11" → "2025-11-30". */
export function lastDayOf(value: string): string {
  return /^\d{4}-\d{2}$/.test(value) ? format(endOfMonth(parseDay(value), inZone), 'yyyy-MM-dd', inZone) : value;
}

/** Orders dated things by day (YYYY-MM-DD sorts as text), then by id so the order never depends on input order. */
export function compareByDay(a: { day: string; id: string }, b: { day: string; id: string }): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return a.id.localeCompare(b.id);
}

/** The calendar day an instant falls on in TIME_ZONE: the day of the build, for one. */
export function dayOfInstant(instant: Date): string {
  return format(instant, 'yyyy-MM-dd', inZone);
}

/**
 * iCalendar (RFC 5545) as calendar apps read it: a calendar of all-day events,
 * with text escaped, lines folded and ended as the RFC asks.
 */
import { addDaysTo } from './dates';

const CRLF = '\r\n';

/** The longest a content line may be, in octets, before it is folded (RFC 5545 §3.1). */
const LINE_OCTETS = 75;

/** One all-day event, over one or more whole days. */
export interface AllDayEvent {
  /** Unique and stable across versions of the calendar, so an app updates the event instead of adding it again. */
  uid: string;
  /** The day this event's record last changed (YYYY-MM-DD). */
  stamp: string;
  /** The first day (YYYY-MM-DD). */
  start: string;
  /** The last day (YYYY-MM-DD), included. */
  end: string;
  summary: string;
  location: string;
  description: string;
  url: string;
  status: 'CONFIRMED' | 'TENTATIVE';
}

/** A calendar: its product id (who wrote it), its name in calendar apps, and its events. */
export interface Calendar {
  productId: string;
  name: string;
  events: readonly AllDayEvent[];
}

/**
 * A TEXT value with backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11).
 * @example escapeText('Paris, France; day 1') // "Paris\\, France\\; day 1"
 */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** The number of octets a code point takes in UTF-8. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * A content line folded into lines of at most 75 octets, each continuation
 * starting with a space (RFC 5545 §3.1). Lines break between characters,
 * never inside one, so a UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Octets(character.codePointAt(0) ?? 0);
    if (octets + size > LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/**
 * A calendar day as an iCalendar DATE.
 * @example icsDate('2026-01-05') // "20260105"
 */
export function icsDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a calendar day: ${JSON.stringify(day)}`);
  return day.replaceAll('-', '');
}

/** The lines of one event. DTEND is exclusive in iCalendar: the day after the last day. */
function eventLines(event: AllDayEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${icsDate(event.stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
    `DTEND;VALUE=DATE:${icsDate(addDaysTo(event.end, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL;VALUE=URI:${event.url}`,
    `STATUS:${event.status}`,
    // An all-day meeting elsewhere does not make the subscriber busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole calendar as an iCalendar file: every line folded and ended by CRLF. */
export function calendarText(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}${CRLF}`).join('');
}

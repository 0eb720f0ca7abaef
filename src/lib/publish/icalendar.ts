/**
 * iCalendar (RFC 5545) as calendar apps read it: a calendar of all-day events,
 * written by ical-generator, which escapes the text and folds the lines.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { addDaysTo } from '@/lib/base/dates';

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
  /** Confirmed when it is certain, tentative otherwise. */
  status: 'CONFIRMED' | 'TENTATIVE';
}

/** A calendar: who wrote it (the company and product of its product id), its language, its name in calendar apps, and its events. */
export interface Calendar {
  productId: { company: string; product: string };
  /** The language of its text, as the product id names it: "EN", "AR", "HE". */
  language: string;
  name: string;
  events: readonly AllDayEvent[];
}

/**
 * The whole calendar as an iCalendar file. A day written YYYY-MM-DD is read as that day in UTC, and a calendar with
 * no time zone writes its dates in UTC, so no clock zone can move an event to another day. DTEND is exclusive in
 * iCalendar: the day after the last day. ical-generator leaves the last line unended; RFC 5545 ends every line.
 */
export function calendarText(calendar: Calendar): string {
  const writer = ical({
    prodId: { ...calendar.productId, language: calendar.language },
    name: calendar.name,
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of calendar.events) {
    writer.createEvent({
      id: event.uid,
      stamp: `${event.stamp}T00:00:00Z`,
      allDay: true,
      start: event.start,
      end: addDaysTo(event.end, 1),
      summary: event.summary,
      location: event.location,
      description: event.description,
      url: event.url,
      status: ICalEventStatus[event.status],
      // An all-day meeting elsewhere does not make the subscriber busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return `${writer.toString()}\r\n`;
}

/**
 * The record in TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html),
 * so anyone can show the talks on a Knight Lab timeline by pointing it at one address.
 */

import { escapeHtml } from '@/lib/publish/html';

/** A TimelineJS date object: a year, and here always a month and a day too. */
export interface TimelineJsDate {
  year: number;
  month: number;
  day: number;
}

/** TimelineJS's text object; both fields may hold HTML. */
export interface TimelineJsText {
  headline: string;
  text: string;
}

/** A TimelineJS slide: one round or event. */
export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  /** How the date reads on the slide, in the site's own words: "5–6 January 2026". */
  display_date: string;
  text: TimelineJsText;
  /** The row of the timeline's navigation the slide sits in: rounds apart from context events. */
  group: string;
  /** Stable across versions, so a link to a slide (#round-2026-01-05-paris) keeps working. */
  unique_id: string;
}

/** A whole TimelineJS document: its title slide and every slide. */
export interface TimelineJsDocument {
  title: { text: TimelineJsText };
  events: TimelineJsSlide[];
}

/**
 * A calendar day as a TimelineJS date.
 * @example timelineJsDate('2026-01-05') // { year: 2026, month: 1, day: 5 }
 */
export function timelineJsDate(day: string): TimelineJsDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`not a calendar day: ${JSON.stringify(day)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** What a slide is made of, in plain text: the slide escapes it and links the headline. */
export interface SlideSource {
  /** `round` or `event`: the id is unique within its kind only. */
  kind: string;
  id: string;
  group: string;
  start: string;
  end?: string | undefined;
  displayDate: string;
  headline: string;
  /** The absolute address of the page the headline links to. */
  url: string;
  /** Paragraphs of plain text. */
  paragraphs: readonly string[];
}

/** One slide: its headline a link to the page, its text the paragraphs, escaped. */
export function timelineJsSlide(source: SlideSource): TimelineJsSlide {
  return {
    start_date: timelineJsDate(source.start),
    ...(source.end !== undefined && source.end !== source.start ? { end_date: timelineJsDate(source.end) } : {}),
    display_date: source.displayDate,
    text: {
      headline: `<a href="${escapeHtml(source.url)}">${escapeHtml(source.headline)}</a>`,
      text: source.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join(''),
    },
    group: source.group,
    unique_id: `${source.kind}-${source.id}`,
  };
}

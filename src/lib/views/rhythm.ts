/**
 * The rhythm of the talks: every meeting that took place and every context event on a strip of time, drawn in CSS
 * pixels (the strip scrolls on a narrow screen rather than shrink its marks and labels), with the longest pauses
 * between meetings measured.
 */
import { addDaysTo, daysBetween, formatDay, formatDayCount, formatDayOrMonth, monthKeyOf, yearOf } from '@/lib/base/dates';
import { DEFAULT_LOCALE, type Direction, type Locale } from '@/lib/base/locales';
import { countIn } from '@/lib/base/numbers';
import { uiStrings } from '@/lib/base/ui';
import { eventUrl, roundUrl } from '@/lib/base/urls';
import { roundMeetingLabel } from '@/lib/model/round-names';
import { isUpcoming } from '@/lib/model/rounds';
import { heldRounds, type NewestByYear, type TimelineItem } from '@/lib/model/timeline';

/** The strip's width in CSS pixels: the site's text column. */
export const STRIP_WIDTH = 704;
/** Room at each end, so a mark on the first or the newest day is drawn whole. */
const PADDING = 12;
const PLOT_WIDTH = STRIP_WIDTH - 2 * PADDING;

/** The size of a mark and the least distance between two marks' centres in a row: a lane stacks what is closer. */
export const MARK_SIZES = {
  round: { radius: 6, pitch: 15 },
  event: { radius: 4, pitch: 10 },
} as const;

/** A pause label's row height, and an upper estimate of a character's width in its 12 px type. */
const LABEL_ROW = 16;
const LABEL_CHAR_WIDTH = 7;
/** How far a bracket stops short of its meetings, so the brackets of two pauses in a row do not join. */
const BRACKET_INSET = 1.5;
/** The space between a year's line and its label. */
const YEAR_LABEL_GAP = 3;
/** The fewest pixels between month ticks worth drawing, and the most year labels on the axis. */
const MIN_MONTH_SPACING = 8;
const MAX_YEAR_LABELS = 8;

export type MarkKind = 'round' | 'upcoming' | 'event';

/** One meeting or event on the strip: a link to its page, named for a screen reader and a tooltip. */
export interface RhythmMark {
  kind: MarkKind;
  href: string;
  /** "Round 5, Paris, 5–6 January 2026". */
  label: string;
  day: string;
  x: number;
  y: number;
  radius: number;
}

/** A pause between two meetings, drawn as a bracket from the end of one to the start of the next, with its length. */
export interface RhythmPause {
  days: number;
  /** "round four": the meeting the pause came after. */
  after: string;
  /** The bracket: "M… " path data. */
  bracket: string;
  /** "110 days", centred at (labelX, labelY). */
  label: string;
  labelX: number;
  labelY: number;
}

/** The whole strip, in CSS pixels, as the page draws it. */
export interface RhythmStrip {
  width: number;
  height: number;
  marks: RhythmMark[];
  /** The longest pauses between the meetings shown, longest first. */
  pauses: RhythmPause[];
  axis: { y: number; x1: number; x2: number };
  /** Path data of a short tick at each month's start, or '' when months would crowd the axis. */
  monthTicks: string;
  /**
   * A labelled line at each new year (or every few years, on a long strip), its label just after the line in time:
   * to its right in English, to its left in Arabic and Hebrew, where the label's text runs leftward from labelX.
   */
  years: { year: number; x: number; y1: number; y2: number; labelX: number; labelY: number }[];
  /** What the strip leaves out at its start: how many meetings and events, and the years they span. */
  earlier: NewestByYear<unknown>['earlier'];
}

/** One decimal is a tenth of a pixel: all the precision a screen shows, in few bytes. */
const round1 = (value: number): number => Math.round(value * 10) / 10;

/** True for what the strip shows: events, meetings that took place, and meetings announced and still to come. */
function onStrip(item: TimelineItem, today: string): boolean {
  return item.kind === 'event' || item.data.status === 'held' || isUpcoming(item.data, today);
}

/**
 * What a mark's link is called.
 * @example markLabel(round 5 in Paris on 5–6 January 2026) // "Round 5, Paris, 5–6 January 2026"
 * @example markLabel(an event) // "Barrack named special envoy, 23 May 2025"
 */
export function markLabel(item: TimelineItem, today: string, locale: Locale = DEFAULT_LOCALE): string {
  const ui = uiStrings(locale);
  if (item.kind === 'event') return `${item.data.title}${ui.comma}${formatDay(item.day, locale)}`;
  const label = roundMeetingLabel(item.data, locale);
  return isUpcoming(item.data, today) ? `${ui.statuses.upcoming}: ${label}` : label;
}

/**
 * Where a point placed from the left belongs on a strip read in `direction`: the same place left to right, its mirror
 * image right to left, so time runs in the reading direction and the earliest day is where a line begins.
 * @example inDirection(12, 'rtl') // 692
 */
export function inDirection(x: number, direction: Direction): number {
  return direction === 'rtl' ? round1(STRIP_WIDTH - x) : x;
}

/**
 * Where a day falls on the strip: the first day at the left padding, the last at the right, the days between in
 * proportion; a strip of one day puts it in the middle.
 * @example dayPosition('2025-07-02', '2025-01-01', '2025-12-31') // 352: halfway
 */
export function dayPosition(day: string, first: string, last: string): number {
  const span = daysBetween(first, last);
  if (span <= 0) return STRIP_WIDTH / 2;
  return round1(PADDING + (daysBetween(first, day) / span) * PLOT_WIDTH);
}

/**
 * The row of each position in a lane, the positions in order: the lowest row whose last mark is at least `pitch`
 * away, so no two marks overlap however many fall on the same days.
 * @example stackRows([0, 5, 20, 22], 10) // [0, 1, 0, 1]
 */
export function stackRows(positions: readonly number[], pitch: number): number[] {
  const rowEnds: number[] = [];
  return positions.map((x) => {
    const row = rowEnds.findIndex((end) => x - end >= pitch);
    if (row === -1) {
      rowEnds.push(x);
      return rowEnds.length - 1;
    }
    rowEnds[row] = x;
    return row;
  });
}

/** Every held meeting's pause after the one before, from the end of that one: the timeline's own gaps. */
function pausesOf(items: readonly TimelineItem[]): { day: string; days: number; after: string }[] {
  return items.flatMap((item) =>
    item.kind === 'round' && item.gap ? [{ day: item.day, days: item.gap.days, after: item.gap.after }] : [],
  );
}

/**
 * The longest pauses between meetings that took place, longest first; of two as long, the earlier first.
 * @example longestPauses(timeline, 2) // [{ day: '2026-01-05', days: 110, after: 'round four' }, { day: '2025-07-12', days: 46, … }]
 */
export function longestPauses(items: readonly TimelineItem[], count: number): { day: string; days: number; after: string }[] {
  return pausesOf(items)
    .filter((pause) => pause.days > 0)
    .sort((a, b) => b.days - a.days || (a.day < b.day ? -1 : 1))
    .slice(0, count);
}

/**
 * The strip of the newest `limit` meetings and events (the meetings that took place, and those announced and still
 * to come): a time axis from the first of them to the newest day of the record (or of a meeting to come), marks
 * for meetings above it and for events below, each lane stacked where marks crowd, and the `pauseCount` longest
 * pauses between the meetings shown bracketed and labelled. Its size has a bound however long the record grows:
 * `limit` marks, `pauseCount` labels, a few year lines. Time runs in the edition's `direction`: from left to right
 * in English, from right to left in Arabic and Hebrew.
 */
export function rhythmStrip(
  timeline: readonly TimelineItem[],
  {
    newestDay,
    today,
    limit,
    pauseCount,
    direction = 'ltr',
  }: { newestDay: string; today: string; limit: number; pauseCount: number; direction?: Direction },
  locale: Locale = DEFAULT_LOCALE,
): RhythmStrip {
  const items = timeline.filter((item) => onStrip(item, today));
  const shown = items.slice(Math.max(0, items.length - limit));
  const left = items.slice(0, items.length - shown.length);
  const first = shown[0]?.day ?? newestDay;
  const lastShown = shown.at(-1)?.day ?? newestDay;
  const last = lastShown > newestDay ? lastShown : newestDay;
  // Lanes and labels are laid out left to right; `place` puts each finished position in the reading direction.
  const at = (day: string): number => dayPosition(day, first, last);
  const place = (x: number): number => inDirection(x, direction);

  const rounds = shown.filter((item) => item.kind === 'round');
  const events = shown.filter((item) => item.kind === 'event');
  const rowOf = new Map<TimelineItem, number>();
  for (const [lane, { pitch }] of [
    [rounds, MARK_SIZES.round],
    [events, MARK_SIZES.event],
  ] as const) {
    const rows = stackRows(
      lane.map((item) => at(item.day)),
      pitch,
    );
    lane.forEach((item, i) => rowOf.set(item, rows[i] ?? 0));
  }
  const highestRow = (lane: readonly TimelineItem[]): number => Math.max(0, ...lane.map((item) => rowOf.get(item) ?? 0));
  const pauses = placePauses(rounds, first, at, pauseCount, locale);
  const labelRows = pauses.length === 0 ? 0 : Math.max(...pauses.map((pause) => pause.row)) + 1;

  // Top to bottom: pause labels, their brackets, the meetings' lane, the axis, the events' lane, the year labels.
  const bracketY = labelRows * LABEL_ROW + 6;
  const roundsTop = bracketY + 6;
  const axisY = roundsTop + highestRow(rounds) * MARK_SIZES.round.pitch + 2 * MARK_SIZES.round.radius + 4;
  const eventsBottom = axisY + 4 + highestRow(events) * MARK_SIZES.event.pitch + 2 * MARK_SIZES.event.radius;
  const height = eventsBottom + 22;

  const marks = shown.map((item): RhythmMark => {
    const row = rowOf.get(item) ?? 0;
    const { radius, pitch } = MARK_SIZES[item.kind];
    return {
      kind: item.kind === 'event' ? 'event' : isUpcoming(item.data, today) ? 'upcoming' : 'round',
      href: item.kind === 'event' ? eventUrl(item.id) : roundUrl(item.id),
      label: markLabel(item, today, locale),
      day: item.day,
      x: place(at(item.day)),
      y: item.kind === 'event' ? axisY + 4 + radius + row * pitch : axisY - 4 - radius - row * pitch,
      radius,
    };
  });

  const [earliest, latest] = [left[0], left.at(-1)];
  return {
    width: STRIP_WIDTH,
    height,
    marks,
    pauses: pauses.map((pause) => ({
      days: pause.days,
      after: pause.after,
      bracket: `M${place(round1(pause.x1 + BRACKET_INSET))} ${bracketY + 4}V${bracketY}H${place(round1(pause.x2 - BRACKET_INSET))}V${bracketY + 4}`,
      label: pause.label,
      labelX: place(pause.centre),
      labelY: bracketY - 4 - pause.row * LABEL_ROW,
    })),
    axis: { y: axisY, x1: PADDING, x2: STRIP_WIDTH - PADDING },
    monthTicks: monthTicks(first, last, axisY, direction),
    years: yearLines(first, last).map((year) => ({
      year,
      x: place(at(`${year}-01-01`)),
      y1: roundsTop,
      y2: eventsBottom + 6,
      labelX: place(at(`${year}-01-01`) + YEAR_LABEL_GAP),
      labelY: height - 4,
    })),
    earlier: earliest && latest ? { count: left.length, firstYear: yearOf(earliest.day), lastYear: yearOf(latest.day) } : undefined,
  };
}

/**
 * The longest pauses between the meetings on the strip whose both ends are on it, each with its label centred over
 * it (kept inside the strip) and its row: labels that would touch go one above the other.
 */
function placePauses(rounds: readonly TimelineItem[], first: string, at: (day: string) => number, count: number, locale: Locale) {
  const pauses = longestPauses(
    rounds.filter((item) => item.kind === 'round' && item.gap !== undefined && addDaysTo(item.day, -item.gap.days) >= first),
    count,
  ).map((pause) => {
    const [x1, x2] = [at(addDaysTo(pause.day, -pause.days)), at(pause.day)];
    const label = formatDayCount(pause.days, locale);
    const half = (label.length * LABEL_CHAR_WIDTH) / 2;
    return { ...pause, x1, x2, label, centre: round1(Math.min(Math.max((x1 + x2) / 2, PADDING + half), STRIP_WIDTH - PADDING - half)) };
  });
  const widest = Math.max(0, ...pauses.map((pause) => pause.label.length * LABEL_CHAR_WIDTH));
  const byCentre = [...pauses].sort((a, b) => a.centre - b.centre);
  const rows = stackRows(
    byCentre.map((pause) => pause.centre),
    widest + LABEL_CHAR_WIDTH,
  );
  return pauses.map((pause) => ({ ...pause, row: rows[byCentre.indexOf(pause)] ?? 0 }));
}

/** The new years a strip from `first` to `last` crosses, thinned to every few years so their labels never crowd. */
function yearLines(first: string, last: string): number[] {
  const [from, to] = [yearOf(first) + 1, yearOf(last)];
  const step = Math.max(1, Math.ceil((to - from + 1) / MAX_YEAR_LABELS));
  const years: number[] = [];
  for (let year = from; year <= to; year += step) years.push(year);
  return years;
}

/** Path data of a tick at the start of each month after `first`'s, up to `last`; '' when they would crowd. */
function monthTicks(first: string, last: string, axisY: number, direction: Direction): string {
  const [firstYear, firstMonth] = monthKeyOf(first).split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = monthKeyOf(last).split('-').map(Number) as [number, number];
  const months = (lastYear - firstYear) * 12 + (lastMonth - firstMonth);
  if (months === 0 || PLOT_WIDTH / months < MIN_MONTH_SPACING) return '';
  const ticks: string[] = [];
  for (let i = 1; i <= months; i += 1) {
    const index = firstMonth - 1 + i;
    const day = `${firstYear + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
    ticks.push(`M${inDirection(dayPosition(day, first, last), direction)} ${axisY - 3}v6`);
  }
  return ticks.join('');
}

/**
 * The strip's text alternative and visible summary: how many meetings and events, over what span, and the longest
 * pause between meetings; meetings still to come are counted apart, never as held.
 * @example rhythmSummary(timeline, '2026-05-29', '2026-06-01')
 * // "8 meetings and 42 context events from December 2024 to May 2026; the longest pause between meetings, 110 days, came after round four."
 */
export function rhythmSummary(
  timeline: readonly TimelineItem[],
  newestDay: string,
  today: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const { timeline: words, counts } = uiStrings(locale);
  const held = heldRounds(timeline).length;
  const events = timeline.filter((item) => item.kind === 'event').length;
  const upcoming = timeline.filter((item) => item.kind === 'round' && isUpcoming(item.data, today)).length;
  const first = timeline[0]?.day;
  if (first === undefined) return words.rhythm.empty;
  const span = words.rhythm.span(formatDayOrMonth(monthKeyOf(first), locale), formatDayOrMonth(monthKeyOf(newestDay), locale));
  const [longest] = longestPauses(timeline, 1);
  const pause = longest ? words.rhythm.longestPause(formatDayCount(longest.days, locale), longest.after) : '';
  const toCome = upcoming > 0 ? ` ${countIn(upcoming, counts.stillToCome, locale)}` : '';
  return `${words.rhythm.summary(countIn(held, counts.meeting, locale), countIn(events, counts.contextEvent, locale), span, pause)}${toCome}`;
}

import { describe, expect, it } from 'vitest';
import { addDaysTo } from '@/lib/base/dates';
import { buildTimeline } from '@/lib/model/timeline';
import {
  dayPosition,
  inDirection,
  longestPauses,
  MARK_SIZES,
  markLabel,
  rhythmStrip,
  rhythmSummary,
  stackRows,
  STRIP_WIDTH,
  type RhythmMark,
  type RhythmStrip,
} from '@/lib/views/rhythm';
import { RHYTHM_MARK_COUNT } from '@/site';
import { event, round } from '@tests/helpers/fixtures';

const TODAY = '2026-06-01';
const options = { newestDay: '2026-02-14', today: TODAY, limit: 60, pauseCount: 2 };

/** A small record: four held meetings with pauses of 46, 29 and 110 days, one postponed, one to come, two events. */
const timeline = buildTimeline(
  [
    round('baku', { start: '2025-07-12', place: { city: 'Baku', country: 'AZ' } }),
    round('border', { start: '2025-05-27', place: { city: 'Border region', country: ['IL', 'SY'] } }),
    round('paris-postponed', { start: '2025-08-13', status: 'postponed' }),
    round('paris', { round: 3, start: '2025-08-19' }),
    round('london', { round: 4, start: '2025-09-17', place: { city: 'London', country: 'GB' } }),
    round('paris-resumed', { round: 5, start: '2026-01-05', end: '2026-01-06' }),
    round('amman', { round: 6, start: '2026-07-01', status: 'scheduled', place: { city: 'Amman', country: 'JO' } }),
    round('announced-earlier', { start: '2026-03-01', status: 'scheduled' }),
  ],
  [
    event('fall-of-assad', { date: '2024-12-08', title: 'Assad falls' }),
    event('doha-forum', { date: '2025-12-06', title: 'The Doha Forum' }),
  ],
);

/** The value a test needs, or a failure naming what is missing. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
}

const distance = (a: RhythmMark, b: RhythmMark) => Math.hypot(a.x - b.x, a.y - b.y);

/** True when no two marks of the strip overlap. */
function noOverlap(strip: RhythmStrip): boolean {
  return strip.marks.every((a, i) => strip.marks.slice(i + 1).every((b) => distance(a, b) >= a.radius + b.radius));
}

describe('dayPosition', () => {
  it('puts the first day at the left padding, the last at the right, and the days between in proportion', () => {
    const [first, last] = ['2025-01-01', '2025-12-31'];
    const left = dayPosition(first, first, last);
    const right = dayPosition(last, first, last);
    expect(left).toBeGreaterThan(0);
    expect(right).toBe(STRIP_WIDTH - left);
    expect(dayPosition('2025-07-02', first, last)).toBeCloseTo((left + right) / 2, 0);
  });

  it('puts the one day of a strip of one day in the middle', () => {
    expect(dayPosition('2025-01-01', '2025-01-01', '2025-01-01')).toBe(STRIP_WIDTH / 2);
  });
});

describe('stackRows', () => {
  it('puts a mark in the lowest row whose last mark is far enough away', () => {
    expect(stackRows([0, 5, 20, 22], 10)).toEqual([0, 1, 0, 1]);
  });

  it('stacks marks of the same day one above the other', () => {
    expect(stackRows([50, 50, 50], 10)).toEqual([0, 1, 2]);
  });
});

describe('markLabel', () => {
  const item = (id: string) =>
    must(
      timeline.find((entry) => entry.id.endsWith(id)),
      id,
    );

  it('names a numbered round with its city and dates, a contact as such, an event by its title and day', () => {
    expect(markLabel(item('paris-resumed'), TODAY)).toBe('Round 5, Paris, 5–6 January 2026');
    expect(markLabel(item('baku'), TODAY)).toBe('Direct contact, Baku, 12 July 2025');
    expect(markLabel(item('fall-of-assad'), TODAY)).toBe('Assad falls, 8 December 2024');
  });

  it('says a meeting still to come is upcoming', () => {
    expect(markLabel(item('amman'), TODAY)).toBe('Upcoming: Round 6, Amman, 1 July 2026');
  });
});

describe('longestPauses', () => {
  it('lists the pauses between held meetings, longest first, from the end of one to the start of the next', () => {
    expect(longestPauses(timeline, 2)).toEqual([
      { day: '2026-01-05', days: 110, after: 'round four' },
      { day: '2025-07-12', days: 46, after: 'Fixture round' },
    ]);
  });

  it('puts the earlier of two pauses as long first', () => {
    const even = buildTimeline(
      ['2025-01-01', '2025-01-11', '2025-01-21'].map((start, i) => round(`r${i}`, { start })),
      [],
    );
    expect(longestPauses(even, 1)).toEqual([{ day: '2025-01-11', days: 10, after: 'Fixture round' }]);
  });
});

describe('rhythmStrip', () => {
  const strip = rhythmStrip(timeline, options);

  it('marks every held meeting and every event once, in date order, each linked to its page', () => {
    expect(strip.marks.map((mark) => `${mark.kind} ${mark.href}`)).toEqual([
      'event /events/2024-12-08-fall-of-assad/',
      'round /rounds/2025-05-27-border/',
      'round /rounds/2025-07-12-baku/',
      'round /rounds/2025-08-19-paris/',
      'round /rounds/2025-09-17-london/',
      'event /events/2025-12-06-doha-forum/',
      'round /rounds/2026-01-05-paris-resumed/',
      'upcoming /rounds/2026-07-01-amman/',
    ]);
  });

  it('never marks a meeting postponed, cancelled, or announced for a day gone by with no report as held', () => {
    const hrefs = strip.marks.map((mark) => mark.href);
    expect(hrefs).not.toContain('/rounds/2025-08-13-paris-postponed/');
    expect(hrefs).not.toContain('/rounds/2026-03-01-announced-earlier/');
  });

  it('runs the axis from the first mark to the last day, a meeting to come included', () => {
    expect(strip.marks[0]?.x).toBe(strip.axis.x1);
    expect(strip.marks.at(-1)?.x).toBe(strip.axis.x2);
    const xs = strip.marks.map((mark) => mark.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('draws meetings above the axis and events below it, all inside the strip', () => {
    for (const mark of strip.marks) {
      expect(mark.kind === 'event' ? mark.y > strip.axis.y : mark.y < strip.axis.y, mark.href).toBe(true);
      expect(mark.y - mark.radius).toBeGreaterThan(0);
      expect(mark.y + mark.radius).toBeLessThan(strip.height);
    }
  });

  it('labels the longest pauses between the meetings shown with their length, each bracket from meeting to meeting', () => {
    expect(strip.pauses.map((pause) => pause.label)).toEqual(['110 days', '46 days']);
    const [longest] = strip.pauses;
    const london = must(
      strip.marks.find((mark) => mark.href.includes('london')),
      'London mark',
    );
    const resumed = must(
      strip.marks.find((mark) => mark.href.includes('paris-resumed')),
      'Paris mark',
    );
    expect(longest?.labelX).toBeCloseTo((london.x + resumed.x) / 2, 0);
    const [x1, x2] = [...(longest?.bracket ?? '').matchAll(/[MH](-?[\d.]+)/g)].map((match) => Number(match[1]));
    // A bracket stops a pixel or two short of its meetings, so two brackets in a row stay apart.
    expect(Math.abs((x1 ?? 0) - london.x)).toBeLessThanOrEqual(2);
    expect(Math.abs((x2 ?? 0) - resumed.x)).toBeLessThanOrEqual(2);
  });

  it('stacks marks that fall close together, so none overlaps another', () => {
    const crowded = buildTimeline(
      Array.from({ length: 6 }, (_, i) => round(`same-week-${i}`, { start: addDaysTo('2025-03-01', i) })),
      Array.from({ length: 8 }, (_, i) => event(`same-day-${i}`, { date: '2025-03-03' })),
    );
    const result = rhythmStrip(crowded, { ...options, newestDay: '2026-03-01' });
    expect(result.marks).toHaveLength(14);
    expect(noOverlap(result)).toBe(true);
    expect(noOverlap(strip)).toBe(true);
    expect(new Set(result.marks.filter((mark) => mark.kind === 'event').map((mark) => mark.y)).size).toBe(8);
    expect(result.height).toBeGreaterThan(8 * MARK_SIZES.event.pitch);
  });

  it('labels pauses that would touch on different rows', () => {
    const close = buildTimeline(
      ['2025-01-01', '2025-01-20', '2025-02-08', '2025-02-27'].map((start, i) => round(`r${i}`, { start })),
      [],
    );
    const result = rhythmStrip(close, { ...options, newestDay: '2030-01-01', pauseCount: 3 });
    expect(new Set(result.pauses.map((pause) => pause.labelY)).size).toBeGreaterThan(1);
    for (const pause of result.pauses) expect(pause.labelY).toBeGreaterThan(0);
  });

  it('stays the same size however long the record grows: at 1,000 meetings, what it draws depends on its marks alone', () => {
    const rounds = Array.from({ length: 1000 }, (_, i) => round(`round-${i}`, { round: i + 1, start: addDaysTo('2000-01-03', i * 7) }));
    const events = Array.from({ length: 400 }, (_, i) => event(`event-${i}`, { date: addDaysTo('2000-01-05', i * 17) }));
    const everything = buildTimeline(rounds, events);
    const settings = { ...options, limit: RHYTHM_MARK_COUNT, newestDay: must(rounds.at(-1), 'round').data.start };
    const big = rhythmStrip(everything, settings);
    expect(big.marks).toHaveLength(RHYTHM_MARK_COUNT);
    expect(big.marks.at(-1)?.href).toBe(`/rounds/${rounds.at(-1)?.id}/`);
    expect(big.earlier?.count).toBe(1400 - RHYTHM_MARK_COUNT);
    expect(big.pauses.length).toBeLessThanOrEqual(settings.pauseCount);
    expect(big.years.length).toBeLessThanOrEqual(8);
    expect(noOverlap(big)).toBe(true);
    // The strip of the whole record draws exactly what the strip of its newest marks alone draws: nothing else grows.
    const { earlier, ...drawn } = big;
    expect(earlier).toBeDefined();
    const { earlier: none, ...drawnAlone } = rhythmStrip(everything.slice(-RHYTHM_MARK_COUNT), settings);
    expect(none).toBeUndefined();
    expect(drawn).toEqual(drawnAlone);
  });

  it('thins the years on a long strip, and leaves out month ticks that would crowd it', () => {
    const sparse = buildTimeline(
      Array.from({ length: 30 }, (_, i) => round(`year-${i}`, { start: `${1990 + i}-06-01` })),
      [],
    );
    const result = rhythmStrip(sparse, { ...options, newestDay: '2019-06-01' });
    expect(result.years.length).toBeLessThanOrEqual(8);
    expect(must(result.years[1], 'second year').year - must(result.years[0], 'first year').year).toBeGreaterThan(1);
    expect(result.monthTicks).toBe('');
    expect(strip.monthTicks.match(/M/g)).toHaveLength(19);
  });
});

describe('inDirection', () => {
  it('keeps a position left to right and mirrors it across the strip right to left', () => {
    expect(inDirection(12, 'ltr')).toBe(12);
    expect(inDirection(12, 'rtl')).toBe(STRIP_WIDTH - 12);
    expect(inDirection(STRIP_WIDTH / 2, 'rtl')).toBe(STRIP_WIDTH / 2);
  });
});

describe('rhythmStrip read right to left', () => {
  const ltr = rhythmStrip(timeline, options);
  const rtl = rhythmStrip(timeline, { ...options, direction: 'rtl' });
  /** The mirror image of a position across the strip, to the tenth of a pixel the strip is drawn in. */
  const mirror = (x: number) => Math.round((STRIP_WIDTH - x) * 10) / 10;
  const numbersIn = (path: string) => [...path.matchAll(/[MH](-?[\d.]+)/g)].map((match) => Number(match[1]));

  it('puts the earliest mark at the right and the newest at the left, in the same rows', () => {
    expect(rtl.marks[0]?.x).toBe(rtl.axis.x2);
    expect(rtl.marks.at(-1)?.x).toBe(rtl.axis.x1);
    expect(rtl.marks.map((mark) => [mark.href, mirror(mark.x), mark.y])).toEqual(ltr.marks.map((mark) => [mark.href, mark.x, mark.y]));
  });

  it('mirrors the pauses, the month ticks and the year lines, each year labelled on its later side', () => {
    expect(rtl.pauses.map((pause) => [pause.label, mirror(pause.labelX), pause.labelY])).toEqual(
      ltr.pauses.map((pause) => [pause.label, pause.labelX, pause.labelY]),
    );
    expect(rtl.pauses.map((pause) => numbersIn(pause.bracket).map(mirror))).toEqual(ltr.pauses.map((pause) => numbersIn(pause.bracket)));
    expect(numbersIn(rtl.monthTicks).map(mirror)).toEqual(numbersIn(ltr.monthTicks));
    expect(rtl.years.length).toBeGreaterThan(0);
    for (const [i, year] of rtl.years.entries()) {
      expect(year.x).toBe(mirror(ltr.years[i]?.x ?? 0));
      // Right to left, a year's label runs leftward from labelX: it starts just to the left of its line.
      expect(year.labelX).toBeLessThan(year.x);
      expect(ltr.years[i]?.labelX).toBeGreaterThan(ltr.years[i]?.x ?? 0);
    }
  });
});

describe('rhythmSummary', () => {
  it('counts held meetings and events over the record, names the longest pause, and counts meetings to come apart', () => {
    expect(rhythmSummary(timeline, '2026-02-14', TODAY)).toBe(
      '5 meetings and 2 context events from December 2024 to February 2026; the longest pause between meetings, 110 days, came after round four. 1 meeting is announced and still to come.',
    );
  });

  it('names no pause before a second meeting, and says when nothing is recorded', () => {
    const one = buildTimeline([round('paris', { start: '2026-01-05' })], []);
    expect(rhythmSummary(one, '2026-01-05', TODAY)).toBe('1 meeting and 0 context events in January 2026.');
    expect(rhythmSummary([], '', TODAY)).toBe('No meeting or context event is recorded yet.');
  });
});

describe('the rhythm in the Arabic and Hebrew editions', () => {
  const inArabic = buildTimeline(
    [
      round('paris', { round: 3, start: '2025-08-19' }),
      round('london', { round: 4, start: '2025-09-17', place: { city: 'London', country: 'GB' } }),
      round('amman', { round: 6, start: '2026-07-01', status: 'scheduled', place: { city: 'Amman', country: 'JO' } }),
    ],
    [event('fall-of-assad', { date: '2024-12-08', title: 'سقوط الأسد' })],
    'ar',
  );

  it('sums up the strip in Arabic, with its forms for two and for a few, and the pause after a round named in words', () => {
    expect(rhythmSummary(inArabic, '2026-02-14', TODAY, 'ar')).toBe(
      'اجتماعان وحدث ذو صلة واحد من ديسمبر 2024 إلى فبراير 2026؛ وجاءت أطول فترة توقف بين الاجتماعات، 29 يومًا، بعد الجولة الثالثة. وأُعلن عن اجتماع واحد لم يُعقد بعد.',
    );
  });

  it('sums up the strip in Hebrew', () => {
    const inHebrew = buildTimeline([round('paris', { start: '2026-01-05' }), round('london', { start: '2026-01-07' })], [], 'he');
    expect(rhythmSummary(inHebrew, '2026-01-07', TODAY, 'he')).toBe(
      'שתי פגישות ו-0 אירועי רקע בינואר 2026; ההפסקה הארוכה ביותר בין הפגישות, יומיים, באה אחרי Fixture round.',
    );
    expect(rhythmSummary([], '', TODAY, 'he')).toBe('טרם תועדו פגישה או אירוע רקע.');
  });

  it('labels marks and pauses in the edition’s words', () => {
    const [amman] = inArabic.filter((item) => item.id.endsWith('amman'));
    expect(amman && markLabel(amman, TODAY, 'ar')).toBe('مرتقب: الجولة 6، عمّان، 1 يوليو 2026');
    const strip = rhythmStrip(inArabic, { ...options, pauseCount: 1 }, 'ar');
    expect(strip.pauses.map((pause) => pause.label)).toEqual(['29 يومًا']);
    expect(strip.marks.find((mark) => mark.kind === 'event')?.label).toBe('سقوط الأسد، 8 ديسمبر 2024');
  });
});

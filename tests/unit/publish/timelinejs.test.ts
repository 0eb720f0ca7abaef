import { describe, expect, it } from 'vitest';
import { timelineJsDate, timelineJsSlide, type SlideSource } from '@/lib/publish/timelinejs';

const source = (overrides: Partial<SlideSource> = {}): SlideSource => ({
  kind: 'round',
  id: '2026-01-05-paris',
  group: 'Rounds',
  start: '2026-01-05',
  end: '2026-01-06',
  displayDate: '5–6 January 2026',
  headline: 'Fifth round in Paris',
  url: 'https://example.org/rounds/2026-01-05-paris/',
  paragraphs: ['Round 5 · Paris, France', 'A fixture round.'],
  ...overrides,
});

describe('timelineJsDate', () => {
  it('gives the year, the month from 1 and the day as numbers', () => {
    expect(timelineJsDate('2025-12-08')).toEqual({ year: 2025, month: 12, day: 8 });
  });

  it('refuses anything but a calendar day', () => {
    expect(() => timelineJsDate('2025-12')).toThrow(RangeError);
  });
});

describe('timelineJsSlide', () => {
  it('makes the headline a link to the page and each paragraph a <p>, escaped', () => {
    const slide = timelineJsSlide(source({ headline: 'Talks <on> "security" & more', paragraphs: ['One & two', 'Three'] }));
    expect(slide.text).toEqual({
      headline: '<a href="https://example.org/rounds/2026-01-05-paris/">Talks &lt;on&gt; &quot;security&quot; &amp; more</a>',
      text: '<p>One &amp; two</p><p>Three</p>',
    });
  });

  it('gives the dates, the group, the date as it reads and an id unique across rounds and events', () => {
    expect(timelineJsSlide(source())).toMatchObject({
      start_date: { year: 2026, month: 1, day: 5 },
      end_date: { year: 2026, month: 1, day: 6 },
      display_date: '5–6 January 2026',
      group: 'Rounds',
      unique_id: 'round-2026-01-05-paris',
    });
    expect(timelineJsSlide(source({ kind: 'event' })).unique_id).toBe('event-2026-01-05-paris');
  });

  it('has no end date for a single day', () => {
    expect(timelineJsSlide(source({ end: undefined }))).not.toHaveProperty('end_date');
    expect(timelineJsSlide(source({ end: '2026-01-05' }))).not.toHaveProperty('end_date');
  });
});

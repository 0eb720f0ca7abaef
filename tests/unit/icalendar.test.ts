import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarText, escapeText, foldLine, icsDate, type AllDayEvent } from '../../src/lib/icalendar';

const octets = (text: string): number => new TextEncoder().encode(text).length;
const unfold = (text: string): string => text.replaceAll('\r\n ', '');

function event(overrides: Partial<AllDayEvent> = {}): AllDayEvent {
  return {
    uid: '2026-01-05-paris@example.org',
    stamp: '2026-01-08',
    start: '2026-01-05',
    end: '2026-01-06',
    summary: 'Fifth round in Paris',
    location: 'Paris, France',
    description: 'A fixture round.',
    url: 'https://example.org/rounds/2026-01-05-paris/',
    status: 'CONFIRMED',
    ...overrides,
  };
}

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d')).toBe('a\\\\b\\; c\\, d');
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('leaves other text, colons and quotes included, as it is', () => {
    expect(escapeText('Barrack: "talks" – الشيباني')).toBe('Barrack: "talks" – الشيباني');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets or fewer whole', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds a long line into lines of at most 75 octets, each continuation starting with a space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const lines = foldLine(line).split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(octets(lines[0] ?? '')).toBe(75);
    for (const folded of lines) expect(octets(folded)).toBeLessThanOrEqual(75);
    for (const continuation of lines.slice(1)) expect(continuation.startsWith(' ')).toBe(true);
    expect(unfold(foldLine(line))).toBe(line);
  });

  it('never splits a character of two, three or four octets between lines', () => {
    for (const text of ['é', 'ش', 'א', '–', '🕊️']) {
      const line = `SUMMARY:${text.repeat(60)}`;
      const lines = foldLine(line).split('\r\n');
      expect(lines.length, text).toBeGreaterThan(1);
      for (const folded of lines) {
        expect(octets(folded), text).toBeLessThanOrEqual(75);
        // A line cut inside a character would not survive a round trip through UTF-8.
        expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(folded)), text).toBe(folded);
        expect(folded, text).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
      }
      expect(unfold(foldLine(line)), text).toBe(line);
    }
  });
});

describe('icsDate', () => {
  it('writes a calendar day as an iCalendar DATE', () => {
    expect(icsDate('2026-01-05')).toBe('20260105');
  });

  it('refuses anything but a calendar day', () => {
    expect(() => icsDate('2026-01')).toThrow(RangeError);
  });
});

describe('calendarText', () => {
  const calendar = (events: AllDayEvent[]) => calendarText({ productId: '-//Fixture//Rounds//EN', name: 'Fixture: rounds', events });

  it('ends every line with CRLF and holds the calendar properties RFC 5545 asks for', () => {
    const text = calendar([event()]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Fixture//Rounds//EN',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:Fixture: rounds',
    ]) {
      expect(text.split('\r\n')).toContain(line);
    }
  });

  it('writes an all-day event whose end is the day after its last day, across months and years', () => {
    const text = calendar([
      event({ start: '2025-12-30', end: '2026-01-02' }),
      event({ uid: 'one-day@example.org', start: '2025-02-28', end: '2025-02-28' }),
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20251230\r\nDTEND;VALUE=DATE:20260103\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:20250228\r\nDTEND;VALUE=DATE:20250301\r\n');
    expect(text).toContain('DTSTAMP:20260108T000000Z\r\n');
  });

  it('reads back in ical.js with every value as written, escaped text and folded lines included', () => {
    const written = event({
      summary: 'Talks, again; "in Paris" \\ day one',
      location: 'Quai d’Orsay, Paris, France',
      description: `Asaad al-Shaibani (أسعد الشيباني) met Yechiel Leiter (יחיאל לייטר), with US envoy Tom Barrack – a long line.\n\n${'https://example.org/rounds/2026-01-05-paris/'}`,
      status: 'TENTATIVE',
    });
    const [vevent] = new ICAL.Component(ICAL.parse(calendar([written]))).getAllSubcomponents('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe(written.uid);
    expect(parsed.summary).toBe(written.summary);
    expect(parsed.location).toBe(written.location);
    expect(parsed.description).toBe(written.description);
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2026-01-05');
    expect(parsed.endDate.toString()).toBe('2026-01-07');
    expect(vevent.getFirstPropertyValue('url')).toBe(written.url);
    expect(vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });
});

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarText, type AllDayEvent } from '@/lib/publish/icalendar';

const octets = (text: string): number => new TextEncoder().encode(text).length;

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

const calendar = (events: AllDayEvent[]) =>
  calendarText({ productId: { company: 'Fixture', product: 'Rounds' }, language: 'EN', name: 'Fixture: rounds', events });

/** The one VEVENT of a calendar, read back by ical.js. */
function readBack(text: string) {
  const [vevent] = ICAL.Component.fromString(text).getAllSubcomponents('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { vevent, parsed: new ICAL.Event(vevent) };
}

describe('calendarText', () => {
  it('ends every line with CRLF and holds the calendar properties RFC 5545 asks for', () => {
    const text = calendar([event()]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Fixture//Rounds//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
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

  it('keeps every day whatever the clock zone of the machine that writes it', () => {
    const zone = process.env['TZ'];
    try {
      for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env['TZ'] = timeZone;
        expect(calendar([event()]), timeZone).toContain('DTSTART;VALUE=DATE:20260105\r\nDTEND;VALUE=DATE:20260107\r\n');
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('folds long lines at 75 octets, never inside a character, and the folds read back whole', () => {
    const description = 'Asaad al-Shaibani (أسعد الشيباني) met Yechiel Leiter (יחיאל לייטר) 🕊️. '.repeat(4);
    const text = calendar([event({ description })]);
    const lines = text.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(octets(line), line).toBeLessThanOrEqual(75);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line)), line).toBe(line);
    }
    expect(readBack(text).parsed.description).toBe(description);
  });

  it('reads back in ical.js with every value as written, escaped text included, not making the subscriber busy', () => {
    const written = event({
      summary: 'Talks, again; "in Paris" \\ day one',
      location: 'Quai d’Orsay, Paris, France',
      description: 'Two lines.\n\nhttps://example.org/rounds/2026-01-05-paris/',
      status: 'TENTATIVE',
    });
    const { vevent, parsed } = readBack(calendar([written]));
    expect(parsed.uid).toBe(written.uid);
    expect(parsed.summary).toBe(written.summary);
    expect(parsed.location).toBe(written.location);
    expect(parsed.description).toBe(written.description);
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2026-01-05');
    expect(parsed.endDate.toString()).toBe('2026-01-07');
    expect(vevent.getFirstPropertyValue('url')).toBe(written.url);
    expect(vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(vevent.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('writes a calendar in Arabic or Hebrew that names its language and reads back whole, right-to-left text included', () => {
    const written = event({
      summary: 'الجولة الخامسة في باريس، مجددًا',
      location: 'باريس، فرنسا',
      description: 'سطران.\n\nhttps://example.org/ar/rounds/2026-01-05-paris/',
    });
    const text = calendarText({
      productId: { company: 'Fixture', product: 'Rounds' },
      language: 'AR',
      name: 'سجل: الجولات',
      events: [written],
    });
    expect(text.split('\r\n')).toContain('PRODID:-//Fixture//Rounds//AR');
    expect(ICAL.Component.fromString(text).getFirstPropertyValue('x-wr-calname')).toBe('سجل: الجولات');
    const { parsed } = readBack(text);
    expect([parsed.summary, parsed.location, parsed.description]).toEqual([written.summary, written.location, written.description]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  roundDatesLabel,
  roundHeading,
  roundInCity,
  roundLabel,
  roundMeetingLabel,
  roundName,
  roundPlaceLabel,
} from '@/lib/model/round-names';
import { roundData } from '@tests/helpers/fixtures';

const paris = { round: 5, place: { city: 'Paris', country: 'FR' }, start: '2026-01-05', end: '2026-01-06', datedByReport: false };

describe('roundLabel', () => {
  it('labels a numbered round by its number and any other meeting as a direct contact', () => {
    expect(roundLabel({ round: 5 })).toBe('Round 5');
    expect(roundLabel({})).toBe('Direct contact');
  });
});

describe('roundName', () => {
  it('writes a numbered round in words', () => {
    expect(roundName(roundData({ round: 4, title: 'Round four in London' }))).toBe('round four');
  });

  it('writes numbers above twenty as digits', () => {
    expect(roundName(roundData({ round: 21 }))).toBe('round 21');
  });

  it('uses the title of an unnumbered contact', () => {
    expect(roundName(roundData({ title: 'Phone call between envoys' }))).toBe('Phone call between envoys');
  });
});

describe('roundDatesLabel', () => {
  it("gives a meeting's days, sharing what its two ends share", () => {
    expect(roundDatesLabel({ start: '2026-01-05', end: '2026-01-06', datedByReport: false })).toBe('5–6 January 2026');
    expect(roundDatesLabel({ start: '2025-07-24', datedByReport: false })).toBe('24 July 2025');
  });

  it('dates a meeting whose days were never reported by the day of the report, saying so', () => {
    expect(roundDatesLabel({ start: '2025-05-27', datedByReport: true })).toBe('reported on 27 May 2025');
  });
});

describe('roundPlaceLabel', () => {
  it('names a meeting by its label and its city', () => {
    expect(roundPlaceLabel({ round: 5, place: { city: 'Paris', country: 'FR' } })).toBe('Round 5, Paris');
    expect(roundPlaceLabel({ place: { city: 'Baku', country: 'AZ', venue: 'A hotel' } })).toBe('Direct contact, Baku');
  });
});

describe('roundHeading', () => {
  it('names a round by its label, city and dates', () => {
    expect(roundHeading(paris)).toBe('Round 5 · Paris · 5–6 January 2026');
  });
});

describe('roundMeetingLabel', () => {
  it('names a meeting by its label, city and dates', () => {
    expect(roundMeetingLabel(paris)).toBe('Round 5, Paris, 5–6 January 2026');
  });
});

describe('roundInCity', () => {
  it('names a meeting by its label in its city', () => {
    expect(roundInCity(paris)).toBe('Round 5 in Paris');
    expect(roundInCity({ place: { city: 'Baku', country: 'AZ' } })).toBe('Direct contact in Baku');
  });
});

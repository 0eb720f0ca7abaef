/**
 * Every way a round is named: in a heading, a list, a sentence, a citation, a choice, on any page, feed or file, in
 * each edition's words (the English unless a locale is given).
 */
import { formatDayRange, formatDay } from '@/lib/base/dates';
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import type { Round } from '@/lib/record/schemas';

type NamedRound = Pick<Round, 'round'>;
type PlacedRound = Pick<Round, 'round' | 'place'>;
type DatedRound = Pick<Round, 'start' | 'end' | 'datedByReport'>;

/**
 * How a meeting is labelled everywhere: by its press number, or as a direct contact.
 * @example roundLabel({ round: 5 }) // "Round 5"
 */
export function roundLabel(round: NamedRound, locale: Locale = DEFAULT_LOCALE): string {
  return uiStrings(locale).roundLabel(round.round);
}

/**
 * A meeting's city as the edition writes it.
 * @example cityName({ place: { city: 'Paris', country: 'France' } }, 'ar') // "باريس"
 */
export function cityName(round: Pick<Round, 'place'>, locale: Locale = DEFAULT_LOCALE): string {
  return uiStrings(locale).cities[round.place.city] ?? round.place.city;
}

/**
 * A meeting named in a sentence: "round four" for a numbered round, its title for a contact.
 * @example roundName({ round: 4, title: 'Round four in London' }) // "round four"
 */
export function roundName(round: Pick<Round, 'round' | 'title'>, locale: Locale = DEFAULT_LOCALE): string {
  return round.round === undefined ? round.title : uiStrings(locale).roundInSentence(round.round);
}

/**
 * A meeting's dates as every page, feed and file gives them: its days, or for one whose days were never reported,
 * the day it was reported, so no reader takes that day for the meeting's.
 * @example roundDatesLabel({ start: '2026-01-05', end: '2026-01-06', datedByReport: false }) // "5–6 January 2026"
 * @example roundDatesLabel({ start: '2025-05-27', datedByReport: true }) // "reported on 27 May 2025"
 */
export function roundDatesLabel(round: DatedRound, locale: Locale = DEFAULT_LOCALE): string {
  return round.datedByReport
    ? uiStrings(locale).reportedOnDay(formatDay(round.start, locale))
    : formatDayRange(round.start, round.end, locale);
}

/**
 * A meeting named in a list of meetings: its label and its city.
 * @example roundPlaceLabel({ round: 5, place: { city: 'Paris', country: 'FR' } }) // "Round 5, Paris"
 */
export function roundPlaceLabel(round: PlacedRound, locale: Locale = DEFAULT_LOCALE): string {
  return `${roundLabel(round, locale)}${uiStrings(locale).comma}${cityName(round, locale)}`;
}

/**
 * A meeting named with its label, city and dates, as a citation and the rhythm strip give it.
 * @example roundMeetingLabel(paris) // "Round 5, Paris, 5–6 January 2026"
 */
export function roundMeetingLabel(round: PlacedRound & DatedRound, locale: Locale = DEFAULT_LOCALE): string {
  return `${roundPlaceLabel(round, locale)}${uiStrings(locale).comma}${roundDatesLabel(round, locale)}`;
}

/**
 * How a round is named in a comparison's columns, the compare page's choices and a search card's meeting.
 * @example roundHeading(paris) // "Round 5 · Paris · 5–6 January 2026"
 */
export function roundHeading(round: PlacedRound & DatedRound, locale: Locale = DEFAULT_LOCALE): string {
  return `${roundLabel(round, locale)} · ${cityName(round, locale)} · ${roundDatesLabel(round, locale)}`;
}

/**
 * A meeting named in the title of a comparison: its label in its city.
 * @example roundInCity({ round: 5, place: { city: 'Paris', country: 'FR' } }) // "Round 5 in Paris"
 */
export function roundInCity(round: PlacedRound, locale: Locale = DEFAULT_LOCALE): string {
  return uiStrings(locale).inCity(roundLabel(round, locale), cityName(round, locale));
}

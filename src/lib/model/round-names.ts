/** Every way a round is named: in a heading, a list, a sentence, a citation, a choice, on any page, feed or file. */
import { formatDayRange, formatDay } from '@/lib/base/dates';
import { numberInWords } from '@/lib/base/numbers';
import type { Round } from '@/lib/record/schemas';

type NamedRound = Pick<Round, 'round'>;
type PlacedRound = Pick<Round, 'round' | 'place'>;
type DatedRound = Pick<Round, 'start' | 'end' | 'datedByReport'>;

/**
 * How a meeting is labelled everywhere: by its press number, or as a direct contact.
 * @example roundLabel({ round: 5 }) // "Round 5"
 */
export function roundLabel(round: NamedRound): string {
  return round.round === undefined ? 'Direct contact' : `Round ${round.round}`;
}

/**
 * A meeting named in a sentence: "round four" for a numbered round, its title for a contact.
 * @example roundName({ round: 4, title: 'Round four in London' }) // "round four"
 */
export function roundName(round: Pick<Round, 'round' | 'title'>): string {
  return round.round === undefined ? round.title : `round ${numberInWords(round.round)}`;
}

/**
 * A meeting's dates as every page, feed and file gives them: its days, or for one whose days were never reported,
 * the day it was reported, so no reader takes that day for the meeting's.
 * @example roundDatesLabel({ start: '2026-01-05', end: '2026-01-06', datedByReport: false }) // "5–6 January 2026"
 * @example roundDatesLabel({ start: '2025-05-27', datedByReport: true }) // "reported on 27 May 2025"
 */
export function roundDatesLabel(round: DatedRound): string {
  return round.datedByReport ? `reported on ${formatDay(round.start)}` : formatDayRange(round.start, round.end);
}

/**
 * A meeting named in a list of meetings: its label and its city.
 * @example roundPlaceLabel({ round: 5, place: { city: 'Paris', country: 'FR' } }) // "Round 5, Paris"
 */
export function roundPlaceLabel(round: PlacedRound): string {
  return `${roundLabel(round)}, ${round.place.city}`;
}

/**
 * A meeting named with its label, city and dates, as a citation and the rhythm strip give it.
 * @example roundMeetingLabel(paris) // "Round 5, Paris, 5–6 January 2026"
 */
export function roundMeetingLabel(round: PlacedRound & DatedRound): string {
  return `${roundPlaceLabel(round)}, ${roundDatesLabel(round)}`;
}

/**
 * How a round is named in a comparison's columns, the compare page's choices and a search card's meeting.
 * @example roundHeading(paris) // "Round 5 · Paris · 5–6 January 2026"
 */
export function roundHeading(round: PlacedRound & DatedRound): string {
  return `${roundLabel(round)} · ${round.place.city} · ${roundDatesLabel(round)}`;
}

/**
 * A meeting named in the title of a comparison: its label in its city.
 * @example roundInCity({ round: 5, place: { city: 'Paris', country: 'FR' } }) // "Round 5 in Paris"
 */
export function roundInCity(round: PlacedRound): string {
  return `${roundLabel(round)} in ${round.place.city}`;
}

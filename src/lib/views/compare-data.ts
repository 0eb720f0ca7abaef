/**
 * What the build hands the comparison of rounds: which held rounds can be
 * compared, the consecutive pairs that get pages of their own, and each held
 * round written out as the plain data compare-rounds.ts reads, in the pages
 * and in the small file per round the compare page fetches.
 */
import { countryName } from '@/lib/base/countries';
import { daysBetween, yearOf } from '@/lib/base/dates';
import { DEFAULT_LOCALE, localizedPath, type Locale } from '@/lib/base/locales';
import { redLineLabel, sideLabel, SIDES } from '@/lib/base/sides';
import { uiStrings } from '@/lib/base/ui';
import { issueUrl, personUrl, roundUrl, roundSourceUrl } from '@/lib/base/urls';
import { cityName, roundDatesLabel, roundHeading, roundLabel } from '@/lib/model/round-names';
import { attendanceDoubtLabel, attendanceDoubtOf, seatsBySide } from '@/lib/model/rounds';
import { personWithId, issueWithId, type SiteRecord } from '@/lib/model/site-record';
import { judgedHistoryOf } from '@/lib/model/stance-history';
import { heldRounds, type TimelineItem } from '@/lib/model/timeline';
import { type Entry } from '@/lib/record/entries';
import type { Round } from '@/lib/record/schemas';
import type { ComparableRound, ComparisonWords } from '@/lib/views/compare-rounds';

/** Two held rounds, one right after the other. */
export interface RoundPair {
  earlier: Entry<Round>;
  later: Entry<Round>;
}

/** One round as the compare page's selects offer it. */
export interface CompareChoice {
  id: string;
  /** "Round 5 · Paris · 5–6 January 2026" */
  label: string;
  year: number;
}

/** Every held round with the one held just before it, oldest first: one static comparison page each. */
export function consecutivePairs(timeline: readonly TimelineItem[]): RoundPair[] {
  const held = heldRounds(timeline);
  return held.slice(1).map((later, i) => ({ earlier: held[i] as Entry<Round>, later }));
}

/** The held round just before this one, when this one was held and is not the first. */
export function previousHeldRound(timeline: readonly TimelineItem[], id: string): Entry<Round> | undefined {
  return consecutivePairs(timeline).find((pair) => pair.later.id === id)?.earlier;
}

/** The newest `count` consecutive pairs, newest first: the list on the compare page, the same length at any size of the record. */
export function latestPairs(timeline: readonly TimelineItem[], count: number): RoundPair[] {
  return consecutivePairs(timeline).slice(-count).reverse();
}

/**
 * A held round as a select offers it.
 * @example compareChoice(paris) // { id: "2026-01-05-paris", label: "Round 5 · Paris · 5–6 January 2026", year: 2026 }
 */
export function compareChoice(round: Entry<Round>, locale: Locale = DEFAULT_LOCALE): CompareChoice {
  const { data } = round;
  return {
    id: round.id,
    label: roundHeading(data, locale),
    year: yearOf(data.start),
  };
}

/** Every held round, newest first, for the choices file; `count` limits it to the newest for the page's own HTML. */
export function compareChoices(timeline: readonly TimelineItem[], count = Infinity, locale: Locale = DEFAULT_LOCALE): CompareChoice[] {
  return heldRounds(timeline)
    .reverse()
    .slice(0, count)
    .map((round) => compareChoice(round, locale));
}

const EPOCH = '1970-01-01';

/**
 * A held round written out for a comparison: names, titles, dates and source links resolved from the record, and
 * each stance's place in its side's judged history on the issue.
 */
export function comparableRound(
  round: Entry<Round>,
  record: Pick<SiteRecord, 'personById' | 'issueById' | 'rounds'>,
  locale: Locale = DEFAULT_LOCALE,
): ComparableRound {
  const { data } = round;
  // The compare page's script links these itself: each address is already the edition's.
  const inEdition = (path: string) => localizedPath(path, locale);
  return {
    id: round.id,
    url: inEdition(roundUrl(round.id)),
    label: roundLabel(data, locale),
    title: data.title,
    start: data.start,
    dates: roundDatesLabel(data, locale),
    heading: roundHeading(data, locale),
    firstDayNumber: data.datedByReport ? undefined : daysBetween(EPOCH, data.start),
    lastDayNumber: data.datedByReport ? undefined : daysBetween(EPOCH, data.end ?? data.start),
    place: { city: cityName(data, locale), country: countryName(data.place.country, locale), venue: data.place.venue },
    delegations: seatsBySide(data.delegations).map(({ side, seats }) => ({
      side,
      mediating: seats[0]?.as === 'lead-mediator',
      people: seats.map(({ id }) => {
        const doubt = attendanceDoubtOf(data, id)?.doubt;
        return {
          id,
          name: personWithId(record, id).data.name,
          url: inEdition(personUrl(id)),
          doubt: doubt && attendanceDoubtLabel(doubt, locale),
        };
      }),
    })),
    positions: data.positions.map((position) => ({
      side: position.side,
      issue: position.issue,
      issueTitle: issueWithId(record, position.issue).data.title,
      issueUrl: inEdition(issueUrl(position.issue)),
      stance: position.stance,
      redLine: position.redLine,
      judged: judgedHistoryOf(record.rounds, position),
      source: { number: position.source, href: inEdition(roundSourceUrl(round.id, position.source)) },
    })),
  };
}

/**
 * An edition's words for a comparison of rounds, as the pages compare with them and hand them to the compare page's
 * script.
 * @example comparisonWords('ar').changes.new // "جديد"
 */
export function comparisonWords(locale: Locale = DEFAULT_LOCALE): ComparisonWords {
  return {
    ...uiStrings(locale).compare,
    locale,
    redLine: redLineLabel(locale),
    sides: Object.fromEntries(SIDES.map((side) => [side, sideLabel(side, locale)])) as ComparisonWords['sides'],
  };
}

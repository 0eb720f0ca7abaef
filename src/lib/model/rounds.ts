/** Questions asked of the rounds: who led, who took part, what each side said on an issue. */
import { compareByDay, formatDay } from '@/lib/base/dates';
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import { compareSides, sideInSentence, sideLabel, type Side } from '@/lib/base/sides';
import { roleOn } from '@/lib/model/people';
import { roundDatesLabel } from '@/lib/model/round-names';
import { newestSourceDay } from '@/lib/model/updates';
import type { Entry } from '@/lib/record/entries';
import type { AttendanceDoubt, Event, Person, Position, Round, UncertainAttendance } from '@/lib/record/schemas';

/** True for a scheduled round whose last day is `today` or later: the timeline shows it as upcoming. */
export function isUpcoming(round: Pick<Round, 'status' | 'start' | 'end'>, today: string): boolean {
  return round.status === 'scheduled' && (round.end ?? round.start) >= today;
}

/**
 * How a meeting's status reads on `today`, the day of the build. A scheduled
 * meeting is upcoming until its last day; after it, with no report yet, it is
 * only announced for that day.
 * @example roundStatusLabel({ status: 'postponed', start: '2025-10-01' }, '2026-12-02') // "Announced, then postponed"
 * @example roundStatusLabel({ status: 'scheduled', start: '2026-06-05' }, '2026-12-02') // "Announced for 5 June 2026; not yet reported as held"
 */
export function roundStatusLabel(round: Pick<Round, 'status' | 'start' | 'end'>, today: string, locale: Locale = DEFAULT_LOCALE): string {
  const { statuses } = uiStrings(locale);
  if (round.status !== 'scheduled') return statuses[round.status];
  return isUpcoming(round, today) ? statuses.upcoming : statuses.notYetHeld(formatDay(round.start, locale));
}

/**
 * The day a meeting's page is dated by: a meeting that took place, by its
 * first day; one that did not, or not yet (scheduled, postponed, cancelled),
 * by its newest report, never by a day that has not come.
 * @example publishedDay({ status: 'scheduled', start: '2027-01-10', sources: [{ date: '2026-11-30' }] }) // "2026-11-30"
 */
export function publishedDay(round: Pick<Round, 'status' | 'start'> & { sources: readonly { date: string }[] }): string {
  return round.status === 'held' ? round.start : newestSourceDay(round.sources);
}

/** Each side's delegation in the standard side order, head first. */
export function delegationsBySide(delegations: Round['delegations']): { side: Side; people: string[] }[] {
  return (Object.entries(delegations) as [Side, string[] | undefined][])
    .filter((pair): pair is [Side, string[]] => pair[1] !== undefined && pair[1].length > 0)
    .sort(([a], [b]) => compareSides(a, b))
    .map(([side, people]) => ({ side, people }));
}

/** How a person sat at a meeting. */
export type Attendance = 'head' | 'member' | 'lead-mediator' | 'mediator';

/** Every place at a meeting, in the order a key beside a view of attendance explains them. */
export const ATTENDANCE_PLACES: readonly Attendance[] = ['head', 'member', 'lead-mediator', 'mediator'];

/**
 * What a place at a meeting is called, in words: views of attendance never rely on colour.
 * @example attendanceLabel('lead-mediator') // "Lead mediator"
 */
export function attendanceLabel(as: Attendance, locale: Locale = DEFAULT_LOCALE): string {
  return uiStrings(locale).people.attendance[as];
}

/**
 * What a place means, for a key beside a view of attendance.
 * @example attendanceMeaning('member') // "anyone else in that side's delegation"
 */
export function attendanceMeaning(as: Attendance, locale: Locale = DEFAULT_LOCALE): string {
  return uiStrings(locale).people.attendanceMeanings[as];
}

/** The side that mediates the talks: at a meeting with another side, its people are mediators, not a party's delegation. */
export const MEDIATING_SIDE: Side = 'united-states';

/** One person's place at a meeting. */
export interface Seat {
  id: string;
  as: Attendance;
}

/**
 * The one rule for how each person listed for a meeting sat at it, side by side in the standard side order: the first
 * person of a side's delegation is its head, the others members; the mediating side's people, at a meeting with any
 * other side, are its lead mediator (the first listed) and mediators. Alone at a meeting, the mediating side is a
 * delegation like any other.
 * @example seatsBySide({ israel: ['ron-dermer'], 'united-states': ['tom-barrack'] })
 * // [{ side: 'israel', seats: [{ id: 'ron-dermer', as: 'head' }] }, { side: 'united-states', seats: [{ id: 'tom-barrack', as: 'lead-mediator' }] }]
 */
export function seatsBySide(delegations: Round['delegations']): { side: Side; seats: Seat[] }[] {
  const bySide = delegationsBySide(delegations);
  const mediated = bySide.length > 1;
  return bySide.map(({ side, people }) => {
    const mediating = mediated && side === MEDIATING_SIDE;
    const seatAt = (i: number): Attendance => (mediating ? (i === 0 ? 'lead-mediator' : 'mediator') : i === 0 ? 'head' : 'member');
    return { side, seats: people.map((id, i) => ({ id, as: seatAt(i) })) };
  });
}

/**
 * How each person listed for a meeting sat at it, by `seatsBySide`. The record check lists each person for their own
 * side only, so each has one place.
 * @example attendanceAt({ israel: ['ron-dermer'], 'united-states': ['tom-barrack'] })
 * // Map { 'ron-dermer' => 'head', 'tom-barrack' => 'lead-mediator' }
 */
export function attendanceAt(delegations: Round['delegations']): Map<string, Attendance> {
  return new Map(seatsBySide(delegations).flatMap(({ seats }) => seats.map((seat): [string, Attendance] => [seat.id, seat.as])));
}

/**
 * Who led at a meeting: the head of each party's delegation and the lead mediator, in the standard side order.
 * @example leadsOf({ syria: ['asaad-al-shaibani', 'hussein-al-salama'], 'united-states': ['tom-barrack'] })
 * // [{ side: 'syria', id: 'asaad-al-shaibani', as: 'head' }, { side: 'united-states', id: 'tom-barrack', as: 'lead-mediator' }]
 */
export function leadsOf(delegations: Round['delegations']): { side: Side; id: string; as: 'head' | 'lead-mediator' }[] {
  return seatsBySide(delegations).flatMap(({ side, seats }) => {
    const first = seats[0];
    return first && (first.as === 'head' || first.as === 'lead-mediator') ? [{ side, id: first.id, as: first.as }] : [];
  });
}

/**
 * A place at a meeting as a note beside a name in a delegation's list, where it tells the reader something: a
 * mediator's place always, a head's only in a delegation of several, a member's never; in an edition's words.
 * @example seatNote('head', 3) // "head"
 * @example seatNote('head', 1) // undefined
 * @example seatNote('lead-mediator', 1) // "lead mediator"
 * @example seatNote('head', 3, 'ar') // "رئيس الوفد"
 */
export function seatNote(as: Attendance, delegationSize: number, locale: Locale = DEFAULT_LOCALE): string | undefined {
  if (as === 'member' || (as === 'head' && delegationSize < 2)) return undefined;
  return attendanceLabel(as, locale).toLowerCase();
}

/**
 * A place at a meeting as a person's page lists it.
 * @example seatRole('head', 'syria') // "Head of the delegation of Syria"
 * @example seatRole('lead-mediator', 'united-states') // "Lead mediator for the United States"
 */
export function seatRole(as: Attendance, side: Side, locale: Locale = DEFAULT_LOCALE): string {
  const words = uiStrings(locale).people;
  switch (as) {
    case 'head':
      return words.headOf(sideLabel(side, locale));
    case 'member':
      return words.memberOf(sideLabel(side, locale));
    default:
      return words.mediatorFor(attendanceLabel(as, locale), sideInSentence(side, locale));
  }
}

/**
 * How a doubt about a delegate's presence reads beside their name, wherever attendance is shown or counted.
 * @example attendanceDoubtLabel('one-source') // "attendance reported by one source only"
 */
export function attendanceDoubtLabel(doubt: AttendanceDoubt, locale: Locale = DEFAULT_LOCALE): string {
  return uiStrings(locale).people.doubts[doubt];
}

/**
 * What a doubt means, for a key beside a view of attendance.
 * @example attendanceDoubtMeaning('one-source') // "a single report places the person at the meeting, …"
 */
export function attendanceDoubtMeaning(doubt: AttendanceDoubt, locale: Locale = DEFAULT_LOCALE): string {
  return uiStrings(locale).people.doubtMeanings[doubt];
}

/**
 * A doubt about a delegate's presence in words, in an edition's language, for text with no room for a footnote
 * (feeds, structured data); the note is the record's, in the edition's language where translated.
 * @example attendanceDoubtSentence({ doubt: 'one-source', note: 'Only Ynet places him in Baku.' }) // "Attendance reported by one source only. Only Ynet places him in Baku."
 */
export function attendanceDoubtSentence(doubt: Pick<UncertainAttendance, 'doubt' | 'note'>, locale: Locale = DEFAULT_LOCALE): string {
  return `${attendanceDoubtLead(doubt.doubt, locale)}. ${doubt.note}`;
}

/**
 * A doubt's label as the start of a sentence.
 * @example attendanceDoubtLead('reports-differ') // "Reports differ on attendance"
 */
export function attendanceDoubtLead(doubt: AttendanceDoubt, locale: Locale = DEFAULT_LOCALE): string {
  const label = attendanceDoubtLabel(doubt, locale);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
}

/**
 * What the record holds against a delegate's presence at a round, if anything.
 * @example attendanceDoubtOf({ uncertainAttendance: [{ person: 'tzachi-hanegbi', doubt: 'one-source', note: '…', sources: [4] }] }, 'tzachi-hanegbi')?.doubt // "one-source"
 */
export function attendanceDoubtOf(round: Pick<Round, 'uncertainAttendance'>, personId: string): UncertainAttendance | undefined {
  return round.uncertainAttendance.find((doubt) => doubt.person === personId);
}

/** One delegate as a round page lists them. */
export interface Delegate {
  id: string;
  name: string;
  /** Their place at the meeting as a note beside the name, where it tells the reader something (see `seatNote`). */
  seat: string | undefined;
  /** The role they held on the day of the round, when the record knows one. */
  role: string | undefined;
  /** Set when the sources do not settle that they were there. */
  doubt: UncertainAttendance | undefined;
}

/**
 * Each side's delegation as a round page lists it: sides in the standard order, head first, with names, roles on the
 * day of the round, any doubt about their presence, and their place in an edition's words.
 */
export function delegatesBySide(
  round: Pick<Round, 'delegations' | 'start' | 'uncertainAttendance'>,
  personById: ReadonlyMap<string, Entry<Person>>,
  locale: Locale = DEFAULT_LOCALE,
): { side: Side; delegates: Delegate[] }[] {
  return seatsBySide(round.delegations).map(({ side, seats }) => ({
    side,
    delegates: seats.map(({ id, as }) => {
      const person = personById.get(id);
      return {
        id,
        name: person?.data.name ?? id,
        seat: seatNote(as, seats.length, locale),
        role: person ? roleOn(person.data.roles, round.start)?.title : undefined,
        doubt: attendanceDoubtOf(round, id),
      };
    }),
  }));
}

/** A round's positions grouped by side, in the standard side order. */
export function positionsBySide(positions: readonly Position[]): { side: Side; positions: Position[] }[] {
  const sides = [...new Set(positions.map((position) => position.side))].sort(compareSides);
  return sides.map((side) => ({ side, positions: positions.filter((position) => position.side === side) }));
}

/** One appearance of a person in the record. */
export interface Appearance {
  kind: 'round' | 'event';
  id: string;
  day: string;
  /** How its date reads: a round's days, or the day it was reported when they never were (see roundDatesLabel); an event's day. */
  when: string;
  title: string;
  /** "Delegation of Syria", "Lead mediator for the United States", or "Named in this event". */
  as: string;
  /** For a round, set when the sources do not settle that the person was there. */
  doubt?: UncertainAttendance;
}

/**
 * For every person, each round they sat in a delegation for and each event
 * they are named in, oldest first; read in one pass over the record.
 */
export function appearancesByPerson(
  rounds: readonly Entry<Round>[],
  events: readonly Entry<Event>[],
  locale: Locale = DEFAULT_LOCALE,
): Map<string, Appearance[]> {
  const byPerson = new Map<string, Appearance[]>();
  const add = (personId: string, appearance: Appearance) => {
    const list = byPerson.get(personId);
    if (list) list.push(appearance);
    else byPerson.set(personId, [appearance]);
  };
  // Only a meeting that took place counts: a delegation named for one announced, postponed or cancelled attended nothing.
  for (const round of rounds.filter((each) => each.data.status === 'held')) {
    for (const { side, seats } of seatsBySide(round.data.delegations)) {
      for (const { id: personId, as } of seats) {
        const doubt = attendanceDoubtOf(round.data, personId);
        add(personId, {
          kind: 'round',
          id: round.id,
          day: round.data.start,
          when: roundDatesLabel(round.data, locale),
          title: round.data.title,
          as: seatRole(as, side, locale),
          ...(doubt ? { doubt } : {}),
        });
      }
    }
  }
  for (const event of events) {
    for (const personId of event.data.people) {
      add(personId, {
        kind: 'event',
        id: event.id,
        day: event.data.date,
        when: formatDay(event.data.date, locale),
        title: event.data.title,
        as: uiStrings(locale).people.namedInEvent,
      });
    }
  }
  for (const list of byPerson.values()) list.sort(compareByDay);
  return byPerson;
}

/** People grouped by side, each group sorted by name. */
export function peopleBySide<T extends { data: Person }>(people: readonly T[]): { side: Side; people: T[] }[] {
  const sides = [...new Set(people.map((person) => person.data.side))].sort(compareSides);
  return sides.map((side) => ({
    side,
    people: people.filter((person) => person.data.side === side).sort((a, b) => a.data.name.localeCompare(b.data.name)),
  }));
}

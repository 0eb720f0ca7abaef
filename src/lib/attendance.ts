/** Who was in the room: each person's place at each meeting that took place, for the grid of /delegations/. */
import type { AttendanceDoubt, Person, Round } from '../schemas';
import { yearOf } from './dates';
import { personWithId, type Entry } from './record';
import { heldRoundsInOrder } from './stance-history';
import { attendanceDoubtOf, delegationsBySide, peopleBySide } from './rounds';
import type { Side } from './sides';
import type { NewestByYear } from './timeline';

/** How a person sat at a meeting. */
export type Attendance = 'head' | 'member' | 'lead-mediator' | 'mediator';

/** What a cell of the grid says, in words: the grid never relies on colour. */
export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  head: 'Head',
  member: 'Member',
  'lead-mediator': 'Lead mediator',
  mediator: 'Mediator',
};

/** What each mark means, for the key beside the grid. */
export const ATTENDANCE_MEANINGS: Record<Attendance, string> = {
  head: "the first person the record lists in a side's delegation",
  member: "anyone else in that side's delegation",
  'lead-mediator': "the first of the United States' people at a meeting with another side: the United States mediates the talks",
  mediator: "the United States' other people at such a meeting",
};

/** The side that mediates the talks: at a meeting with another side, its people are mediators, not a party's delegation. */
const MEDIATING_SIDE: Side = 'united-states';

/**
 * How each person listed for a meeting sat at it: the first person of a side's delegation is its head, the others
 * members; the mediating side's people, at a meeting with any other side, are its lead mediator (the first listed)
 * and mediators. Alone at a meeting, the mediating side is a delegation like any other.
 * @example attendanceAt({ israel: ['ron-dermer'], 'united-states': ['tom-barrack'] })
 * // Map { 'ron-dermer' => 'head', 'tom-barrack' => 'lead-mediator' }
 */
export function attendanceAt(delegations: Round['delegations']): Map<string, Attendance> {
  const bySide = delegationsBySide(delegations);
  const mediated = bySide.some(({ side }) => side === MEDIATING_SIDE) && bySide.length > 1;
  const attendance = new Map<string, Attendance>();
  for (const { side, people } of bySide) {
    const mediating = mediated && side === MEDIATING_SIDE;
    people.forEach((id, i) => {
      // A person listed for two sides keeps their place in the first, in the standard side order.
      if (attendance.has(id)) return;
      attendance.set(id, mediating ? (i === 0 ? 'lead-mediator' : 'mediator') : i === 0 ? 'head' : 'member');
    });
  }
  return attendance;
}

/** How a person sat at a meeting, and, where the sources do not settle that they were there, why not. */
export interface AttendanceMark {
  as: Attendance;
  doubt: AttendanceDoubt | undefined;
}

/** One person's row: how they sat at each meeting of the grid, in the columns' order; undefined where not listed. */
export interface AttendanceRow {
  id: string;
  name: string;
  marks: (AttendanceMark | undefined)[];
}

/** The grid of /delegations/: a column per meeting shown, a row per person who sat at one, grouped by side. */
export interface AttendanceGrid {
  /** The newest meetings that took place, oldest first. */
  rounds: Entry<Round>[];
  /** The people of those meetings, by their own side in the standard side order, each side's by name. */
  sides: { side: Side; people: AttendanceRow[] }[];
  /** The meetings that took place before the ones shown: how many, and the years they span. */
  earlier: NewestByYear<unknown>['earlier'];
}

/**
 * Who sat at the newest `limit` meetings that took place, and as what. Only held meetings count: a delegation named
 * for a meeting announced, postponed or cancelled attended nothing. Only the people of the meetings shown have a row,
 * so the grid is at most `limit` columns wide however long the record grows.
 */
export function attendanceGrid(
  rounds: readonly Entry<Round>[],
  personById: ReadonlyMap<string, Entry<Person>>,
  limit: number,
): AttendanceGrid {
  const held = heldRoundsInOrder(rounds);
  const shown = held.slice(Math.max(0, held.length - limit));
  const left = held.slice(0, held.length - shown.length);
  const columns = shown.map(
    (round) =>
      new Map(
        [...attendanceAt(round.data.delegations)].map(([id, as]): [string, AttendanceMark] => [
          id,
          { as, doubt: attendanceDoubtOf(round.data, id)?.doubt },
        ]),
      ),
  );
  const ids = [...new Set(columns.flatMap((column) => [...column.keys()]))];
  const people = ids.map((id) => personWithId({ personById }, id));
  const [first, last] = [left[0], left.at(-1)];
  return {
    rounds: shown,
    sides: peopleBySide(people).map(({ side, people: members }) => ({
      side,
      people: members.map((person) => ({ id: person.id, name: person.data.name, marks: columns.map((column) => column.get(person.id)) })),
    })),
    earlier: first && last ? { count: left.length, firstYear: yearOf(first.data.start), lastYear: yearOf(last.data.start) } : undefined,
  };
}

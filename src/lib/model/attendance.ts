/** Who was in the room: each person's place at each meeting that took place, for the grid of /delegations/. */
import { yearOf } from '@/lib/base/dates';
import type { Side } from '@/lib/base/sides';
import { attendanceAt, attendanceDoubtOf, peopleBySide, type Attendance } from '@/lib/model/rounds';
import { personWithId } from '@/lib/model/site-record';
import { heldRoundsInOrder } from '@/lib/model/stance-history';
import type { NewestByYear } from '@/lib/model/timeline';
import { type Entry } from '@/lib/record/entries';
import type { AttendanceDoubt, Person, Round } from '@/lib/record/schemas';

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

import { describe, expect, it } from 'vitest';
import { addDaysTo } from '@/lib/base/dates';
import { attendanceGrid, type AttendanceMark } from '@/lib/model/attendance';
import type { Attendance } from '@/lib/model/rounds';
import type { Entry } from '@/lib/record/entries';
import type { AttendanceDoubt, Person } from '@/lib/record/schemas';
import { person, round } from '@tests/helpers/fixtures';

const people = (...entries: Entry<Person>[]) => new Map(entries.map((entry) => [entry.id, entry]));
const mark = (as: Attendance, doubt?: AttendanceDoubt): AttendanceMark => ({ as, doubt });

describe('attendanceGrid', () => {
  const dermer = person('ron-dermer', { name: 'Ron Dermer', side: 'israel' });
  const leiter = person('yechiel-leiter', { name: 'Yechiel Leiter', side: 'israel' });
  const shaibani = person('asaad-al-shaibani', { name: 'Asaad al-Shaibani', side: 'syria' });
  const barrack = person('tom-barrack', { name: 'Tom Barrack', side: 'united-states' });
  const byId = people(dermer, leiter, shaibani, barrack);

  it('has a column per held meeting, oldest first, and a row per person who sat at one, by side then by name', () => {
    const grid = attendanceGrid(
      [
        round('paris', { start: '2026-01-05', delegations: { israel: ['yechiel-leiter'], 'united-states': ['tom-barrack'] } }),
        round('london', { start: '2025-09-17', delegations: { syria: ['asaad-al-shaibani'], israel: ['ron-dermer'] } }),
      ],
      byId,
      10,
    );
    expect(grid.rounds.map((entry) => entry.id)).toEqual(['2025-09-17-london', '2026-01-05-paris']);
    expect(grid.sides).toEqual([
      {
        side: 'israel',
        people: [
          { id: 'ron-dermer', name: 'Ron Dermer', marks: [mark('head'), undefined] },
          { id: 'yechiel-leiter', name: 'Yechiel Leiter', marks: [undefined, mark('head')] },
        ],
      },
      { side: 'syria', people: [{ id: 'asaad-al-shaibani', name: 'Asaad al-Shaibani', marks: [mark('head'), undefined] }] },
      { side: 'united-states', people: [{ id: 'tom-barrack', name: 'Tom Barrack', marks: [undefined, mark('lead-mediator')] }] },
    ]);
    expect(grid.earlier).toBeUndefined();
  });

  it('never counts a meeting that was scheduled, postponed or cancelled as attended', () => {
    const grid = attendanceGrid(
      [
        round('london', { start: '2025-09-17', delegations: { israel: ['ron-dermer'] } }),
        ...(['scheduled', 'postponed', 'cancelled'] as const).map((status, i) =>
          round(status, { start: `2026-0${i + 1}-10`, status, delegations: { israel: ['yechiel-leiter'], syria: ['asaad-al-shaibani'] } }),
        ),
      ],
      byId,
      10,
    );
    expect(grid.rounds.map((entry) => entry.id)).toEqual(['2025-09-17-london']);
    expect(grid.sides.flatMap((group) => group.people.map((row) => row.id))).toEqual(['ron-dermer']);
  });

  it('shows only the latest meetings, counts the earlier ones by year, and lists only the people of those shown', () => {
    const grid = attendanceGrid(
      [
        round('baku', { start: '2024-07-31', delegations: { syria: ['asaad-al-shaibani'] } }),
        round('london', { start: '2025-09-17', delegations: { israel: ['ron-dermer'] } }),
        round('paris', { start: '2026-01-05', delegations: { israel: ['yechiel-leiter'] } }),
      ],
      byId,
      1,
    );
    expect(grid.rounds.map((entry) => entry.id)).toEqual(['2026-01-05-paris']);
    expect(grid.earlier).toEqual({ count: 2, firstYear: 2024, lastYear: 2025 });
    expect(grid.sides).toEqual([{ side: 'israel', people: [{ id: 'yechiel-leiter', name: 'Yechiel Leiter', marks: [mark('head')] }] }]);
  });

  it('marks a presence the sources do not settle with its doubt, at that meeting only', () => {
    const doubt = { person: 'ron-dermer', doubt: 'one-source' as const, note: 'Only one report places him there.', sources: [1] };
    const grid = attendanceGrid(
      [
        round('london', { start: '2025-09-17', delegations: { israel: ['ron-dermer'] }, uncertainAttendance: [doubt] }),
        round('paris', { start: '2026-01-05', delegations: { israel: ['ron-dermer'] } }),
      ],
      byId,
      10,
    );
    expect(grid.sides[0]?.people[0]?.marks).toEqual([mark('head', 'one-source'), mark('head')]);
  });

  it('stays the same size however long the record grows: at 1,000 meetings, the limit in columns and their people in rows', () => {
    const crowd = Array.from({ length: 300 }, (_, i) => person(`person-${i}`, { side: i % 2 === 0 ? 'israel' : 'syria' }));
    const rounds = Array.from({ length: 1000 }, (_, i) =>
      round(`round-${i}`, {
        start: addDaysTo('2000-01-03', i * 7),
        delegations: { israel: [`person-${(i * 2) % 300}`], syria: [`person-${(i * 2 + 1) % 300}`, `person-${(i * 2 + 3) % 300}`] },
      }),
    );
    const grid = attendanceGrid(rounds, people(...crowd), 10);
    expect(grid.rounds).toHaveLength(10);
    expect(grid.rounds.at(-1)?.id).toBe(rounds.at(-1)?.id);
    expect(grid.earlier?.count).toBe(990);
    const rows = grid.sides.flatMap((group) => group.people);
    // Three people a meeting, some of them at two of the ten: never more rows than seats.
    expect(rows.length).toBeLessThanOrEqual(30);
    for (const row of rows) {
      expect(row.marks).toHaveLength(10);
      expect(row.marks.some((mark) => mark !== undefined)).toBe(true);
    }
  });

  it('names a person the record lacks rather than draw an empty row', () => {
    expect(() => attendanceGrid([round('paris', { delegations: { israel: ['nobody'] } })], byId, 10)).toThrow('no person "nobody"');
  });
});

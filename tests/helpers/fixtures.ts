/** Small typed builders for content entries, shared by the unit tests. */
import type { Entry } from '@/lib/record/entries';
import type { Event, Issue, Note, Person, Position, Round, Source } from '@/lib/record/schemas';

export function source(overrides: Partial<Source> = {}): Source {
  return { publisher: 'Fixture Wire', title: 'Fixture headline', date: '2026-01-05', dateInferred: false, ...overrides };
}

export function position(overrides: Partial<Position> = {}): Position {
  return { side: 'israel', issue: 'buffer-zone', stance: 'A fixture stance.', redLine: false, conflictsWith: [], source: 1, ...overrides };
}

export function roundData(overrides: Partial<Round> = {}): Round {
  return {
    title: 'Fixture round',
    start: '2026-01-05',
    place: { city: 'Paris', country: 'FR' },
    summary: 'A fixture round.',
    delegations: {},
    issues: [],
    positions: [],
    readouts: [],
    uncertainAttendance: [],
    sources: [source()],
    confirmedBy: [],
    status: 'held',
    datedByReport: false,
    updates: [],
    ...overrides,
  };
}

/** A round entry whose id is `<start>-<slug>`, as content files are named. */
export function round(slug: string, overrides: Partial<Round> = {}): Entry<Round> {
  const data = roundData(overrides);
  return { id: `${data.start}-${slug}`, data };
}

export function eventData(overrides: Partial<Event> = {}): Event {
  return {
    title: 'Fixture event',
    date: '2025-11-11',
    summary: 'A fixture event.',
    people: [],
    issues: [],
    sources: [source()],
    updates: [],
    ...overrides,
  };
}

export function event(slug: string, overrides: Partial<Event> = {}): Entry<Event> {
  const data = eventData(overrides);
  return { id: `${data.date}-${slug}`, data };
}

export function person(id: string, overrides: Partial<Person> = {}): Entry<Person> {
  return {
    id,
    data: {
      name: id,
      aliases: [],
      nativeNames: [],
      side: 'israel',
      roles: [{ title: 'Fixture role' }],
      sources: [source()],
      updates: [],
      ...overrides,
    },
  };
}

export function issue(id: string, overrides: Partial<Issue> = {}): Entry<Issue> {
  return { id, data: { title: id, summary: 'A fixture issue.', aliases: [], sources: [source()], updates: [], ...overrides } };
}

export function note(id: string, overrides: Partial<Note> = {}): Entry<Note> {
  return { id, data: { title: id, summary: 'A fixture note.', sources: [source()], updates: [], ...overrides } };
}

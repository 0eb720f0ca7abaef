/**
 * What each page tells the search index about itself: the facets a reader
 * filters by, the facts shown beside a result, the date it sorts by, and the
 * other spellings of the names on it.
 */
import { countryName } from '@/lib/base/countries';
import { formatDay, yearOf } from '@/lib/base/dates';
import { DEFAULT_LOCALE, editionOf, type Locale } from '@/lib/base/locales';
import { compareSides, sideLabel, type Side } from '@/lib/base/sides';
import { uiStrings } from '@/lib/base/ui';
import { otherSpellingsOf, roleOn } from '@/lib/model/people';
import { cityName, roundDatesLabel, roundLabel } from '@/lib/model/round-names';
import type { Entry } from '@/lib/record/entries';
import type { Event, Issue, Note, Person, Round } from '@/lib/record/schemas';
import type { SearchFilter } from '@/lib/search/search-facets';

export interface SearchEntry {
  filters: Record<SearchFilter, string[]>;
  /**
   * Shown beside the result, in the page's edition: "Round 3", "19 August 2025", "Paris, France"; the summary stands in
   * for an excerpt of hidden spellings.
   */
  meta: { kind: string; date?: string; place?: string; summary?: string | undefined };
  /** The ISO day results sort by when a reader sorts by date; pages with no date of their own have none. */
  sortDay?: string;
  /**
   * Every other spelling of the people and issues on the page, in any script. Indexed
   * but never shown, so that "Salameh" or "حسين السلامة" finds each round Hussein
   * al-Salama attended, not only his own page.
   */
  otherNames: string[];
}

/** The people and issues a page's names come from. */
export interface NameSource {
  personById: ReadonlyMap<string, Entry<Person>>;
  issueById: ReadonlyMap<string, Entry<Issue>>;
  /** The day "current" refers to: the record's newest. */
  newestDay: string;
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

function otherNamesOf(names: NameSource, people: readonly string[], issues: readonly string[]): string[] {
  return unique([
    ...people.flatMap((id) => {
      const person = names.personById.get(id);
      return person ? otherSpellingsOf(person.data) : [];
    }),
    ...issues.flatMap((id) => names.issueById.get(id)?.data.aliases ?? []),
  ]);
}

function sidesOfPeople(names: NameSource, people: readonly string[]): Side[] {
  return unique(people.flatMap((id) => names.personById.get(id)?.data.side ?? [])).sort(compareSides);
}

/** A round: everyone in its delegations or named in its text, every issue it covered, every side present or quoted. */
export function roundSearchEntry(
  round: Entry<Round>,
  mentionedPeople: readonly string[],
  names: NameSource,
  locale: Locale = DEFAULT_LOCALE,
): SearchEntry {
  const { data } = round;
  const delegates = Object.values(data.delegations).flat();
  const people = unique([...delegates, ...mentionedPeople]);
  const issues = unique([...data.issues, ...data.positions.map((position) => position.issue)]);
  const sides = unique([...(Object.keys(data.delegations) as Side[]), ...data.positions.map((position) => position.side)]).sort(
    compareSides,
  );
  const years = unique([yearOf(data.start), yearOf(data.end ?? data.start)].map(String));
  return {
    filters: { person: people, issue: issues, side: sides, year: years, kind: ['round'] },
    meta: {
      kind: roundLabel(data, locale),
      date: roundDatesLabel(data, locale),
      place: `${cityName(data, locale)}${uiStrings(locale).comma}${countryName(data.place.country, editionOf(locale).lang)}`,
      summary: data.summary,
    },
    sortDay: data.start,
    otherNames: otherNamesOf(names, people, issues),
  };
}

/** A context event: the people it names or mentions, their sides, and its issues. */
export function eventSearchEntry(
  event: Entry<Event>,
  mentionedPeople: readonly string[],
  names: NameSource,
  locale: Locale = DEFAULT_LOCALE,
): SearchEntry {
  const { data } = event;
  const people = unique([...data.people, ...mentionedPeople]);
  return {
    filters: {
      person: people,
      issue: [...data.issues],
      side: sidesOfPeople(names, people),
      year: [String(yearOf(data.date))],
      kind: ['event'],
    },
    meta: { kind: uiStrings(locale).search.kinds.event, date: formatDay(data.date, locale), summary: data.summary },
    sortDay: data.date,
    otherNames: otherNamesOf(names, people, data.issues),
  };
}

/** A person's own page: their aliases and native names are on it already, so only the people their text mentions add names. */
export function personSearchEntry(
  person: Entry<Person>,
  mentionedPeople: readonly string[],
  names: NameSource,
  locale: Locale = DEFAULT_LOCALE,
): SearchEntry {
  const ui = uiStrings(locale);
  const others = mentionedPeople.filter((id) => id !== person.id);
  return {
    filters: { person: [person.id], issue: [], side: [person.data.side], year: [], kind: ['person'] },
    meta: {
      kind: `${ui.search.kinds.person}${ui.comma}${sideLabel(person.data.side, locale)}`,
      summary: roleOn(person.data.roles, names.newestDay)?.title,
    },
    otherNames: otherNamesOf(names, others, []),
  };
}

/** An issue's own page, which shows its aliases itself. */
export function issueSearchEntry(
  issue: Entry<Issue>,
  mentionedPeople: readonly string[],
  names: NameSource,
  locale: Locale = DEFAULT_LOCALE,
): SearchEntry {
  return {
    filters: { person: [...mentionedPeople], issue: [issue.id], side: sidesOfPeople(names, mentionedPeople), year: [], kind: ['issue'] },
    meta: { kind: uiStrings(locale).search.kinds.issue, summary: issue.data.summary },
    otherNames: otherNamesOf(names, mentionedPeople, []),
  };
}

/** A note, such as how the rounds are numbered. */
export function noteSearchEntry(
  note: Entry<Note>,
  mentionedPeople: readonly string[],
  names: NameSource,
  locale: Locale = DEFAULT_LOCALE,
): SearchEntry {
  return {
    filters: { person: [...mentionedPeople], issue: [], side: sidesOfPeople(names, mentionedPeople), year: [], kind: ['note'] },
    meta: { kind: uiStrings(locale).search.kinds.note, summary: note.data.summary },
    otherNames: otherNamesOf(names, mentionedPeople, []),
  };
}

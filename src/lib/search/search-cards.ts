/**
 * The cards search shows first when a reader's words name a person or an
 * issue: built once per build and edition from the record in that edition, and
 * shipped to the browser as one small JSON file per edition with the words the
 * header panel writes around them, so the card needs no index lookup, no date
 * library and no other edition's words in the browser.
 */
import type { PanelWords } from '@/lib/base/browser-words';
import { DEFAULT_LOCALE, editionOf, localizedPath, type Locale } from '@/lib/base/locales';
import type { Named } from '@/lib/base/name-match';
import { sideLabel } from '@/lib/base/sides';
import { uiStrings } from '@/lib/base/ui';
import { issueUrl, personUrl, roundUrl } from '@/lib/base/urls';
import { NAME_LANG_DIRECTION } from '@/lib/base/writing-systems';
import { otherSpellingsOf, roleOn } from '@/lib/model/people';
import { roundHeading } from '@/lib/model/round-names';
import type { SiteRecord } from '@/lib/model/site-record';
import { heldRounds } from '@/lib/model/timeline';
import type { Round } from '@/lib/record/schemas';

/** How many of an issue's rounds its card lists, newest first; the issue page lists them all. */
export const ISSUE_CARD_ROUNDS = 4;

/** A round as a card links to it: "Round 5 · Paris · 5 January 2026". */
export interface CardRound {
  label: string;
  url: string;
}

/** A person's name as another language writes it, shown beside the edition's. */
export interface OtherName {
  name: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

export interface PersonCard extends Named {
  kind: 'person';
  url: string;
  name: string;
  /** Their name in the other languages the record holds: in English, their Arabic and Hebrew forms; elsewhere, the English too. */
  otherNames: OtherName[];
  side: string;
  /** Their role on the newest day of the record. */
  role: string | undefined;
  /** Rounds held with them in a delegation. */
  roundsAttended: number;
  /** How many of those rounds the sources do not settle that they attended: one report alone, or reports that disagree. */
  roundsUncertain: number;
  latestRound: CardRound | undefined;
}

export interface IssueCard extends Named {
  kind: 'issue';
  url: string;
  title: string;
  summary: string;
  /** Rounds held that took up the issue. */
  roundCount: number;
  /** The newest of those rounds, newest first. */
  latestRounds: CardRound[];
}

export type SearchCard = PersonCard | IssueCard;

/** One edition's cards file: its cards and the words its header panel writes around them and the results. */
export interface SearchCardsFile {
  words: PanelWords;
  cards: SearchCard[];
}

/** The records a card's spellings are gathered from: the English, and every edition's (English included). */
export interface EveryEdition {
  english: SiteRecord;
  editions: readonly SiteRecord[];
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** Every name a person goes by in every edition: each edition's name for them, their aliases and their forms in other scripts. */
function personSpellings(id: string, name: string, { editions }: EveryEdition): string[] {
  return unique([
    name,
    ...editions.flatMap((edition) => {
      const person = edition.personById.get(id);
      return person ? [person.data.name, ...otherSpellingsOf(person.data)] : [];
    }),
  ]);
}

/** Their name in the languages other than the edition's: the English first outside English, then the native forms the edition's name is not. */
function otherNamesOf(id: string, name: string, { english }: EveryEdition, locale: Locale): OtherName[] {
  const person = english.personById.get(id);
  if (!person) return [];
  const inEnglish: OtherName[] =
    locale === DEFAULT_LOCALE ? [] : [{ name: person.data.name, lang: editionOf(DEFAULT_LOCALE).lang, dir: 'ltr' }];
  const native = person.data.nativeNames
    .filter((form) => form.name !== name)
    .map(({ name: written, lang }): OtherName => ({ name: written, lang, dir: NAME_LANG_DIRECTION[lang] }));
  return [...inEnglish, ...native];
}

/**
 * Every person's and issue's card in an edition, people first, in the record's order: `record` is the record in that
 * edition. A person is found by every name they have in any edition or script, an issue by its title and aliases in
 * the edition and in English.
 */
export function searchCards(record: SiteRecord, everyEdition: EveryEdition, locale: Locale = DEFAULT_LOCALE): SearchCard[] {
  const inEdition = (path: string): string => localizedPath(path, locale);
  const cardRound = (id: string, round: Round): CardRound => ({ label: roundHeading(round, locale), url: inEdition(roundUrl(id)) });
  const held = new Map(heldRounds(record.timeline).map((round) => [round.id, round.data]));
  const heldRound = (id: string): CardRound[] => {
    const round = held.get(id);
    return round ? [cardRound(id, round)] : [];
  };
  const people = record.people.map((person): PersonCard => {
    const { data } = person;
    const attended = (record.appearancesByPerson.get(person.id) ?? []).filter((item) => item.kind === 'round' && held.has(item.id));
    const latest = attended.at(-1);
    return {
      kind: 'person',
      url: inEdition(personUrl(person.id)),
      name: data.name,
      otherNames: otherNamesOf(person.id, data.name, everyEdition, locale),
      side: sideLabel(data.side, locale),
      role: roleOn(data.roles, record.newestDay)?.title,
      roundsAttended: attended.length,
      roundsUncertain: attended.filter((item) => item.doubt !== undefined).length,
      latestRound: latest && heldRound(latest.id)[0],
      spellings: personSpellings(person.id, data.name, everyEdition),
    };
  });
  const issues = record.issues.map((issue): IssueCard => {
    const rounds = (record.meetingsByIssue.get(issue.id) ?? []).filter((item) => item.kind === 'round' && held.has(item.id));
    const english = everyEdition.english.issueById.get(issue.id)?.data;
    return {
      kind: 'issue',
      url: inEdition(issueUrl(issue.id)),
      title: issue.data.title,
      summary: issue.data.summary,
      roundCount: rounds.length,
      latestRounds: rounds
        .slice(-ISSUE_CARD_ROUNDS)
        .reverse()
        .flatMap((item) => heldRound(item.id)),
      spellings: unique([issue.data.title, ...issue.data.aliases, ...(english ? [english.title, ...english.aliases] : [])]),
    };
  });
  return [...people, ...issues];
}

/** One edition's cards file, with its words. */
export function searchCardsFile(record: SiteRecord, everyEdition: EveryEdition, locale: Locale = DEFAULT_LOCALE): SearchCardsFile {
  return { words: uiStrings(locale).search.panel, cards: searchCards(record, everyEdition, locale) };
}

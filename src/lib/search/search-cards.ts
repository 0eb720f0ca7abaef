/**
 * The cards search shows first when a reader's words name a person or an
 * issue: built once per build from the record and shipped to the browser as
 * one small JSON file beside the search code, so the card needs no index
 * lookup and no date library in the browser.
 */
import type { Named } from '@/lib/base/name-match';
import { sideLabel } from '@/lib/base/sides';
import { issueUrl, personUrl, roundUrl } from '@/lib/base/urls';
import type { NameLang } from '@/lib/base/writing-systems';
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

export interface PersonCard extends Named {
  kind: 'person';
  url: string;
  name: string;
  nativeNames: { name: string; lang: NameLang }[];
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

function cardRound(id: string, round: Round): CardRound {
  return { label: roundHeading(round), url: roundUrl(id) };
}

/** Every person's and issue's card, people first, in the record's order. */
export function searchCards(record: SiteRecord): SearchCard[] {
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
      url: personUrl(person.id),
      name: data.name,
      nativeNames: data.nativeNames.map(({ name, lang }) => ({ name, lang })),
      side: sideLabel(data.side),
      role: roleOn(data.roles, record.newestDay)?.title,
      roundsAttended: attended.length,
      roundsUncertain: attended.filter((item) => item.doubt !== undefined).length,
      latestRound: latest && heldRound(latest.id)[0],
      spellings: [data.name, ...otherSpellingsOf(data)],
    };
  });
  const issues = record.issues.map((issue): IssueCard => {
    const rounds = (record.meetingsByIssue.get(issue.id) ?? []).filter((item) => item.kind === 'round' && held.has(item.id));
    return {
      kind: 'issue',
      url: issueUrl(issue.id),
      title: issue.data.title,
      summary: issue.data.summary,
      roundCount: rounds.length,
      latestRounds: rounds
        .slice(-ISSUE_CARD_ROUNDS)
        .reverse()
        .flatMap((item) => heldRound(item.id)),
      spellings: [issue.data.title, ...issue.data.aliases],
    };
  });
  return [...people, ...issues];
}

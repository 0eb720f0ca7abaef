/**
 * Short links to numbered rounds: /r/5/ leads to round 5's page, a link short
 * enough to read out or print. Only rounds with a press number have one. Two
 * files never share a number (src/lib/content/references.ts fails the build on a
 * repeated one), so each short link has exactly one round to lead to.
 */
import { roundUrl, shortLinkUrl } from '@/lib/base/urls';
import type { Entry } from '@/lib/record/entries';
import type { Round } from '@/lib/record/schemas';

/** One short link and the page it leads to. */
export interface ShortLink {
  roundNumber: number;
  /** The short link itself: /r/5/. */
  path: string;
  /** The round's page: /rounds/2026-01-05-paris/. */
  target: string;
}

/** The short link of a round, if it is numbered. */
export function shortLinkOf(round: Entry<Pick<Round, 'round'>>): ShortLink | undefined {
  const roundNumber = round.data.round;
  return roundNumber === undefined ? undefined : { roundNumber, path: shortLinkUrl(roundNumber), target: roundUrl(round.id) };
}

/** The short links of every numbered round, by number. */
export function shortLinks(rounds: readonly Entry<Pick<Round, 'round'>>[]): ShortLink[] {
  return rounds.flatMap((round) => shortLinkOf(round) ?? []).sort((a, b) => a.roundNumber - b.roundNumber);
}

/** What the embeddable cards show that no page shows as such: each side's latest stance on an issue, the latest meetings. */
import { compareSides, type Side } from '@/lib/base/sides';
import { statementsOverTime, type Statement } from '@/lib/model/stance-history';
import type { TimelineItem } from '@/lib/model/timeline';
import type { Entry } from '@/lib/record/entries';
import type { Round } from '@/lib/record/schemas';

/**
 * Each side's newest statement on `issueId` at a held round, sides in the standard order, with the red lines and
 * shifts its editor marked.
 */
export function latestStances(rounds: readonly Entry<Round>[], issueId: string): Statement[] {
  const latest = new Map<Side, Statement>();
  for (const statement of statementsOverTime(rounds)) if (statement.issue === issueId) latest.set(statement.side, statement);
  return [...latest.values()].sort((a, b) => compareSides(a.side, b.side));
}

/** How many meetings the mini timeline lists, newest first: its rhythm strip shows the rest of the talks at a glance. */
export const EMBED_MEETING_COUNT = 3;

/** The newest `count` rounds of any status, newest first: a meeting announced for later comes before the last one held. */
export function latestMeetings(timeline: readonly TimelineItem[], count: number = EMBED_MEETING_COUNT): Entry<Round>[] {
  return timeline
    .flatMap((item) => (item.kind === 'round' ? [{ id: item.id, data: item.data }] : []))
    .slice(-count)
    .reverse();
}

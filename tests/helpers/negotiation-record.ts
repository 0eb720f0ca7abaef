/**
 * A large generated record for the negotiation views' bounds: held rounds a week apart, each with positions of
 * Israel, Syria and the United States on a few issues, long stances from a small stock, each side's later stances on an
 * issue marked restated or changed as an editor would, red lines and collisions. The same for the same seed.
 */
import { addDaysTo } from '@/lib/base/dates';
import type { Side } from '@/lib/base/sides';
import type { SiteRecord } from '@/lib/model/site-record';
import type { Entry } from '@/lib/record/entries';
import type { Issue, Position, Round } from '@/lib/record/schemas';
import { issue, position, round } from './fixtures';
import { seededRandom } from './synthetic-site';

const SIDES: readonly Side[] = ['israel', 'syria', 'united-states'];

type GeneratedRecord = Pick<SiteRecord, 'rounds' | 'issueById'>;

/** Records already generated: the views' test files share one (the unit tests share their modules), and its statements' reading. */
const generated = new Map<string, GeneratedRecord>();

/** A record of `roundCount` held rounds over `issueCount` issues; the same object for the same arguments, never to be changed. */
export function generatedRecord(roundCount: number, issueCount = 40, seed = 20260105): GeneratedRecord {
  const key = `${roundCount} ${issueCount} ${seed}`;
  let record = generated.get(key);
  if (record === undefined) {
    record = generate(roundCount, issueCount, seed);
    generated.set(key, record);
  }
  return record;
}

function generate(roundCount: number, issueCount: number, seed: number): GeneratedRecord {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const issues: Entry<Issue>[] = Array.from({ length: issueCount }, (_, i) => issue(`issue-${i + 1}`, { title: `Issue ${i + 1}` }));
  const stances = Array.from(
    { length: 12 },
    (_, i) =>
      `Stance number ${i + 1}: the side said the arrangement must hold for a long time, with guarantees, monitoring, a timetable and a framework that both sides accept.`,
  );
  // A side's first stance on an issue has no shift; every later one is judged, one in three a change.
  const stated = new Set<string>();
  const shiftOf = (side: Side, issueId: string, i: number): Pick<Position, 'shift' | 'how'> => {
    const key = `${side} ${issueId}`;
    if (!stated.has(key)) {
      stated.add(key);
      return {};
    }
    return i % 3 === 0 ? { shift: 'changed', how: `now asks for more at round ${i + 1}` } : { shift: 'restated' };
  };
  const rounds: Entry<Round>[] = Array.from({ length: roundCount }, (_, i) => {
    const roundIssues = [...new Set([pick(issues), pick(issues), pick(issues)])].map((entry) => entry.id);
    const positions: Position[] = roundIssues.flatMap((issueId) =>
      SIDES.filter(() => random() < 0.7).map((side) => {
        const redLine = random() < 0.25;
        const other = pick(SIDES.filter((each) => each !== side));
        return position({
          side,
          issue: issueId,
          stance: pick(stances),
          redLine,
          conflictsWith: redLine && random() < 0.5 ? [{ side: other, issue: pick(roundIssues) }] : [],
          ...shiftOf(side, issueId, i),
        });
      }),
    );
    return round(`round-${i + 1}`, { start: addDaysTo('2000-01-03', i * 7), round: i + 1, issues: roundIssues, positions });
  });
  return { rounds, issueById: new Map(issues.map((entry) => [entry.id, entry])) };
}

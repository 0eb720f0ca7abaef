/**
 * What changed from one held round to another: place and dates, delegations,
 * positions and red lines, row by row, each row marked in words. Pure and
 * free of the date library and the schemas, so the compare page runs the same
 * rules in the browser on the small files the build writes per round (see
 * compare-data.ts), and the static pair pages run them at build time.
 */
import type { CompareStrings } from '@/lib/base/dictionaries/compare';
import type { Locale } from '@/lib/base/locales';
import { fillIn } from '@/lib/base/browser-words';
import { countIn } from '@/lib/base/numbers';
import { compareSides, type Side } from '@/lib/base/sides';

/**
 * One edition's words for a comparison, with its locale, the sides' names and the red-line mark: the compare page
 * hands them to the script in the reader's browser, which then needs no dictionary of its own.
 */
export interface ComparisonWords extends CompareStrings {
  locale: Locale;
  redLine: string;
  sides: Record<Side, string>;
}

/** A held round reduced to what a comparison reads, every text already written out. */
export interface ComparableRound {
  id: string;
  url: string;
  /** "Round 5", or "Direct contact". */
  label: string;
  title: string;
  /** The first day, YYYY-MM-DD: the earlier of two rounds is the one that began first. */
  start: string;
  /** "5–6 January 2026". */
  dates: string;
  /** "Round 5 · Paris · 5–6 January 2026": its name at the head of a comparison's column. */
  heading: string;
  /**
   * Days since 1 January 1970 of the first and the last day, so a gap needs no date library; undefined for a meeting
   * whose days were never reported.
   */
  firstDayNumber: number | undefined;
  lastDayNumber: number | undefined;
  /** The country by its name, as the reader reads it. */
  place: { city: string; country: string; venue: string | undefined };
  /** Sides in the site's order, head of each delegation first; `mediating` for the side that mediated this round. */
  /** Each side's people; `doubt` says, in words, when the sources do not settle that one was there. */
  delegations: { side: Side; mediating: boolean; people: { id: string; name: string; url: string; doubt: string | undefined }[] }[];
  positions: ComparablePosition[];
}

export interface ComparablePosition {
  side: Side;
  issue: string;
  issueTitle: string;
  issueUrl: string;
  stance: string;
  redLine: boolean;
  /** Where the side's statement on the issue stands in its record, as the editors judged it (judgedHistories). */
  judged: { changes: string[]; unmarked: number };
  /** The number of the source in the round's list, and its place on the round's page. */
  source: { number: number; href: string };
}

/** How a row reads from the earlier round to the later one, in the order the legend explains them. */
export const CHANGES = ['new', 'dropped', 'changed', 'same', 'unjudged'] as const;

export type Change = (typeof CHANGES)[number];

/** One entry of a cell: a place, a person (linked), or a stance with its source. */
export interface CellItem {
  text: string;
  /** The language of a text kept in the English in every edition (a venue's name); undefined for the edition's own. */
  lang: string | undefined;
  href: string | undefined;
  redLine: boolean;
  source: { number: number; href: string } | undefined;
}

/** What a row compares: a fact ("City"), a side's delegation, or an issue as one side stated it. */
export interface RowSubject {
  fact: string | undefined;
  issue: { title: string; href: string } | undefined;
  side: Side | undefined;
  /** For a delegation: the side mediated at either round. */
  mediating: boolean;
}

export interface ComparisonRow {
  subject: RowSubject;
  earlier: CellItem[];
  later: CellItem[];
  change: Change;
  /** A word on the change: "7 days later", "joined: …; left: …", "now a red line". */
  detail: string | undefined;
}

export interface ComparisonSection {
  /** The section's heading id on the page. */
  id: 'compare-place' | 'compare-delegations' | 'compare-positions' | 'compare-red-lines';
  title: string;
  /** The table's caption. */
  caption: string;
  /** The heading of the first column. */
  subjectHeading: string;
  rows: ComparisonRow[];
  /** What the section says when neither round has a row. */
  empty: string;
}

export interface Comparison {
  earlier: ComparableRound;
  later: ComparableRound;
  sections: ComparisonSection[];
}

const item = (text: string, extra: Partial<CellItem> = {}): CellItem => ({
  text,
  lang: undefined,
  href: undefined,
  redLine: false,
  source: undefined,
  ...extra,
});

const subject = (parts: Partial<RowSubject>): RowSubject => ({
  fact: undefined,
  issue: undefined,
  side: undefined,
  mediating: false,
  ...parts,
});

/** The change between two cells whose contents are compared by `key`. */
function changeOf<T>(earlier: readonly T[], later: readonly T[], key: (value: T) => string): Change {
  if (earlier.length === 0) return later.length === 0 ? 'same' : 'new';
  if (later.length === 0) return 'dropped';
  const a = earlier.map(key);
  const b = later.map(key);
  return a.length === b.length && a.every((value, i) => value === b[i]) ? 'same' : 'changed';
}

/**
 * How long after the earlier round ended the later one began.
 * @example gapText(7, words) // "7 days later"
 */
function gapText(days: number, words: ComparisonWords): string {
  if (days > 0) return countIn(days, words.later, words.locale);
  return days === 0 ? words.sameDay : words.overlapping;
}

function placeRows(earlier: ComparableRound, later: ComparableRound, words: ComparisonWords): ComparisonRow[] {
  const row = (label: string, a: string | undefined, b: string | undefined, lang?: string): ComparisonRow => {
    const [before, after] = [a === undefined ? [] : [a], b === undefined ? [] : [b]];
    return {
      subject: subject({ fact: label }),
      earlier: before.map((text) => item(text, { lang })),
      later: after.map((text) => item(text, { lang })),
      change: changeOf(before, after, String),
      detail: undefined,
    };
  };
  const rows = [
    {
      ...row(words.facts.dates, earlier.dates, later.dates),
      detail:
        later.firstDayNumber === undefined || earlier.lastDayNumber === undefined
          ? undefined
          : gapText(later.firstDayNumber - earlier.lastDayNumber, words),
    },
    row(words.facts.city, earlier.place.city, later.place.city),
    row(words.facts.country, earlier.place.country, later.place.country),
  ];
  return earlier.place.venue === undefined && later.place.venue === undefined
    ? rows
    : [...rows, row(words.facts.venue, earlier.place.venue, later.place.venue, words.locale === 'en' ? undefined : 'en')];
}

function delegationRows(earlier: ComparableRound, later: ComparableRound, words: ComparisonWords): ComparisonRow[] {
  const sides = [...new Set([...earlier.delegations, ...later.delegations].map(({ side }) => side))].sort(compareSides);
  return sides.map((side) => {
    const [a, b] = [earlier, later].map((round) => round.delegations.find((each) => each.side === side));
    const [before, after] = [a?.people ?? [], b?.people ?? []];
    const change = changeOf(before, after, (person) => person.id);
    return {
      subject: subject({ side, mediating: a?.mediating === true || b?.mediating === true }),
      earlier: before.map((person) => delegateItem(person, words)),
      later: after.map((person) => delegateItem(person, words)),
      change,
      detail: change === 'changed' ? delegationDetail(before, after, words) : undefined,
    };
  });
}

const delegateItem = (person: ComparableRound['delegations'][number]['people'][number], words: ComparisonWords): CellItem =>
  item(person.doubt ? fillIn(words.withDoubt, { name: person.name, doubt: person.doubt }) : person.name, { href: person.url });

/** Who joined and who left a delegation; when the same people came, who heads it now. */
function delegationDetail(
  before: readonly { id: string; name: string }[],
  after: readonly { id: string; name: string }[],
  words: ComparisonWords,
): string {
  const names = (people: readonly { name: string }[]) => people.map((person) => person.name).join(words.listSeparator);
  const joined = after.filter((person) => !before.some((other) => other.id === person.id));
  const left = before.filter((person) => !after.some((other) => other.id === person.id));
  const parts = [
    ...(joined.length > 0 ? [fillIn(words.joined, { names: names(joined) })] : []),
    ...(left.length > 0 ? [fillIn(words.left, { names: names(left) })] : []),
  ];
  return parts.length > 0 ? parts.join(words.detailSeparator) : fillIn(words.nowHeadedBy, { name: after[0]?.name ?? '' });
}

/**
 * A side's stances on an issue at two rounds, as the editors judged them: changed, with how, when a statement in
 * between or at the later round was marked changed; unchanged when every one was marked restated; else not judged.
 */
function judgedChange(before: readonly ComparablePosition[], after: readonly ComparablePosition[]): { change: Change; how: string[] } {
  const [was, is] = [before[0]?.judged, after[0]?.judged];
  // Each row is a side and issue with a stance at one of the rounds at least, so without one before there is one now.
  if (was === undefined) return { change: 'new', how: [] };
  if (is === undefined) return { change: 'dropped', how: [] };
  const how = is.changes.slice(was.changes.length);
  if (how.length > 0) return { change: 'changed', how };
  return { change: is.unmarked > was.unmarked ? 'unjudged' : 'same', how: [] };
}

const stanceItem = (position: ComparablePosition): CellItem =>
  item(position.stance, { redLine: position.redLine, source: position.source });

/** One row per issue and side that either round has positions on: issues by title, sides in the site's order within each. */
function positionRows(
  earlier: ComparableRound,
  later: ComparableRound,
  include: (position: ComparablePosition) => boolean,
  words: ComparisonWords,
): ComparisonRow[] {
  const before = earlier.positions.filter(include);
  const after = later.positions.filter(include);
  const keyOf = (position: ComparablePosition): string => `${position.issue}|${position.side}`;
  const subjects = new Map<string, ComparablePosition>();
  for (const position of [...after, ...before]) if (!subjects.has(keyOf(position))) subjects.set(keyOf(position), position);
  return [...subjects.values()]
    .sort((a, b) => a.issueTitle.localeCompare(b.issueTitle, words.locale) || compareSides(a.side, b.side))
    .map((first) => {
      const a = before.filter((position) => keyOf(position) === keyOf(first));
      const b = after.filter((position) => keyOf(position) === keyOf(first));
      const { change, how } = judgedChange(a, b);
      const details = [...how, ...(a.length > 0 && b.length > 0 ? [redLineDetail(a, b, words)] : [])].filter((each) => each !== undefined);
      return {
        subject: subject({ issue: { title: first.issueTitle, href: first.issueUrl }, side: first.side }),
        earlier: a.map(stanceItem),
        later: b.map(stanceItem),
        change,
        detail: details.length > 0 ? details.join(words.detailSeparator) : undefined,
      };
    });
}

/** Whether a side's stance on an issue became a red line, or stopped being one. */
function redLineDetail(
  before: readonly ComparablePosition[],
  after: readonly ComparablePosition[],
  words: ComparisonWords,
): string | undefined {
  const [was, is] = [before.some((position) => position.redLine), after.some((position) => position.redLine)];
  if (was === is) return undefined;
  return is ? words.nowRedLine : words.noLongerRedLine;
}

/**
 * The comparison of two held rounds, the earlier first whichever order they come in, in an edition's words.
 * @example compareRounds(london, paris, words).sections.map((section) => section.id) // ["compare-place", "compare-delegations", "compare-positions", "compare-red-lines"]
 */
export function compareRounds(a: ComparableRound, b: ComparableRound, words: ComparisonWords): Comparison {
  const [earlier, later] = a.start < b.start || (a.start === b.start && a.id <= b.id) ? [a, b] : [b, a];
  return {
    earlier,
    later,
    sections: [
      { id: 'compare-place', ...words.place, rows: placeRows(earlier, later, words) },
      { id: 'compare-delegations', ...words.delegations, rows: delegationRows(earlier, later, words) },
      { id: 'compare-positions', ...words.positions, rows: positionRows(earlier, later, () => true, words) },
      { id: 'compare-red-lines', ...words.redLines, rows: positionRows(earlier, later, (position) => position.redLine, words) },
    ],
  };
}

/**
 * How many rows of the positions and red lines are new, dropped or changed: the line above the tables.
 * @example changeSummary(comparison, words) // "Positions: 3 new, 1 dropped, 2 changed. Red lines: 1 new."
 */
export function changeSummary(comparison: Comparison, words: ComparisonWords): string {
  const counted = comparison.sections
    .filter((section) => section.id === 'compare-positions' || section.id === 'compare-red-lines')
    .map((section) => {
      const counts = (['new', 'dropped', 'changed'] as const)
        .map((change) => ({ change, n: section.rows.filter((row) => row.change === change).length }))
        .filter(({ n }) => n > 0)
        .map(({ change, n }) => fillIn(words.summaryCount, { n, change: words.changes[change] }));
      return fillIn(words.summarySection, {
        section: section.title,
        counts: counts.length > 0 ? counts.join(words.listSeparator) : words.noChange,
      });
    });
  return counted.join(' ');
}

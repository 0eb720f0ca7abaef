/**
 * The #anchors each page of the record offers a link: the sections its page
 * type renders around the body, its numbered sources and dated updates, and
 * the ids the Markdown pipeline gives the body's own headings. A body link to
 * a section of a page is checked against them (remark-internal-links.ts).
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { Heading } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { SIDES } from '@/lib/base/sides';
import { pageOf, type CollectionName, type PAGE_SECTION_IDS, sourceAnchorId } from '@/lib/base/urls';
import type { ContentRecord, Entry } from '@/lib/record/entries';

/** The section of a page that lists its updates (see SourcesSection); each update's id starts with it. */
export const UPDATES_SECTION_ID: (typeof PAGE_SECTION_IDS)[number] = 'updates';

/**
 * A page's updates, each with its id on the page, for a link straight to it: its day, and which of that day's updates it is.
 * Counted by day, so an update added on another day never changes an id a feed reader already holds.
 * @example withUpdateIds([{ date: '2026-01-08' }, { date: '2026-02-01' }, { date: '2026-01-08' }]).map((update) => update.id)
 * // ["updates-2026-01-08-1", "updates-2026-02-01-1", "updates-2026-01-08-2"]
 */
export function withUpdateIds<T extends { date: string }>(updates: readonly T[]): (T & { id: string })[] {
  const countByDay = new Map<string, number>();
  return updates.map((update) => {
    const count = (countByDay.get(update.date) ?? 0) + 1;
    countByDay.set(update.date, count);
    return { ...update, id: `${UPDATES_SECTION_ID}-${update.date}-${count}` };
  });
}

/** The shapes of the ids a page gives its numbered and per-side parts: #source-3, #updates-2026-01-08-1, #positions-syria. */
export const NUMBERED_ID_PATTERNS: readonly RegExp[] = [
  /^source-\d+$/,
  new RegExp(`^${UPDATES_SECTION_ID}-\\d{4}-\\d{2}-\\d{2}-\\d+$`),
  new RegExp(`^(?:positions|readout)-(?:${SIDES.join('|')})$`),
];

/** The sections each page type renders whatever its content (see src/pages/<collection>/[slug].astro). */
const FIXED_SECTIONS: Record<CollectionName, readonly string[]> = {
  rounds: ['delegations', 'positions', 'cite'],
  events: [],
  people: ['roles', 'appearances', 'about'],
  issues: ['meetings', 'positions', 'about'],
  notes: [],
};

/**
 * The ids of a body's headings as the page renders them: an H2's from its text alone (remark-section-anchors.ts),
 * every other heading's from its text in order, a repeat numbered, as Astro gives them.
 * @example headingIdsOf('## What happened\n\n### Israel\n\n### Israel') // ["what-happened", "israel", "israel-1"]
 */
export function headingIdsOf(markdown: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(fromMarkdown(markdown), 'heading', (heading: Heading) => {
    ids.push(headingId(heading, slugger));
  });
  return ids;
}

/**
 * The id a body's heading takes on its page: an H2, a section, from its text alone, so a link to it never depends on
 * the headings before it; any other heading from its text through `slugger`, which numbers a repeat, as Astro does.
 */
export function headingId(heading: Heading, slugger: GithubSlugger): string {
  const text = toString(heading).trim();
  if (heading.depth !== 2) return slugger.slug(text);
  return EXPLICIT_ID.exec(text)?.[1] ?? slug(text);
}

/**
 * A section heading's id written after its title, `## ما الذي جرى {#what-happened}`: a translation keeps its English
 * section's id, so a link to the section works in every edition.
 */
export const EXPLICIT_ID = /\s*\{#([^\s{}#]+)\}$/;

/** What every page of the record holds that gives it anchors. */
interface AnchoredPage {
  sources: readonly unknown[];
  updates: readonly { date: string }[];
}

/**
 * Every id a link may point to on one page of the record: the page's main content, the sections its type always
 * renders, those it renders for what it holds (updates, a round's positions and readouts by side), each source
 * (#source-3) and update (#updates-2026-01-08-1), and the body's headings.
 * @example anchorsOfPage('notes', { sources: [source], updates: [] }, '## Which meetings count') // ["main", "sources", "source-1", "which-meetings-count"]
 */
export function anchorsOfPage(collection: CollectionName, data: AnchoredPage, body: string): string[] {
  const updates = data.updates.length === 0 ? [] : [UPDATES_SECTION_ID, ...withUpdateIds(data.updates).map((update) => update.id)];
  return [
    'main',
    ...FIXED_SECTIONS[collection],
    ...updates,
    'sources',
    ...data.sources.map((_, i) => sourceAnchorId(i + 1)),
    ...headingIdsOf(body),
  ];
}

/** A round's anchors beyond every page's: a heading per side with positions, and the readouts, by side. */
function roundAnchors(data: ContentRecord['rounds'][number]['data']): string[] {
  const positionSides = [...new Set(data.positions.map((position) => `positions-${position.side}`))];
  const readouts = data.readouts.length === 0 ? [] : ['readouts', ...data.readouts.map((readout) => `readout-${readout.side}`)];
  return [...positionSides, ...readouts];
}

/**
 * The anchors of every page of the record, by the page's address, from its validated data and its body (by page
 * address too: /rounds/2026-01-05-paris/).
 */
export function anchorsByPage(record: ContentRecord, bodyOf: ReadonlyMap<string, string>): Map<string, ReadonlySet<string>> {
  const anchors = new Map<string, ReadonlySet<string>>();
  const add = (collection: CollectionName, entry: Entry<AnchoredPage>, extra: readonly string[]) => {
    const page = pageOf(collection, entry.id);
    anchors.set(page, new Set([...anchorsOfPage(collection, entry.data, bodyOf.get(page) ?? ''), ...extra]));
  };
  for (const round of record.rounds) add('rounds', round, roundAnchors(round.data));
  for (const collection of ['events', 'people', 'issues', 'notes'] as const) {
    for (const entry of record[collection]) add(collection, entry, []);
  }
  return anchors;
}

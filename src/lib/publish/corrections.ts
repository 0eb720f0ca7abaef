/**
 * Every correction and addition made to a published page: the `updates` of
 * every page of the record, gathered for the corrections page and its feed.
 */
import { yearOf } from '@/lib/base/dates';
import { DEFAULT_LOCALE, localizedPath, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import { CORRECTIONS_PAGE_URL, pageOf, type CollectionName, sectionUrl } from '@/lib/base/urls';
import { withUpdateIds } from '@/lib/model/page-anchors';
import { roundLabel } from '@/lib/model/round-names';
import { FEED_LENGTH, feedLinks, type FeedChannel, type FeedItem, type FeedLink } from '@/lib/publish/feeds';
import { escapeHtml } from '@/lib/publish/html';
import type { ContentRecord, Entry } from '@/lib/record/entries';

/** One update of a published page, as the corrections page lists it. */
export interface Correction {
  /** The day of the update: YYYY-MM-DD. */
  date: string;
  note: string;
  /** The title of the page it changed. */
  title: string;
  /** What kind of page that is, in the edition's words: "Round 5", "Direct contact", "Event", "Note". */
  kind: string;
  /** The page it changed: /rounds/2026-01-05-paris/. */
  page: string;
  /** The update itself on that page: /rounds/2026-01-05-paris/#updates-2026-01-08-1. */
  href: string;
}

/** The updates of one page, in the order it lists them. */
function correctionsOf(
  collection: CollectionName,
  { id, data }: Entry<{ title: string; updates: readonly { date: string; note: string }[] }>,
  kind: string,
): Correction[] {
  const page = pageOf(collection, id);
  return withUpdateIds(data.updates).map((update) => ({
    date: update.date,
    note: update.note,
    title: data.title,
    kind,
    page,
    href: sectionUrl(page, update.id),
  }));
}

/**
 * Every update of every page of the record, newest first, each page's kind in the edition's words; updates of one
 * day by the title of their page, then in the order the page lists them.
 */
export function corrections(record: ContentRecord, locale: Locale = DEFAULT_LOCALE): Correction[] {
  const { kinds } = uiStrings(locale).corrections;
  return [
    ...record.rounds.flatMap((round) => correctionsOf('rounds', round, roundLabel(round.data, locale))),
    ...record.events.flatMap((event) => correctionsOf('events', event, kinds.event)),
    ...record.people.flatMap((person) =>
      correctionsOf('people', { id: person.id, data: { ...person.data, title: person.data.name } }, kinds.person),
    ),
    ...record.issues.flatMap((issue) => correctionsOf('issues', issue, kinds.issue)),
    ...record.notes.flatMap((note) => correctionsOf('notes', note, kinds.note)),
  ].sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? 1 : -1;
    // Two pages may share a title, never an address; the sort is stable, so one page's updates keep their order.
    return a.title.localeCompare(b.title) || a.page.localeCompare(b.page);
  });
}

/** The corrections of one year, newest first. */
export interface CorrectionYear {
  year: number;
  corrections: Correction[];
}

/**
 * A list of corrections, newest first, split by the year each was made, newest year first: the corrections page of
 * each year lists one of them whole.
 * @example correctionsByYear([{ date: '2026-02-01', … }, { date: '2025-12-01', … }]).map((group) => group.year) // [2026, 2025]
 */
export function correctionsByYear(list: readonly Correction[]): CorrectionYear[] {
  const years: CorrectionYear[] = [];
  for (const correction of list) {
    const year = yearOf(correction.date);
    const group = years.at(-1);
    if (group?.year === year) group.corrections.push(correction);
    else years.push({ year, corrections: [correction] });
  }
  return years;
}

/** What an edition's corrections feed is about, and where it lives. */
export function correctionsFeed(locale: Locale = DEFAULT_LOCALE): Pick<FeedChannel, 'title' | 'description' | 'page' | 'locale'> {
  const ui = uiStrings(locale);
  return {
    title: ui.publishing.feedTitle(ui.publishing.corrections, ui.siteTitle),
    description: ui.publishing.correctionsFeedDescription,
    page: CORRECTIONS_PAGE_URL,
    locale,
  };
}

/** The corrections feed as the corrections page announces and links it: RSS only, as its endpoint publishes it. */
export function correctionsFeedLinks(locale: Locale = DEFAULT_LOCALE): FeedLink[] {
  return feedLinks(CORRECTIONS_PAGE_URL, uiStrings(locale).publishing.corrections, ['rss']);
}

/**
 * The items of an edition's corrections feed: one for each of the newest FEED_LENGTH updates, from a list newest
 * first. Each item's address is the update on its page in the edition, so every update is a distinct item in a reader.
 */
export function correctionFeedItems(list: readonly Correction[], site: URL, locale: Locale = DEFAULT_LOCALE): FeedItem[] {
  return list.slice(0, FEED_LENGTH).map((correction) => ({
    url: new URL(localizedPath(correction.href, locale), site).href,
    title: `${correction.kind}: ${correction.title}`,
    summary: correction.note,
    published: correction.date,
    contentHtml: `<p>${escapeHtml(correction.note)}</p>`,
  }));
}

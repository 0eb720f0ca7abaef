/**
 * The site's subscription feeds, RSS and JSON Feed 1.1: which rounds and
 * events a feed holds, in what order, and what each item says. The site, each
 * person and each issue have a feed; all are made by the same functions.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { countryName } from '@/lib/base/countries';
import { formatDay, formatDayOrMonth, parseDay } from '@/lib/base/dates';
import { DEFAULT_LOCALE, editionOf, localizeLinks, localizedPath, type Locale } from '@/lib/base/locales';
import { confirmationText, sideInSentence } from '@/lib/base/sides';
import { uiStrings } from '@/lib/base/ui';
import { FEED_FORMATS, feedUrl, pageOf, type FeedFormat, absoluteUrl, CALENDAR_URL, HOME_PAGE_URL } from '@/lib/base/urls';
import { cityName, roundDatesLabel, roundLabel } from '@/lib/model/round-names';
import { attendanceDoubtSentence, delegatesBySide, publishedDay, roundStatusLabel } from '@/lib/model/rounds';
import { sourceLinks } from '@/lib/model/source-links';
import { issueLinks, issueWithId, personLinks, personWithId, type PageLink, type SiteRecord } from '@/lib/model/site-record';
import type { TimelineItem } from '@/lib/model/timeline';
import { lastChangedDay } from '@/lib/model/updates';
import { escapeHtml } from '@/lib/publish/html';
import type { Event, Round, Source } from '@/lib/record/schemas';

/** What a reader calls each format, and the media type that announces it in a page's head. */
const FEED_KINDS: Record<FeedFormat, { label: string; type: string }> = {
  rss: { label: 'RSS', type: 'application/rss+xml' },
  json: { label: 'JSON Feed', type: 'application/feed+json' },
};

/** The version URL every JSON Feed 1.1 names itself with. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** One format of a feed, as a page links it. */
export interface FeedLink {
  href: string;
  /** The media type, for `<link rel="alternate" type>`. */
  type: string;
  /** "RSS" or "JSON Feed". */
  label: string;
  /** What a feed reader lists it as: "Ron Dermer (RSS)". */
  title: string;
}

/** The formats (by default both) of the feed that follows a page, named after what it follows. */
export function feedLinks(page: string, name: string, formats: readonly FeedFormat[] = FEED_FORMATS): FeedLink[] {
  return formats.map((format) => {
    const { label, type } = FEED_KINDS[format];
    return { href: feedUrl(page, format), type, label, title: `${name} (${label})` };
  });
}

/** The site's own feeds, which every page of an edition advertises, named in the edition's language. */
export function siteFeedLinks(locale: Locale = DEFAULT_LOCALE): FeedLink[] {
  return feedLinks(HOME_PAGE_URL, uiStrings(locale).siteTitle);
}

/** What the foot of every page offers to follow: the site's feeds, then the rounds as a calendar to subscribe to. */
export function siteFollowLinks(locale: Locale = DEFAULT_LOCALE): FeedLink[] {
  const ui = uiStrings(locale);
  const calendar = { href: CALENDAR_URL, type: 'text/calendar', label: ui.play.calendar, title: `${ui.siteTitle} (${ui.play.calendar})` };
  return [...siteFeedLinks(locale), calendar];
}

/** What a feed is about, in which edition, and which rounds and events it holds. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed follows, in English: "/" for the site, "/people/ron-dermer/" for a person. */
  page: string;
  /** The edition the feed is written in and links to. */
  locale: Locale;
  /** Its rounds and events, in timeline order (oldest first). */
  items: readonly TimelineItem[];
}

type RecordForFeeds = Pick<SiteRecord, 'timeline' | 'personById' | 'issueById' | 'appearancesByPerson' | 'meetingsByIssue' | 'today'>;

/** The site's feed in an edition: every round and event. */
export function siteFeed(record: Pick<RecordForFeeds, 'timeline'>, locale: Locale = DEFAULT_LOCALE): FeedChannel {
  const ui = uiStrings(locale);
  return { title: ui.siteTitle, description: ui.siteDescription, page: HOME_PAGE_URL, locale, items: record.timeline };
}

/** A person's feed in an edition: every round they sat in a delegation at and every event that names them. */
export function personFeed(record: RecordForFeeds, personId: string, locale: Locale = DEFAULT_LOCALE): FeedChannel {
  const ui = uiStrings(locale);
  const { name } = personWithId(record, personId).data;
  const appearances = new Set(
    (record.appearancesByPerson.get(personId) ?? []).map((appearance) => pageOf(collectionOf(appearance), appearance.id)),
  );
  return {
    title: ui.publishing.feedTitle(name, ui.siteTitle),
    description: ui.publishing.personFeedDescription(name),
    page: pageOf('people', personId),
    locale,
    // Read from the timeline, not the appearances, so a person's feed is in the same order as the site's.
    items: record.timeline.filter((item) => appearances.has(itemPage(item))),
  };
}

/** An issue's feed in an edition: every round and event it came up in. */
export function issueFeed(record: RecordForFeeds, issueId: string, locale: Locale = DEFAULT_LOCALE): FeedChannel {
  const ui = uiStrings(locale);
  const { title } = issueWithId(record, issueId).data;
  return {
    title: ui.publishing.feedTitle(title, ui.siteTitle),
    description: ui.publishing.issueFeedDescription(title),
    page: pageOf('issues', issueId),
    locale,
    items: record.meetingsByIssue.get(issueId) ?? [],
  };
}

/** One round or event as every feed format carries it. */
export interface FeedItem {
  /** The page's absolute address in the feed's edition: its link, and its id, so a corrected entry replaces the old one in a reader. */
  url: string;
  title: string;
  summary: string;
  /** The day the round or event is dated by (see publishedDay): an announced meeting by the day it was announced. */
  published: string;
  /** The day it last changed (see lastChangedDay), when it has updates. */
  modified?: string;
  /** The page as a feed reader shows it: key facts, body, updates and sources, every link absolute and in the edition. */
  contentHtml: string;
}

/** What the items of a feed are made from besides the timeline. */
export interface FeedContext {
  record: Pick<SiteRecord, 'personById' | 'issueById' | 'today'>;
  /** The site's address: https://example.org/. */
  site: URL;
  /** The rendered HTML body, in the edition's language where translated, of the round or event published at this English page. */
  bodyOf: (page: string) => string;
  /** The edition the items are written in and link to. */
  locale: Locale;
}

/**
 * How many of the newest rounds and events a feed carries: a reader keeps what
 * it has already fetched, so a feed need not grow with the record; the pages keep the rest.
 */
export const FEED_LENGTH = 100;

/**
 * The items of any feed: its newest FEED_LENGTH rounds and events, from a list in timeline order, newest first by
 * the day each is dated by, so an announced meeting sits at the day it was announced, as its date says.
 */
export function feedItems(items: readonly TimelineItem[], context: FeedContext): FeedItem[] {
  return items
    .slice(-FEED_LENGTH)
    .reverse()
    .map((item) => feedItem(item, context))
    .sort((a, b) => (a.published === b.published ? 0 : a.published < b.published ? 1 : -1));
}

function feedItem(item: TimelineItem, { record, site, bodyOf, locale }: FeedContext): FeedItem {
  const ui = uiStrings(locale);
  const page = itemPage(item);
  const url = new URL(localizedPath(page, locale), site).href;
  const { data } = item;
  const facts = item.kind === 'round' ? roundFacts(item.data, record, locale) : eventFacts(item.data, record, locale);
  const published = item.kind === 'round' ? publishedDay(item.data) : item.day;
  const contentHtml = [
    updateLine(data.updates, locale),
    `<p>${escapeHtml(data.summary)}</p>`,
    `<ul>${facts.map(({ term, html }) => `<li><strong>${escapeHtml(term)}:</strong> ${html}</li>`).join('')}</ul>`,
    withoutSectionLinks(bodyOf(page)),
    data.updates.length > 0 ? `<h2>${escapeHtml(ui.updates)}</h2>${updateList(data.updates, locale)}` : '',
    `<h2>${escapeHtml(ui.sources)}</h2>${sourceList(data.sources, locale)}`,
  ].join('');
  return {
    url,
    title: item.kind === 'round' ? roundTitle(item.data, record.today, locale) : item.data.title,
    summary: data.summary,
    published,
    ...(data.updates.length > 0 ? { modified: lastChangedDay(published, data.updates) } : {}),
    // Links are written to English pages and put in the edition the way the middleware puts a page's.
    contentHtml: absoluteLinks(localizeLinks(contentHtml, locale), url),
  };
}

/**
 * A round's title in a feed: a meeting that was not held says so first, so
 * subscribers see an announced, postponed or cancelled meeting for what it is.
 * @example roundTitle({ title: 'Talks in Geneva', status: 'scheduled', start: '2099-03-02' }, '2026-01-01') // "Upcoming: Talks in Geneva"
 */
export function roundTitle(round: Pick<Round, 'title' | 'status' | 'start'>, today: string, locale: Locale = DEFAULT_LOCALE): string {
  return round.status === 'held' ? round.title : `${roundStatusLabel(round, today, locale)}: ${round.title}`;
}

/** One line of an item's key facts: a term and its value, as HTML. */
interface Fact {
  term: string;
  html: string;
}

function roundFacts(round: Round, record: FeedContext['record'], locale: Locale): Fact[] {
  const ui = uiStrings(locale);
  const place = `${cityName(round, locale)}${ui.comma}${countryName(round.place.country, locale)}${round.place.venue ? ` (${round.place.venue})` : ''}`;
  const delegations = delegatesBySide(round, record.personById, locale).map(({ side, delegates }) => ({
    term: ui.publishing.delegationOf(sideInSentence(side, locale)),
    html: delegates
      .map(
        ({ id, name, seat, role, doubt }) =>
          `${linkHtml({ href: pageOf('people', id), label: name })}${escapeHtml(
            `${seat ? ` (${seat})` : ''}${role ? `${ui.comma}${role}` : ''}${doubt ? ` (${attendanceDoubtSentence(doubt, locale)})` : ''}`,
          )}`,
      )
      .join(ui.publishing.delegateSeparator),
  }));
  return [
    { term: ui.publishing.facts.meeting, html: escapeHtml(roundLabel(round, locale)) },
    { term: ui.round.when, html: escapeHtml(roundDatesLabel(round, locale)) },
    { term: ui.round.place, html: escapeHtml(place) },
    { term: ui.round.status, html: escapeHtml(roundStatusLabel(round, record.today, locale)) },
    { term: ui.round.confirmation, html: escapeHtml(confirmationText(round.confirmedBy, locale)) },
    ...delegations,
    ...linkedFact(ui.round.issues, issueLinks(record, round.issues), locale),
  ];
}

function eventFacts(event: Event, record: FeedContext['record'], locale: Locale): Fact[] {
  const ui = uiStrings(locale);
  return [
    { term: ui.publishing.facts.date, html: escapeHtml(formatDay(event.date, locale)) },
    ...linkedFact(ui.publishing.facts.people, personLinks(record, event.people), locale),
    ...linkedFact(ui.round.issues, issueLinks(record, event.issues), locale),
  ];
}

/** A fact that names other pages, left out when there are none, as the pages leave it out. */
function linkedFact(term: string, links: readonly PageLink[], locale: Locale): Fact[] {
  return links.length === 0 ? [] : [{ term, html: links.map(linkHtml).join(uiStrings(locale).comma) }];
}

function linkHtml(link: PageLink): string {
  return `<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>`;
}

/**
 * The newest correction, first in the item, so a reader who saw the entry before sees what changed; empty with none.
 * @example updateLine([{ date: '2026-01-08', note: 'Added the joint statement.' }]) // "<p><strong>Updated 8 January 2026:</strong> Added the joint statement.</p>"
 * @example updateLine([{ date: '2026-01-08', note: '…' }], 'ar') // "<p><strong>حُدّث في 8 يناير 2026:</strong> …</p>"
 */
export function updateLine(updates: readonly { date: string; note: string }[], locale: Locale = DEFAULT_LOCALE): string {
  const newest = updates
    .map((update) => update.date)
    .sort()
    .at(-1);
  if (newest === undefined) return '';
  const notes = updates.filter((update) => update.date === newest).map((update) => escapeHtml(update.note));
  return `<p><strong>${escapeHtml(uiStrings(locale).publishing.updatedOn(formatDay(newest, locale)))}:</strong> ${notes.join(' ')}</p>`;
}

function updateList(updates: readonly { date: string; note: string }[], locale: Locale): string {
  const line = (update: { date: string; note: string }) =>
    `<li>${escapeHtml(formatDay(update.date, locale))}: ${escapeHtml(update.note)}</li>`;
  return `<ul>${updates.map(line).join('')}</ul>`;
}

/**
 * A page's sources as a feed item lists them, each dated in the edition's words; a source's publisher and title
 * are its own, in the language it was published in.
 * @example sourceList([{ publisher: 'Reuters', title: 'Talks resume', date: '2026-01-05', … }], 'he') // "<ol><li>Reuters, Talks resume, 5 בינואר 2026</li></ol>"
 */
export function sourceList(sources: readonly Source[], locale: Locale = DEFAULT_LOCALE): string {
  const ui = uiStrings(locale);
  const lines = sources.map((source) => {
    // A dead source's headline opens its archived copy, as on its page; without a copy, its address is all there is.
    const href = sourceLinks(source).headline?.href ?? source.url;
    const title = href ? `<a href="${escapeHtml(href)}">${escapeHtml(source.title)}</a>` : escapeHtml(source.title);
    const inferred = source.dateInferred ? ` (${escapeHtml(ui.dateInferred)})` : '';
    return `<li>${escapeHtml(source.publisher)}, ${title}, ${escapeHtml(formatDayOrMonth(source.date, locale))}${inferred}</li>`;
  });
  return `<ol>${lines.join('')}</ol>`;
}

/** The page of a round or an event. */
function itemPage(item: Pick<TimelineItem, 'kind' | 'id'>): string {
  return pageOf(collectionOf(item), item.id);
}

function collectionOf(item: { kind: 'round' | 'event' }): 'rounds' | 'events' {
  return item.kind === 'round' ? 'rounds' : 'events';
}

/**
 * Every link and image of a body made absolute: a feed reader shows the body
 * away from the site, where "/people/x/" and "#source-3" lead nowhere.
 * @example absoluteLinks('<a href="#source-3">[3]</a>', 'https://example.org/rounds/x/') // '<a href="https://example.org/rounds/x/#source-3">[3]</a>'
 */
export function absoluteLinks(html: string, pageUrl: string): string {
  const origin = new URL(pageUrl).origin;
  return html.replace(/ (href|src)="([^"]*)"/g, (attribute: string, name: string, value: string) => {
    if (value.startsWith('#')) return ` ${name}="${pageUrl}${value}"`;
    if (value.startsWith('/') && !value.startsWith('//')) return ` ${name}="${origin}${value}"`;
    return attribute;
  });
}

/** A body without the "#" link beside each section heading (see remark-section-anchors): it only copies an address on the page. */
export function withoutSectionLinks(html: string): string {
  return html.replace(/ ?<a [^>]*class="anchor"[^>]*>#<\/a>/g, '');
}

/** A calendar day as the instant it begins, in RFC 3339, as JSON Feed and Atom dates are written. */
function instantOf(day: string): string {
  return parseDay(day).toISOString();
}

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/**
 * The options @astrojs/rss makes the RSS feed from. RSS 2.0 has no date of
 * change, so an updated item says so at the top of its content, where every
 * reader shows it, and carries an `atom:updated` for readers that read one;
 * its guid stays its address, so the update replaces the item, not adds one.
 */
export function rssFeed(
  channel: Pick<FeedChannel, 'title' | 'description' | 'page' | 'locale'>,
  items: readonly FeedItem[],
  site: URL,
): RSSOptions {
  const self = new URL(localizedPath(feedUrl(channel.page, 'rss'), channel.locale), site).href;
  return {
    title: channel.title,
    description: channel.description,
    site: new URL(localizedPath(channel.page, channel.locale), site).href,
    xmlns: { atom: ATOM_NAMESPACE },
    customData: `<language>${editionOf(channel.locale).lang}</language><atom:link href="${escapeHtml(self)}" rel="self" type="${FEED_KINDS.rss.type}"/>`,
    items: items.map((item): RSSFeedItem => ({
      link: item.url,
      title: item.title,
      description: item.summary,
      pubDate: parseDay(item.published),
      content: item.contentHtml,
      ...(item.modified ? { customData: `<atom:updated>${instantOf(item.modified)}</atom:updated>` } : {}),
    })),
  };
}

/** A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  authors: { name: string; url: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    date_modified?: string;
  }[];
}

/** The JSON Feed of a channel; an updated item carries `date_modified`, the day it last changed. */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[], site: URL): JsonFeed {
  const { locale } = channel;
  return {
    version: JSON_FEED_VERSION,
    title: channel.title,
    description: channel.description,
    home_page_url: new URL(localizedPath(channel.page, locale), site).href,
    feed_url: new URL(localizedPath(feedUrl(channel.page, 'json'), locale), site).href,
    language: editionOf(locale).lang,
    authors: [{ name: uiStrings(locale).siteTitle, url: absoluteUrl(localizedPath(HOME_PAGE_URL, locale), site) }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      date_published: instantOf(item.published),
      ...(item.modified ? { date_modified: instantOf(item.modified) } : {}),
    })),
  };
}

/**
 * The record as schema.org data, published as JSON-LD in each page's head so
 * search engines and reference tools read each page for what it is: a round as
 * an event with its attendees, said no more firmly than the record says it; a
 * round's or an event's page as a dated news article; a person's page as a
 * profile; an issue's page and every list as a collection; and every page with
 * its place in the site. The types are schema-dts's, so a property schema.org
 * does not have, or a value of the wrong kind, fails the type check. Every
 * page speaks its edition's language, names and links the edition's pages, and
 * links the same page in the other editions as a translation of its English.
 */
import type {
  BreadcrumbList,
  CollectionPage,
  CreativeWork,
  Event,
  EventStatusType,
  NewsArticle,
  Organization,
  Person as SchemaPerson,
  Place,
  ProfilePage,
  Role,
  SearchResultsPage,
  Thing,
  WebPage,
  WebSite,
  WithContext,
} from 'schema-dts';
import { yearOf } from '@/lib/base/dates';
import { sideLabel, type Side } from '@/lib/base/sides';
import { DEFAULT_LOCALE, editionOf, englishPath, localizedPath, TRANSLATED_LOCALES, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import { absoluteUrl, NAV_SECTIONS, PAGE_PREFIX, personUrl, roundUrl, yearUrl, sectionUrl, HOME_PAGE_URL } from '@/lib/base/urls';
import { cityName } from '@/lib/model/round-names';
import { otherSpellingsOf, roleHeldOn } from '@/lib/model/people';
import { MEDIATING_SIDE, attendanceDoubtSentence, delegatesBySide } from '@/lib/model/rounds';
import { placeText } from '@/lib/publish/open-data';
import { SITE_CARD, type ArticleDates } from '@/lib/publish/social-meta';
import type { Entry } from '@/lib/record/entries';
import type { Issue, Person, Round } from '@/lib/record/schemas';
import { DATA_LICENSE } from '@/site';

const CONTEXT = 'https://schema.org';

/** The one type of a schema-dts union that is exactly `Type`, not a subtype or a bare reference. */
type NodeOf<Union, Type extends string> = Extract<Union, { '@type': Type }>;

/** A round as an Event node. */
export type EventNode = NodeOf<Event, 'Event'>;
/** A person as a Person node. */
export type PersonNode = NodeOf<SchemaPerson, 'Person'>;
type OrganizationNode = NodeOf<Organization, 'Organization'>;
type PlaceNode = NodeOf<Place, 'Place'>;
type WorkNode = NodeOf<CreativeWork, 'CreativeWork'>;
/** An issue as the plain Thing its page is about. */
export type TopicNode = NodeOf<Thing, 'Thing'>;
/** An attendee the sources do not settle, in schema.org's Role pattern around the person. */
type UncertainAttendee = NodeOf<Role<PersonNode, 'attendee'>, 'Role'>;

/** The type of a page that is not a content page: a list (a year, an index, a view), the search page, or a page of its own. */
export type PageType = 'CollectionPage' | 'SearchResultsPage' | 'WebPage';

/** One JSON-LD block of a page. */
export type StructuredData = WithContext<
  EventNode | NewsArticle | ProfilePage | CollectionPage | SearchResultsPage | NodeOf<WebPage, 'WebPage'> | BreadcrumbList | WebSite
>;

/** A node that describes what a content page is about: a round's event, a person, an issue. */
export type MainEntity = EventNode | PersonNode | TopicNode;

/**
 * What the record knows of whether a meeting went ahead as announced: a postponement or cancellation it records, and
 * for a meeting held or announced, only what a side confirmed; a meeting only the press reported has no status.
 */
function knownEventStatus(round: Pick<Round, 'status' | 'confirmedBy'>): EventStatusType | undefined {
  switch (round.status) {
    case 'postponed':
      return `${CONTEXT}/EventPostponed`;
    case 'cancelled':
      return `${CONTEXT}/EventCancelled`;
    case 'held':
    case 'scheduled':
      return round.confirmedBy.length > 0 ? `${CONTEXT}/EventScheduled` : undefined;
  }
}

const sideAsOrganization = (side: Side, locale: Locale): OrganizationNode => ({ '@type': 'Organization', name: sideLabel(side, locale) });

/** The site itself, as the author and publisher of its pages, named and linked in an edition. */
function siteOrganization(site: string | URL, locale: Locale): OrganizationNode {
  return { '@type': 'Organization', name: uiStrings(locale).siteTitle, url: absoluteUrl(localizedPath(HOME_PAGE_URL, locale), site) };
}

/** A page of another edition, as the work a page translates or one of its translations. */
const editionWork = (path: string, locale: Locale, site: string | URL): WorkNode => ({
  '@type': 'CreativeWork',
  url: absoluteUrl(path, site),
  inLanguage: editionOf(locale).lang,
});

/**
 * A page's place among its editions: an Arabic or Hebrew page is a translation of its English page, and an English
 * page has the Arabic and Hebrew pages as its translations.
 * @example translationLinks('/ar/people/', 'ar', 'https://example.org') // { translationOfWork: { '@type': 'CreativeWork', url: 'https://example.org/people/', inLanguage: 'en-GB' } }
 */
export function translationLinks(
  path: string,
  locale: Locale,
  site: string | URL,
): { translationOfWork: WorkNode } | { workTranslation: WorkNode[] } {
  const english = englishPath(path);
  if (locale !== DEFAULT_LOCALE) return { translationOfWork: editionWork(english, DEFAULT_LOCALE, site) };
  return { workTranslation: TRANSLATED_LOCALES.map((other) => editionWork(localizedPath(english, other), other, site)) };
}

/** The id of a node: its page's address and a fragment, "…/rounds/2026-01-05-paris/#event". */
const nodeId = (path: string, fragment: string, site: string | URL): string => sectionUrl(absoluteUrl(path, site), fragment);

/**
 * Where a meeting took place, its city in an edition's words: in one country, a place in that country by its ISO
 * code; on a border between two, a place by its name alone, since schema.org's address names one country.
 */
export function meetingPlace(place: Round['place'], locale: Locale = DEFAULT_LOCALE): PlaceNode {
  if (typeof place.country !== 'string') return { '@type': 'Place', name: placeText(place, locale) };
  const city = cityName({ place }, locale);
  return {
    '@type': 'Place',
    name: place.venue ?? city,
    address: { '@type': 'PostalAddress', addressLocality: city, addressCountry: place.country },
  };
}

/**
 * A round as a schema.org Event, saying only what the record knows: its days unless they were never reported, its
 * status as far as a side confirmed it, where, and who attended for which side, each with the role they held on the
 * day and any doubt about their presence, in an edition's words and linking its pages.
 */
export function roundEvent(
  round: Entry<Round>,
  personById: ReadonlyMap<string, Entry<Person>>,
  site: string | URL,
  locale: Locale = DEFAULT_LOCALE,
): EventNode {
  const { data } = round;
  const delegations = delegatesBySide(data, personById);
  const eventStatus = knownEventStatus(data);
  const page = localizedPath(roundUrl(round.id), locale);
  return {
    '@type': 'Event',
    '@id': nodeId(page, 'event', site),
    name: data.title,
    description: data.summary,
    url: absoluteUrl(page, site),
    // A meeting dated by the report of it has no day of its own to give.
    ...(data.datedByReport ? {} : { startDate: data.start, endDate: data.end ?? data.start }),
    ...(eventStatus === undefined ? {} : { eventStatus }),
    eventAttendanceMode: `${CONTEXT}/OfflineEventAttendanceMode`,
    location: meetingPlace(data.place, locale),
    attendee: delegations.flatMap(({ side, delegates }) =>
      delegates.map((delegate): PersonNode | UncertainAttendee => {
        const personPage = localizedPath(personUrl(delegate.id), locale);
        const person: PersonNode = {
          '@type': 'Person',
          '@id': nodeId(personPage, 'person', site),
          name: delegate.name,
          url: absoluteUrl(personPage, site),
          ...(delegate.role === undefined ? {} : { jobTitle: delegate.role }),
          affiliation: sideAsOrganization(side, locale),
        };
        return delegate.doubt
          ? { '@type': 'Role', description: attendanceDoubtSentence(delegate.doubt, locale), attendee: person }
          : person;
      }),
    ),
    // The mediating side convenes the talks: a round its people sat in is one it organised.
    ...(delegations.some(({ side }) => side === MEDIATING_SIDE) ? { organizer: sideAsOrganization(MEDIATING_SIDE, locale) } : {}),
  };
}

/**
 * A person as schema.org sees them: every other spelling of the name, the
 * role they hold on `asOf` (the record's newest day, what "current" means
 * across the site), and the side they belong to, in an edition's words and at its page.
 */
export function personNode(person: Entry<Person>, asOf: string, site: string | URL, locale: Locale = DEFAULT_LOCALE): PersonNode {
  const spellings = otherSpellingsOf(person.data);
  const role = roleHeldOn(person.data.roles, asOf);
  const page = localizedPath(personUrl(person.id), locale);
  return {
    '@type': 'Person',
    '@id': nodeId(page, 'person', site),
    name: person.data.name,
    url: absoluteUrl(page, site),
    ...(spellings.length > 0 ? { alternateName: spellings } : {}),
    ...(role ? { jobTitle: role.title } : {}),
    affiliation: sideAsOrganization(person.data.side, locale),
  };
}

/** An issue as the topic its page is about: its title and every other name readers use for it. */
export function issueTopic(issue: Entry<Issue>): TopicNode {
  const { title, aliases } = issue.data;
  return { '@type': 'Thing', name: title, ...(aliases.length > 0 ? { alternateName: aliases } : {}) };
}

/** A content page as structured data describes it. */
export interface ArticlePage {
  /** The page's address on the site, in its edition: /rounds/2026-01-05-paris/, /ar/rounds/2026-01-05-paris/. */
  path: string;
  headline: string;
  description: string;
  dates: ArticleDates;
  /** The day the timeline files a round or an event under: its year is the page's place in the breadcrumb trail. */
  timelineDay?: string | undefined;
  /** The node the page is about, when it has one: the round's event, the person, the issue. */
  about?: MainEntity | undefined;
}

/** The id of an edition's WebSite node, which every page of the edition is part of. */
const websiteId = (site: string | URL, locale: Locale): string => nodeId(localizedPath(HOME_PAGE_URL, locale), 'website', site);

/**
 * What every page of the site says of itself: its name, address, language, publisher and license, that it is part of
 * its edition's site, and its other editions.
 */
function pageFacts(page: { name: string; description: string; path: string }, site: string | URL, locale: Locale) {
  return {
    name: page.name,
    description: page.description,
    url: absoluteUrl(page.path, site),
    inLanguage: editionOf(locale).lang,
    isPartOf: { '@id': websiteId(site, locale) },
    publisher: siteOrganization(site, locale),
    license: DATA_LICENSE.url,
    ...translationLinks(page.path, locale, site),
  };
}

/** The day a page last changed, when the record has one. */
const modifiedOf = (dates: ArticleDates) => (dates.modified === undefined ? {} : { dateModified: dates.modified });

/**
 * A round's or an event's page as the NewsArticle it is, published by the site, free to read and reuse, dated by
 * the day it is dated by and the day it last changed, in its edition's language, with its other editions. A page
 * with no day of its own is not a news article.
 */
export function newsArticle(page: ArticlePage, site: string | URL, locale: Locale = DEFAULT_LOCALE): WithContext<NewsArticle> {
  const { published, modified } = page.dates;
  if (published === undefined || modified === undefined) {
    throw new Error(`${page.path}: a news article needs the day it is dated by; give the page its \`published\` day`);
  }
  const url = absoluteUrl(page.path, site);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: page.headline,
    description: page.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: published,
    dateModified: modified,
    author: siteOrganization(site, locale),
    publisher: siteOrganization(site, locale),
    isAccessibleForFree: true,
    inLanguage: editionOf(locale).lang,
    license: DATA_LICENSE.url,
    image: absoluteUrl(SITE_CARD.path, site),
    ...translationLinks(page.path, locale, site),
    ...(page.about?.['@id'] === undefined ? {} : { about: { '@id': page.about['@id'] } }),
  };
}

/** A person's page as a ProfilePage whose main entity is the person. */
export function profilePage(
  page: ArticlePage,
  person: PersonNode,
  site: string | URL,
  locale: Locale = DEFAULT_LOCALE,
): WithContext<ProfilePage> {
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    ...pageFacts({ name: page.headline, description: page.description, path: page.path }, site, locale),
    ...modifiedOf(page.dates),
    mainEntity: person,
  };
}

/** An issue's page as the CollectionPage it is: the rounds and events an issue came up in, and what each side said of it. */
export function issuePage(
  page: ArticlePage,
  topic: TopicNode,
  site: string | URL,
  locale: Locale = DEFAULT_LOCALE,
): WithContext<CollectionPage> {
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    ...pageFacts({ name: page.headline, description: page.description, path: page.path }, site, locale),
    ...modifiedOf(page.dates),
    about: topic,
  };
}

/** A note's page: a page of explanation, not news, and with no day of its own. */
function notePage(page: ArticlePage, site: string | URL, locale: Locale): WithContext<NodeOf<WebPage, 'WebPage'>> {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    ...pageFacts({ name: page.headline, description: page.description, path: page.path }, site, locale),
    ...modifiedOf(page.dates),
  };
}

/** The kinds of content page. */
export type ArticleKind = 'round' | 'event' | 'person' | 'issue' | 'note';

/** One step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  path: string;
}

/** An edition's home page as the first step of every trail. */
const homeCrumb = (locale: Locale): Crumb => ({ name: uiStrings(locale).publishing.home, path: localizedPath(HOME_PAGE_URL, locale) });

/** An index page as a step of the trail, in an edition, named as the header's navigation names it. */
function indexCrumb(path: string, locale: Locale): Crumb {
  const section = NAV_SECTIONS.find((candidate) => candidate.href === path);
  return { name: section ? uiStrings(locale).nav[section.key] : path, path: localizedPath(path, locale) };
}

/** The section a content page belongs to, between the home page and the page itself, in an edition. */
function sectionOf(kind: ArticleKind, day: string | undefined, locale: Locale): Crumb | undefined {
  switch (kind) {
    case 'person':
      return indexCrumb(PAGE_PREFIX.people, locale);
    case 'issue':
      return indexCrumb(PAGE_PREFIX.issues, locale);
    case 'round':
    case 'event':
      return day === undefined ? undefined : { name: String(yearOf(day)), path: localizedPath(yearUrl(yearOf(day)), locale) };
    case 'note':
      return undefined;
  }
}

/**
 * Where a content page sits in the site, from the home page down to the page:
 * a round or an event under its year of the timeline, a person or an issue
 * under its index, a note directly under the home page; every step named and linked in the page's edition.
 * @example breadcrumbTrail('round', { name: 'Paris talks', path: '/rounds/2026-01-05-paris/', day: '2026-01-05' })
 * // Home (/) › 2026 (/years/2026/) › Paris talks
 * @example breadcrumbTrail('person', { name: 'رون ديرمر', path: '/ar/people/ron-dermer/' }, 'ar')
 * // الرئيسية (/ar/) › الأشخاص (/ar/people/) › رون ديرمر
 */
export function breadcrumbTrail(kind: ArticleKind, page: Crumb & { day?: string | undefined }, locale: Locale = DEFAULT_LOCALE): Crumb[] {
  const section = sectionOf(kind, page.day, locale);
  return [homeCrumb(locale), ...(section ? [section] : []), { name: page.name, path: page.path }];
}

/** A breadcrumb trail as a schema.org BreadcrumbList, every step with its absolute address. */
export function breadcrumbList(trail: readonly Crumb[], site: string | URL): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, site),
    })),
  };
}

/** An event as a top-level block, in schema.org's context. */
function inContext(node: EventNode): WithContext<EventNode> {
  return { '@context': CONTEXT, ...node };
}

/** The blocks that say what a content page is: an article with what it is about, a profile, a collection, a note. */
function contentPageData(kind: ArticleKind, page: ArticlePage, site: string | URL, locale: Locale): StructuredData[] {
  switch (kind) {
    case 'round':
      if (page.about?.['@type'] !== 'Event') throw new Error(`${page.path}: a round's page needs its Event node as \`about\``);
      return [inContext(page.about), newsArticle(page, site, locale)];
    case 'event':
      return [newsArticle(page, site, locale)];
    case 'person':
      if (page.about?.['@type'] !== 'Person') throw new Error(`${page.path}: a person's page needs its Person node as \`about\``);
      return [profilePage(page, page.about, site, locale)];
    case 'issue':
      if (page.about?.['@type'] !== 'Thing') throw new Error(`${page.path}: an issue's page needs its topic as \`about\``);
      return [issuePage(page, page.about, site, locale)];
    case 'note':
      return [notePage(page, site, locale)];
  }
}

/** Every JSON-LD block of a content page of an edition: what it is, and where it sits in the site. */
export function articleStructuredData(
  kind: ArticleKind,
  page: ArticlePage,
  site: string | URL,
  locale: Locale = DEFAULT_LOCALE,
): StructuredData[] {
  const trail = breadcrumbTrail(kind, { name: page.headline, path: page.path, day: page.timelineDay }, locale);
  return [...contentPageData(kind, page, site, locale), breadcrumbList(trail, site)];
}

/** A page that is not a content page: where it is, what it is called and says, and what type of page it is. */
export interface OtherPage extends Crumb {
  description: string;
  type: PageType;
}

/**
 * The structured data of a page of an edition that is not a content page: the
 * edition's home page is the WebSite itself, in its language; any other (a
 * year, an index, a view, the search or data page) is a page of its type, a
 * step under the home page.
 */
export function pageStructuredData(page: OtherPage, site: string | URL, locale: Locale = DEFAULT_LOCALE): StructuredData[] {
  if (englishPath(page.path) === HOME_PAGE_URL) {
    const ui = uiStrings(locale);
    return [
      {
        '@context': CONTEXT,
        '@type': 'WebSite',
        '@id': websiteId(site, locale),
        name: ui.siteTitle,
        description: ui.siteDescription,
        url: absoluteUrl(localizedPath(HOME_PAGE_URL, locale), site),
        inLanguage: editionOf(locale).lang,
        publisher: siteOrganization(site, locale),
        license: DATA_LICENSE.url,
        ...translationLinks(page.path, locale, site),
      },
    ];
  }
  const facts = pageFacts(page, site, locale);
  const node: StructuredData =
    page.type === 'CollectionPage'
      ? { '@context': CONTEXT, '@type': 'CollectionPage', ...facts }
      : page.type === 'SearchResultsPage'
        ? { '@context': CONTEXT, '@type': 'SearchResultsPage', ...facts }
        : { '@context': CONTEXT, '@type': 'WebPage', ...facts };
  return [node, breadcrumbList([homeCrumb(locale), page], site)];
}

/**
 * JSON for a `<script type="application/ld+json">`: the same data, with `<`, `>` and `&` written as
 * Unicode escapes so no text in it can ever close the script element or open a comment.
 */
export function jsonLdText(data: StructuredData): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026');
}

/**
 * The record as schema.org data, published as JSON-LD in each page's head so
 * search engines and reference tools read each page for what it is: a round as
 * an event with its attendees, said no more firmly than the record says it; a
 * round's or an event's page as a dated news article; a person's page as a
 * profile; an issue's page and every list as a collection; and every page with
 * its place in the site. The types are schema-dts's, so a property schema.org
 * does not have, or a value of the wrong kind, fails the type check.
 */
import type {
  BreadcrumbList,
  CollectionPage,
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
import { DEFAULT_LOCALE } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import { absoluteUrl, NAV_SECTIONS, PAGE_PREFIX, personUrl, roundUrl, yearUrl, sectionUrl, HOME_PAGE_URL } from '@/lib/base/urls';
import { otherSpellingsOf, roleHeldOn } from '@/lib/model/people';
import { MEDIATING_SIDE, attendanceDoubtSentence, delegatesBySide } from '@/lib/model/rounds';
import { placeText } from '@/lib/publish/open-data';
import { SITE_CARD, type ArticleDates } from '@/lib/publish/social-meta';
import type { Entry } from '@/lib/record/entries';
import type { Issue, Person, Round } from '@/lib/record/schemas';
import { DATA_LICENSE, LOCALE, SITE_DESCRIPTION, SITE_TITLE } from '@/site';

const CONTEXT = 'https://schema.org';

/** The one type of a schema-dts union that is exactly `Type`, not a subtype or a bare reference. */
type NodeOf<Union, Type extends string> = Extract<Union, { '@type': Type }>;

/** A round as an Event node. */
export type EventNode = NodeOf<Event, 'Event'>;
/** A person as a Person node. */
export type PersonNode = NodeOf<SchemaPerson, 'Person'>;
type OrganizationNode = NodeOf<Organization, 'Organization'>;
type PlaceNode = NodeOf<Place, 'Place'>;
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

const sideAsOrganization = (side: Side): OrganizationNode => ({ '@type': 'Organization', name: sideLabel(side) });

/** The site itself, as the author and publisher of its pages. */
function siteOrganization(site: string | URL): OrganizationNode {
  return { '@type': 'Organization', name: SITE_TITLE, url: absoluteUrl(HOME_PAGE_URL, site) };
}

/** The id of a node: its page's address and a fragment, "…/rounds/2026-01-05-paris/#event". */
const nodeId = (path: string, fragment: string, site: string | URL): string => sectionUrl(absoluteUrl(path, site), fragment);

/**
 * Where a meeting took place: in one country, a place in that country by its ISO code; on a border between two, a
 * place by its name alone, since schema.org's address names one country.
 */
export function meetingPlace(place: Round['place']): PlaceNode {
  if (typeof place.country !== 'string') return { '@type': 'Place', name: placeText(place) };
  return {
    '@type': 'Place',
    name: place.venue ?? place.city,
    address: { '@type': 'PostalAddress', addressLocality: place.city, addressCountry: place.country },
  };
}

/**
 * A round as a schema.org Event, saying only what the record knows: its days unless they were never reported, its
 * status as far as a side confirmed it, where, and who attended for which side, each with the role they held on the
 * day and any doubt about their presence.
 */
export function roundEvent(round: Entry<Round>, personById: ReadonlyMap<string, Entry<Person>>, site: string | URL): EventNode {
  const { data } = round;
  const delegations = delegatesBySide(data, personById);
  const eventStatus = knownEventStatus(data);
  return {
    '@type': 'Event',
    '@id': nodeId(roundUrl(round.id), 'event', site),
    name: data.title,
    description: data.summary,
    url: absoluteUrl(roundUrl(round.id), site),
    // A meeting dated by the report of it has no day of its own to give.
    ...(data.datedByReport ? {} : { startDate: data.start, endDate: data.end ?? data.start }),
    ...(eventStatus === undefined ? {} : { eventStatus }),
    eventAttendanceMode: `${CONTEXT}/OfflineEventAttendanceMode`,
    location: meetingPlace(data.place),
    attendee: delegations.flatMap(({ side, delegates }) =>
      delegates.map((delegate): PersonNode | UncertainAttendee => {
        const person: PersonNode = {
          '@type': 'Person',
          '@id': nodeId(personUrl(delegate.id), 'person', site),
          name: delegate.name,
          url: absoluteUrl(personUrl(delegate.id), site),
          ...(delegate.role === undefined ? {} : { jobTitle: delegate.role }),
          affiliation: sideAsOrganization(side),
        };
        return delegate.doubt ? { '@type': 'Role', description: attendanceDoubtSentence(delegate.doubt), attendee: person } : person;
      }),
    ),
    // The mediating side convenes the talks: a round its people sat in is one it organised.
    ...(delegations.some(({ side }) => side === MEDIATING_SIDE) ? { organizer: sideAsOrganization(MEDIATING_SIDE) } : {}),
  };
}

/**
 * A person as schema.org sees them: every other spelling of the name, the
 * role they hold on `asOf` (the record's newest day, what "current" means
 * across the site), and the side they belong to.
 */
export function personNode(person: Entry<Person>, asOf: string, site: string | URL): PersonNode {
  const spellings = otherSpellingsOf(person.data);
  const role = roleHeldOn(person.data.roles, asOf);
  return {
    '@type': 'Person',
    '@id': nodeId(personUrl(person.id), 'person', site),
    name: person.data.name,
    url: absoluteUrl(personUrl(person.id), site),
    ...(spellings.length > 0 ? { alternateName: spellings } : {}),
    ...(role ? { jobTitle: role.title } : {}),
    affiliation: sideAsOrganization(person.data.side),
  };
}

/** An issue as the topic its page is about: its title and every other name readers use for it. */
export function issueTopic(issue: Entry<Issue>): TopicNode {
  const { title, aliases } = issue.data;
  return { '@type': 'Thing', name: title, ...(aliases.length > 0 ? { alternateName: aliases } : {}) };
}

/** A content page as structured data describes it. */
export interface ArticlePage {
  /** The page's address on the site: /rounds/2026-01-05-paris/. */
  path: string;
  headline: string;
  description: string;
  dates: ArticleDates;
  /** The day the timeline files a round or an event under: its year is the page's place in the breadcrumb trail. */
  timelineDay?: string | undefined;
  /** The node the page is about, when it has one: the round's event, the person, the issue. */
  about?: MainEntity | undefined;
}

/** The id of the site's WebSite node, which every page is part of. */
const websiteId = (site: string | URL): string => nodeId(HOME_PAGE_URL, 'website', site);

/** What every page of the site says of itself: its name, address, language, publisher and license, and that it is part of the site. */
function pageFacts(page: { name: string; description: string; path: string }, site: string | URL) {
  return {
    name: page.name,
    description: page.description,
    url: absoluteUrl(page.path, site),
    inLanguage: LOCALE,
    isPartOf: { '@id': websiteId(site) },
    publisher: siteOrganization(site),
    license: DATA_LICENSE.url,
  };
}

/** The day a page last changed, when the record has one. */
const modifiedOf = (dates: ArticleDates) => (dates.modified === undefined ? {} : { dateModified: dates.modified });

/**
 * A round's or an event's page as the NewsArticle it is, published by the site, free to read and reuse, dated by
 * the day it is dated by and the day it last changed. A page with no day of its own is not a news article.
 */
export function newsArticle(page: ArticlePage, site: string | URL): WithContext<NewsArticle> {
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
    author: siteOrganization(site),
    publisher: siteOrganization(site),
    isAccessibleForFree: true,
    inLanguage: LOCALE,
    license: DATA_LICENSE.url,
    image: absoluteUrl(SITE_CARD.path, site),
    ...(page.about?.['@id'] === undefined ? {} : { about: { '@id': page.about['@id'] } }),
  };
}

/** A person's page as a ProfilePage whose main entity is the person. */
export function profilePage(page: ArticlePage, person: PersonNode, site: string | URL): WithContext<ProfilePage> {
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    ...pageFacts({ name: page.headline, description: page.description, path: page.path }, site),
    ...modifiedOf(page.dates),
    mainEntity: person,
  };
}

/** An issue's page as the CollectionPage it is: the rounds and events an issue came up in, and what each side said of it. */
export function issuePage(page: ArticlePage, topic: TopicNode, site: string | URL): WithContext<CollectionPage> {
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    ...pageFacts({ name: page.headline, description: page.description, path: page.path }, site),
    ...modifiedOf(page.dates),
    about: topic,
  };
}

/** A note's page: a page of explanation, not news, and with no day of its own. */
function notePage(page: ArticlePage, site: string | URL): WithContext<NodeOf<WebPage, 'WebPage'>> {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    ...pageFacts({ name: page.headline, description: page.description, path: page.path }, site),
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

/** An index page as a step of the trail, named as the header's navigation names it. */
function indexCrumb(path: string): Crumb {
  const section = NAV_SECTIONS.find((candidate) => candidate.href === path);
  return { name: section ? uiStrings(DEFAULT_LOCALE).nav[section.key] : path, path };
}

/** The section a content page belongs to, between the home page and the page itself. */
function sectionOf(kind: ArticleKind, day: string | undefined): Crumb | undefined {
  switch (kind) {
    case 'person':
      return indexCrumb(PAGE_PREFIX.people);
    case 'issue':
      return indexCrumb(PAGE_PREFIX.issues);
    case 'round':
    case 'event':
      return day === undefined ? undefined : { name: String(yearOf(day)), path: yearUrl(yearOf(day)) };
    case 'note':
      return undefined;
  }
}

/**
 * Where a content page sits in the site, from the home page down to the page:
 * a round or an event under its year of the timeline, a person or an issue
 * under its index, a note directly under the home page.
 * @example breadcrumbTrail('round', { name: 'Paris talks', path: '/rounds/2026-01-05-paris/', day: '2026-01-05' })
 * // Home (/) › 2026 (/years/2026/) › Paris talks
 */
export function breadcrumbTrail(kind: ArticleKind, page: Crumb & { day?: string | undefined }): Crumb[] {
  const section = sectionOf(kind, page.day);
  return [{ name: 'Home', path: HOME_PAGE_URL }, ...(section ? [section] : []), { name: page.name, path: page.path }];
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
function contentPageData(kind: ArticleKind, page: ArticlePage, site: string | URL): StructuredData[] {
  switch (kind) {
    case 'round':
      if (page.about?.['@type'] !== 'Event') throw new Error(`${page.path}: a round's page needs its Event node as \`about\``);
      return [inContext(page.about), newsArticle(page, site)];
    case 'event':
      return [newsArticle(page, site)];
    case 'person':
      if (page.about?.['@type'] !== 'Person') throw new Error(`${page.path}: a person's page needs its Person node as \`about\``);
      return [profilePage(page, page.about, site)];
    case 'issue':
      if (page.about?.['@type'] !== 'Thing') throw new Error(`${page.path}: an issue's page needs its topic as \`about\``);
      return [issuePage(page, page.about, site)];
    case 'note':
      return [notePage(page, site)];
  }
}

/** Every JSON-LD block of a content page: what it is, and where it sits in the site. */
export function articleStructuredData(kind: ArticleKind, page: ArticlePage, site: string | URL): StructuredData[] {
  const trail = breadcrumbTrail(kind, { name: page.headline, path: page.path, day: page.timelineDay });
  return [...contentPageData(kind, page, site), breadcrumbList(trail, site)];
}

/** A page that is not a content page: where it is, what it is called and says, and what type of page it is. */
export interface OtherPage extends Crumb {
  description: string;
  type: PageType;
}

/**
 * The structured data of a page that is not a content page: the home page is
 * the WebSite itself; any other (a year, an index, a view, the search or data
 * page) is a page of its type, a step under the home page.
 */
export function pageStructuredData(page: OtherPage, site: string | URL): StructuredData[] {
  if (page.path === HOME_PAGE_URL) {
    return [
      {
        '@context': CONTEXT,
        '@type': 'WebSite',
        '@id': websiteId(site),
        name: SITE_TITLE,
        description: SITE_DESCRIPTION,
        url: absoluteUrl(HOME_PAGE_URL, site),
        inLanguage: LOCALE,
        publisher: siteOrganization(site),
        license: DATA_LICENSE.url,
      },
    ];
  }
  const facts = pageFacts(page, site);
  const node: StructuredData =
    page.type === 'CollectionPage'
      ? { '@context': CONTEXT, '@type': 'CollectionPage', ...facts }
      : page.type === 'SearchResultsPage'
        ? { '@context': CONTEXT, '@type': 'SearchResultsPage', ...facts }
        : { '@context': CONTEXT, '@type': 'WebPage', ...facts };
  return [node, breadcrumbList([{ name: 'Home', path: HOME_PAGE_URL }, page], site)];
}

/**
 * JSON for a `<script type="application/ld+json">`: the same data, with `<`, `>` and `&` written as
 * Unicode escapes so no text in it can ever close the script element or open a comment.
 */
export function jsonLdText(data: StructuredData): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026');
}

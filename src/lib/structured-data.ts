/**
 * The record as schema.org data, published as JSON-LD in each page's head so
 * search engines and reference tools read a round as an event with its
 * attendees, a person as a person, and every content page as a dated article
 * with its place in the site.
 */
import type { Person, Round } from '../schemas';
import { DATA_LICENSE, LOCALE, SITE_DESCRIPTION, SITE_TITLE } from '../site';
import { yearOf } from './dates';
import { otherSpellingsOf, roleHeldOn } from './people';
import type { Entry } from './record';
import { MEDIATING_SIDE, attendanceDoubtSentence, delegatesBySide } from './rounds';
import { sideLabel, type Side } from './sides';
import { SITE_CARD, type ArticleDates } from './social-meta';
import { absoluteUrl, NAV_SECTIONS, PAGE_PREFIX, personUrl, roundUrl, yearUrl } from './urls';

const CONTEXT = 'https://schema.org';

interface Organization {
  '@type': 'Organization';
  name: string;
  url?: string;
}

interface PersonThing {
  '@type': 'Person';
  /** The person's page and a fragment: every mention of the person on the site names the same node. */
  '@id': string;
  name: string;
  url: string;
  alternateName?: string[];
  jobTitle?: string;
  affiliation: Organization;
}

interface EventThing {
  '@type': 'Event';
  '@id': string;
  name: string;
  description: string;
  url: string;
  startDate?: string;
  endDate?: string;
  eventStatus: string;
  eventAttendanceMode: string;
  location: {
    '@type': 'Place';
    name: string;
    address: { '@type': 'PostalAddress'; addressLocality: string; addressCountry: string };
  };
  attendee: (PersonThing | UncertainAttendee)[];
  organizer?: Organization;
}

/**
 * An attendee the sources do not settle, in schema.org's Role pattern: the doubt belongs to this presence at this
 * meeting, not to the person, whose node every page shares.
 */
interface UncertainAttendee {
  '@type': 'Role';
  description: string;
  attendee: PersonThing;
}

interface NewsArticleThing {
  '@type': 'NewsArticle';
  headline: string;
  description: string;
  url: string;
  mainEntityOfPage: { '@type': 'WebPage'; '@id': string };
  datePublished?: string;
  dateModified?: string;
  author: Organization;
  publisher: Organization;
  isAccessibleForFree: true;
  inLanguage: string;
  license: string;
  image: string;
  about?: { '@id': string };
}

interface BreadcrumbListThing {
  '@type': 'BreadcrumbList';
  itemListElement: { '@type': 'ListItem'; position: number; name: string; item: string }[];
}

/** A top-level JSON-LD block; nodes inside it take their context from it. */
interface WebSiteThing {
  '@type': 'WebSite';
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  publisher: Organization;
  license: string;
}

type InContext<Thing> = Thing & { '@context': typeof CONTEXT };

export type EventData = InContext<EventThing>;
export type PersonData = InContext<PersonThing>;
export type NewsArticleData = InContext<NewsArticleThing>;
export type BreadcrumbListData = InContext<BreadcrumbListThing>;
/** One JSON-LD block of a page. */
export type WebSiteData = InContext<WebSiteThing>;
export type StructuredData = EventData | PersonData | NewsArticleData | BreadcrumbListData | WebSiteData;

/** A node that describes what a page is about: it has an id the page's article points to. */
export type MainEntity = EventData | PersonData;

/** schema.org's status of each round status. A held round took place as announced, which schema.org calls scheduled. */
const EVENT_STATUS: Record<Round['status'], string> = {
  held: `${CONTEXT}/EventScheduled`,
  scheduled: `${CONTEXT}/EventScheduled`,
  postponed: `${CONTEXT}/EventPostponed`,
  cancelled: `${CONTEXT}/EventCancelled`,
};

const sideAsOrganization = (side: Side): Organization => ({ '@type': 'Organization', name: sideLabel(side) });

/** The site itself, as the author and publisher of its pages. */
function siteOrganization(site: string | URL): Organization {
  return { '@type': 'Organization', name: SITE_TITLE, url: absoluteUrl('/', site) };
}

/** The id of the node a page is about: its address and a fragment, "…/rounds/2026-01-05-paris/#event". */
const nodeId = (path: string, fragment: string, site: string | URL): string => `${absoluteUrl(path, site)}#${fragment}`;

/**
 * A round as a schema.org Event: when and where, its status, and who attended
 * for which side, each with the role they held on the day and any doubt about their presence.
 */
export function roundEvent(round: Entry<Round>, personById: ReadonlyMap<string, Entry<Person>>, site: string | URL): EventData {
  const { data } = round;
  const delegations = delegatesBySide(data, personById);
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': nodeId(roundUrl(round.id), 'event', site),
    name: data.title,
    description: data.summary,
    url: absoluteUrl(roundUrl(round.id), site),
    // A meeting dated by the report of it has no day of its own to give.
    ...(data.datedByReport ? {} : { startDate: data.start, endDate: data.end ?? data.start }),
    eventStatus: EVENT_STATUS[data.status],
    eventAttendanceMode: `${CONTEXT}/OfflineEventAttendanceMode`,
    location: {
      '@type': 'Place',
      name: data.place.venue ?? data.place.city,
      address: { '@type': 'PostalAddress', addressLocality: data.place.city, addressCountry: data.place.country },
    },
    attendee: delegations.flatMap(({ side, delegates }) =>
      delegates.map((delegate) => {
        const person: PersonThing = {
          '@type': 'Person',
          '@id': nodeId(personUrl(delegate.id), 'person', site),
          name: delegate.name,
          url: absoluteUrl(personUrl(delegate.id), site),
          ...(delegate.role === undefined ? {} : { jobTitle: delegate.role }),
          affiliation: sideAsOrganization(side),
        };
        return delegate.doubt
          ? { '@type': 'Role' as const, description: attendanceDoubtSentence(delegate.doubt), attendee: person }
          : person;
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
export function personData(person: Entry<Person>, asOf: string, site: string | URL): PersonData {
  const spellings = otherSpellingsOf(person.data);
  const role = roleHeldOn(person.data.roles, asOf);
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    '@id': nodeId(personUrl(person.id), 'person', site),
    name: person.data.name,
    url: absoluteUrl(personUrl(person.id), site),
    ...(spellings.length > 0 ? { alternateName: spellings } : {}),
    ...(role ? { jobTitle: role.title } : {}),
    affiliation: sideAsOrganization(person.data.side),
  };
}

/** A content page as the article it is. */
export interface ArticlePage {
  /** The page's address on the site: /rounds/2026-01-05-paris/. */
  path: string;
  headline: string;
  description: string;
  dates: ArticleDates;
  /** The day the timeline files a round or an event under: its year is the page's place in the breadcrumb trail. */
  timelineDay?: string | undefined;
  /** The node the page is about, when it has one: the round's event, the person. */
  about?: MainEntity | undefined;
}

/** Every content page as a NewsArticle published by the site, free to read and reuse, dated when it has a day of its own. */
export function newsArticle(page: ArticlePage, site: string | URL): NewsArticleData {
  const url = absoluteUrl(page.path, site);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: page.headline,
    description: page.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    ...(page.dates.published === undefined ? {} : { datePublished: page.dates.published }),
    ...(page.dates.modified === undefined ? {} : { dateModified: page.dates.modified }),
    author: siteOrganization(site),
    publisher: siteOrganization(site),
    isAccessibleForFree: true,
    inLanguage: LOCALE,
    license: DATA_LICENSE.url,
    image: absoluteUrl(SITE_CARD.path, site),
    ...(page.about ? { about: { '@id': page.about['@id'] } } : {}),
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
  return { name: NAV_SECTIONS.find((section) => section.href === path)?.label ?? path, path };
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
  return [{ name: 'Home', path: '/' }, ...(section ? [section] : []), { name: page.name, path: page.path }];
}

/** A breadcrumb trail as a schema.org BreadcrumbList, every step with its absolute address. */
export function breadcrumbList(trail: readonly Crumb[], site: string | URL): BreadcrumbListData {
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

/** Every JSON-LD block of a content page: what it is about, the article itself, and where it sits in the site. */
export function articleStructuredData(kind: ArticleKind, page: ArticlePage, site: string | URL): StructuredData[] {
  const trail = breadcrumbTrail(kind, { name: page.headline, path: page.path, day: page.timelineDay });
  return [...(page.about ? [page.about] : []), newsArticle(page, site), breadcrumbList(trail, site)];
}

/**
 * The structured data of a page that is not a content page: the home page is
 * the WebSite itself; any other (a year, an index, the data page) is a step
 * under the home page.
 */
export function pageStructuredData(page: Crumb, site: string | URL): StructuredData[] {
  if (page.path === '/') {
    return [
      {
        '@context': CONTEXT,
        '@type': 'WebSite',
        name: SITE_TITLE,
        description: SITE_DESCRIPTION,
        url: absoluteUrl('/', site),
        inLanguage: LOCALE,
        publisher: siteOrganization(site),
        license: DATA_LICENSE.url,
      },
    ];
  }
  return [breadcrumbList([{ name: 'Home', path: '/' }, page], site)];
}

/**
 * JSON for a `<script type="application/ld+json">`: the same data, with `<`, `>` and `&` written as
 * Unicode escapes so no text in it can ever close the script element or open a comment.
 */
export function jsonLdText(data: StructuredData): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026');
}

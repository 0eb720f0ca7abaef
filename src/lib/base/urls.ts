import { englishPath } from '@/lib/base/locales';

/** The home page: the newest of the timeline. */
export const HOME_PAGE_URL = '/';

/** The site's icon, which every page names. */
export const ICON_URL = '/favicon.svg';

/** Collection folder → the URL prefix of its pages; the single map of where content is published. */
export const PAGE_PREFIX = {
  rounds: '/rounds/',
  events: '/events/',
  people: '/people/',
  issues: '/issues/',
  notes: '/notes/',
} as const;

export type CollectionName = keyof typeof PAGE_PREFIX;

/** Every collection, in the order the site reads them. */
export const COLLECTIONS = Object.keys(PAGE_PREFIX) as CollectionName[];

/**
 * True for an address under a collection's folder in any edition, "rounds/2026-01-05-paris/" or "/ar/people/ron-dermer/": the page of a
 * content file, or an old address that moved from one (isMovedAddress), which search leaves out. The indexes of people
 * and issues are not content pages.
 */
export function isContentPage(pathname: string): boolean {
  const path = englishPath(withLeadingSlash(pathname));
  return Object.values(PAGE_PREFIX).some((prefix) => path.startsWith(prefix) && path.length > prefix.length);
}

const withLeadingSlash = (pathname: string): string => (pathname.startsWith('/') ? pathname : `/${pathname}`);

/** The page a content file is published as: pageOf('rounds', '2026-01-05-paris') is "/rounds/2026-01-05-paris/". */
export const pageOf = (collection: CollectionName, id: string): string => `${PAGE_PREFIX[collection]}${id}/`;

/** The page of a round: /rounds/2026-01-05-paris/. */
export const roundUrl = (id: string): string => pageOf('rounds', id);
/** The page of a context event. */
export const eventUrl = (id: string): string => pageOf('events', id);
/** The page of a person. */
export const personUrl = (id: string): string => pageOf('people', id);
/** The page of an issue. */
export const issueUrl = (id: string): string => pageOf('issues', id);
/** The page of a note. */
export const noteUrl = (id: string): string => pageOf('notes', id);

/**
 * Addresses that moved, and where they lead now; each is published as a page that forwards at once
 * (src/pages/[...moved].astro), so old links keep working.
 * The timeline newest first is now the home page; an event redated when its first report was found keeps its old address.
 */
export const REDIRECTS = {
  '/newest-first/': HOME_PAGE_URL,
  '/events/2026-05-29-unverified-report-of-expected-meeting/': '/events/2026-01-24-i24news-report-of-expected-meeting-and-golan-lease/',
} as const;

/** True for an address that moved (REDIRECTS), in any edition: its page only forwards to the new one, and search does not index it. */
export const isMovedAddress = (pathname: string): boolean => englishPath(withLeadingSlash(pathname)) in REDIRECTS;

/**
 * The moved addresses a build publishes: those whose new page the build has. A build of other content, such as the
 * test fixtures, lacks the record's pages, and a redirect must never lead to a missing page.
 * @example publishedRedirects(new Set(['/'])) // { '/newest-first/': '/' }
 */
export function publishedRedirects(pages: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(REDIRECTS).filter(([, to]) => pages.has(to)));
}

/** A link to an element of the same page: anchorHref('sources') is "#sources". */
export const anchorHref = (id: string): string => `#${id}`;

/** The id of a page's nth source in its list, which every citation of it links to: sourceAnchorId(2) is "source-2". */
export const sourceAnchorId = (number: number): string => `source-${number}`;

/** An element of another page: sectionUrl('/rounds/2026-01-05-paris/', 'sources') is "/rounds/2026-01-05-paris/#sources". */
export const sectionUrl = (page: string, id: string): string => `${page}${anchorHref(id)}`;

/** A round's nth source, from another page: roundSourceUrl('2026-01-05-paris', 2) is "/rounds/2026-01-05-paris/#source-2". */
export const roundSourceUrl = (id: string, number: number): string => sectionUrl(roundUrl(id), sourceAnchorId(number));

/** The positions a round records, on its page: /rounds/2026-01-05-paris/#positions. */
export const roundPositionsUrl = (id: string): string => sectionUrl(roundUrl(id), 'positions');

/** A page's address with a query string, or without one when the query is empty: withQuery('/search/', 'q=golan') is "/search/?q=golan". */
export const withQuery = (path: string, query: string): string => (query === '' ? path : `${path}?${query}`);

/** The page of one year of the timeline: /years/2025/. */
export const yearUrl = (year: number): string => `/years/${year}/`;

/** Where the short links to numbered rounds live: /r/5/ leads to round 5's page. */
export const SHORT_LINK_PREFIX = '/r/';

/** The short link of a numbered round: shortLinkUrl(5) is "/r/5/". */
export const shortLinkUrl = (roundNumber: number): string => `${SHORT_LINK_PREFIX}${roundNumber}/`;

/** A page's full address on the site: absoluteUrl('/people/', 'https://example.org') is "https://example.org/people/". */
export const absoluteUrl = (path: string, site: string | URL): string => new URL(path, site).href;

/** The note that explains which meetings the site numbers, and why; every round number links to it. */
export const NUMBERING_NOTE_ID = 'round-numbering';
export const NUMBERING_NOTE_URL = noteUrl(NUMBERING_NOTE_ID);

/** Who was in the room: the grid of who sat at each of the latest meetings, and as what. */
export const DELEGATIONS_PAGE_URL = '/delegations/';

/** Each side's stances, issue by issue, at the latest rounds: the positions matrix. */
export const POSITIONS_PAGE_URL = '/positions/';

/** Every red line each side has stated, and the other sides' demands it collides with. */
export const RED_LINES_PAGE_URL = '/red-lines/';

/** Every correction and addition made to a published page, newest first, with its own feed. */
export const CORRECTIONS_PAGE_URL = '/corrections/';

/** The corrections made in one year, all of them. */
export const correctionsYearUrl = (year: number): string => `${CORRECTIONS_PAGE_URL}${year}/`;

/** How the record is sourced, worded, dated and corrected, for readers. */
export const METHODS_PAGE_URL = '/methods/';

/** The page that compares any two held rounds; its choice lives in its query string: /compare/?a=<id>&b=<id>. */
export const COMPARE_PAGE_URL = '/compare/';

/** The page that lists every open-data file, what it holds and its license. */
export const DATA_PAGE_URL = '/data/';
/** The JSON file of a collection: /data/rounds.json. */
export const dataFileUrl = (collection: string): string => `${DATA_PAGE_URL}${collection}.json`;
/** The JSON Schema of a collection's file: /data/schema/rounds.schema.json. */
export const schemaFileUrl = (collection: string): string => `${DATA_PAGE_URL}schema/${collection}.schema.json`;
/** Every stated position, one row each: /data/positions.csv. */
export const POSITIONS_CSV_URL = `${DATA_PAGE_URL}positions.csv`;
/** The timeline in TimelineJS's format. */
export const TIMELINEJS_URL = `${DATA_PAGE_URL}timelinejs.json`;
/** Every round as a calendar event. */
export const CALENDAR_URL = '/rounds.ics';

/** The full search page; its state lives in its query string (see search-state.ts). */
export const SEARCH_PAGE_URL = '/search/';

/** The people and issues search shows as cards before its results (see search-cards.ts), published with the site. */
export const SEARCH_CARDS_URL = `${SEARCH_PAGE_URL}cards.json`;

/** The pages that exist whatever the content: the home page and the indexes. */
export const STATIC_PAGES = [
  HOME_PAGE_URL,
  PAGE_PREFIX.people,
  PAGE_PREFIX.issues,
  SEARCH_PAGE_URL,
  DATA_PAGE_URL,
  DELEGATIONS_PAGE_URL,
  POSITIONS_PAGE_URL,
  RED_LINES_PAGE_URL,
  CORRECTIONS_PAGE_URL,
  COMPARE_PAGE_URL,
  METHODS_PAGE_URL,
] as const;

/** The file each feed format is published as, beside the page the feed follows. */
const FEED_FILES = { rss: 'feed.xml', json: 'feed.json' } as const;

export type FeedFormat = keyof typeof FEED_FILES;

/** Every format the site's, a person's and an issue's feeds are published in. */
export const FEED_FORMATS = Object.keys(FEED_FILES) as FeedFormat[];

/**
 * The address of the feed that follows a page: the site's from the home page, a person's or an issue's from theirs.
 * @example feedUrl('/', 'rss') // "/feed.xml"
 * @example feedUrl('/people/ron-dermer/', 'json') // "/people/ron-dermer/feed.json"
 */
export function feedUrl(page: string, format: FeedFormat): string {
  return `${page}${FEED_FILES[format]}`;
}

/** The URL parameter that carries a reader's search words to the page they open, to be highlighted there. */
export const HIGHLIGHT_PARAM = 'highlight';

/** A page opened from search, carrying the words searched for: highlightedUrl('/people/x/', ['Salameh']) is "/people/x/?highlight=Salameh". */
export const highlightedUrl = (path: string, words: readonly string[]): string =>
  withQuery(path, new URLSearchParams(words.map((word) => [HIGHLIGHT_PARAM, word])).toString());

/** The folder of the built site that holds Pagefind's index and scripts. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Where the browser loads that bundle from. */
export const SEARCH_BUNDLE_URL = `/${SEARCH_BUNDLE_DIR}/`;

/** The ids of the sections pages render around a body; a body heading may not reuse them. */
export const PAGE_SECTION_IDS = [
  'delegations',
  'positions',
  'sources',
  'updates',
  'roles',
  'appearances',
  'about',
  'meetings',
  'cite',
  'embed',
  'readouts',
  'main',
] as const;

/** The page comparing two consecutive held rounds: /compare/2025-09-17-london/2026-01-05-paris/. */
export const compareUrl = (earlierId: string, laterId: string): string => `${COMPARE_PAGE_URL}${earlierId}/${laterId}/`;

/** Every held round the compare page can choose, as one small file it fetches when the reader uses its form. */
export const COMPARE_CHOICES_URL = `${COMPARE_PAGE_URL}rounds.json`;

/** One held round as the compare page reads it: /compare/rounds/2026-01-05-paris.json. */
export const compareDataUrl = (id: string): string => `${COMPARE_PAGE_URL}rounds/${id}.json`;

/** The rel of every link to another site: marked as external, with no opener and no referrer passed on. */
export const EXTERNAL_LINK_REL = 'external noopener noreferrer';

/** The main sections of the site, as the header's navigation lists them, each named by its key in the interface's words (src/lib/base/dictionaries/). */
export const NAV_SECTIONS = [
  { href: HOME_PAGE_URL, key: 'timeline' },
  { href: PAGE_PREFIX.people, key: 'people' },
  { href: PAGE_PREFIX.issues, key: 'issues' },
  { href: POSITIONS_PAGE_URL, key: 'positions' },
  { href: RED_LINES_PAGE_URL, key: 'redLines' },
] as const;

/** Pages that belong to another section's entry: meetings compared sit on the timeline, who was in the room with the people. */
const SECTION_OF_FOLDER: Record<string, (typeof NAV_SECTIONS)[number]['href']> = {
  '': HOME_PAGE_URL,
  rounds: HOME_PAGE_URL,
  events: HOME_PAGE_URL,
  years: HOME_PAGE_URL,
  compare: HOME_PAGE_URL,
  delegations: PAGE_PREFIX.people,
};

/**
 * The navigation entry a page belongs to: rounds, events, years and comparisons are part of the timeline.
 * @example navSectionOf('/rounds/2026-01-05-paris/') // "/"
 * @example navSectionOf('/delegations/') // "/people/"
 * @example navSectionOf('/search/') // undefined
 */
export function navSectionOf(pathname: string): (typeof NAV_SECTIONS)[number]['href'] | undefined {
  const first = pathname.split('/')[1] ?? '';
  return SECTION_OF_FOLDER[first] ?? NAV_SECTIONS.find((section) => section.href === `/${first}/`)?.href;
}

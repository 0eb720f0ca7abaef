/**
 * The structured data and link preview tags of the built site, read as
 * files and checked against content/ itself: every JSON-LD block parses; a
 * round's Event says what its file says and no more; a round's and an event's
 * page is a dated NewsArticle, a person's a ProfilePage of the person, an
 * issue's a CollectionPage, a note's a WebPage, each with breadcrumbs ending
 * at itself; every other page is a page of its type; the missing page names
 * no address; and every page previews with its own title, description and an
 * image that is built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isEmbedPath } from '@/lib/base/embeds';
import { englishPath, localeOfPath, localizedPath } from '@/lib/base/locales';
import { sideLabel, type Side } from '@/lib/base/sides';
import { uiStrings } from '@/lib/base/ui';
import { buildDay } from '@/lib/content/schedule';
import { validateRecord } from '@/lib/content/validate-record';
import { roleHeldOn } from '@/lib/model/people';
import { publishedDay } from '@/lib/model/rounds';
import { indexRecord } from '@/lib/model/site-record';
import { DATA_LICENSE, SITE_TITLE } from '@/site';
import { readContent } from '@tests/helpers/content';
import { builtPages, readPage } from '@tests/helpers/html';
import { isRedirectPage } from '@tests/helpers/integrity';

const siteDir = inject('siteDir');
const { record } = validateRecord(readContent());
/** The record's newest day, on which a person's current role is read, as the site reads it. */
const { newestDay } = indexRecord(record, buildDay(process.env));

type Node = Record<string, unknown>;

/** Every JSON-LD block of a page, each parsed on its own. */
function jsonLdBlocks(html: string): Node[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, text = '']) => JSON.parse(text) as Node);
}

/** The one block of a type a page must have. */
function blockOf(html: string, type: string, page: string): Node {
  const blocks = jsonLdBlocks(html).filter((block) => block['@type'] === type);
  expect(blocks, `${page}: ${type} blocks`).toHaveLength(1);
  return blocks[0] ?? {};
}

/** The unescaped value of an attribute as HTML writes it. */
const unescape = (text: string): string =>
  text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** A `<meta>` tag's content, by its property or name. */
function metaContent(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return match?.[1] === undefined ? undefined : unescape(match[1]);
}

/** The page shown at every address that does not exist, in any edition: it names no address of its own. */
const isMissingPage = (url: string): boolean => url === '/404.html' || englishPath(url) === '/404/';

/** The site's name in the edition a page belongs to. */
const siteTitleOf = (url: string): string => uiStrings(localeOfPath(url)).siteTitle;

const canonicalOf = (html: string): string => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';

/** The content pages with what their file says about them: the type of page, the headline, and the day they are dated by. */
const CONTENT_PAGES = [
  ...record.rounds.map(({ id, data }) => ({
    type: 'NewsArticle',
    page: `/rounds/${id}/`,
    headline: data.title,
    day: publishedDay(data),
    filedUnder: data.start,
    updates: data.updates,
  })),
  ...record.events.map(({ id, data }) => ({
    type: 'NewsArticle',
    page: `/events/${id}/`,
    headline: data.title,
    day: data.date,
    filedUnder: data.date,
    updates: data.updates,
  })),
  ...record.people.map(({ id, data }) => ({
    type: 'ProfilePage',
    page: `/people/${id}/`,
    headline: data.name,
    day: undefined,
    filedUnder: undefined,
    updates: data.updates,
  })),
  ...record.issues.map(({ id, data }) => ({
    type: 'CollectionPage',
    page: `/issues/${id}/`,
    headline: data.title,
    day: undefined,
    filedUnder: undefined,
    updates: data.updates,
  })),
  ...record.notes.map(({ id, data }) => ({
    type: 'WebPage',
    page: `/notes/${id}/`,
    headline: data.title,
    day: undefined,
    filedUnder: undefined,
    updates: data.updates,
  })),
];

/** What the record knows of a round's status in schema.org's terms: a meeting held or announced went ahead only if a side confirmed it. */
function knownStatus(data: (typeof record.rounds)[number]['data']): string | undefined {
  if (data.status === 'postponed') return 'https://schema.org/EventPostponed';
  if (data.status === 'cancelled') return 'https://schema.org/EventCancelled';
  return data.confirmedBy.length > 0 ? 'https://schema.org/EventScheduled' : undefined;
}

/** The types of page that are not content pages, and which of them a page may be. */
const OTHER_PAGE_TYPES = ['CollectionPage', 'SearchResultsPage', 'WebPage'];

describe('the JSON-LD of every page', () => {
  it('parses as JSON, block by block, and never holds a raw < that could end its script', () => {
    for (const { url, html } of builtPages(siteDir)) {
      for (const [, text = ''] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(text, url).not.toContain('<');
        expect(() => JSON.parse(text) as unknown, url).not.toThrow();
      }
    }
  });
});

describe('every other page', () => {
  it('is the WebSite on the home page, and elsewhere a page of its type one step under the home page, at its own address', () => {
    const contentPages = new Set(CONTENT_PAGES.map(({ page }) => page));
    const others = builtPages(siteDir).filter(
      ({ url, html }) => !contentPages.has(englishPath(url)) && !isRedirectPage(html) && !isMissingPage(url) && !isEmbedPath(url),
    );
    expect(others.length).toBeGreaterThan(5);
    for (const { url, html } of others) {
      if (englishPath(url) === '/') {
        expect(blockOf(html, 'WebSite', url), url).toMatchObject({ name: siteTitleOf(url), url: canonicalOf(html) });
        continue;
      }
      const items = blockOf(html, 'BreadcrumbList', url)['itemListElement'] as Node[];
      expect(
        items.map((item) => item['item']),
        url,
      ).toEqual([new URL(localizedPath('/', localeOfPath(url)), canonicalOf(html)).href, canonicalOf(html)]);
      const pages = jsonLdBlocks(html).filter((block) => OTHER_PAGE_TYPES.includes(String(block['@type'])));
      expect(pages, url).toHaveLength(1);
      expect(pages[0], url).toMatchObject({ url: canonicalOf(html), description: metaContent(html, 'description') });
    }
  });

  it('is a CollectionPage for a year, an index or a view, a SearchResultsPage for the search page', () => {
    const typeOf = (path: string) =>
      jsonLdBlocks(readPage(siteDir, path)).find((block) => OTHER_PAGE_TYPES.includes(String(block['@type'])))?.['@type'];
    for (const path of ['/years/2025/', '/people/', '/issues/', '/positions/', '/red-lines/', '/delegations/', '/corrections/']) {
      expect(typeOf(path), path).toBe('CollectionPage');
    }
    expect(typeOf('/search/')).toBe('SearchResultsPage');
    expect(typeOf('/data/')).toBe('WebPage');
    expect(typeOf('/methods/')).toBe('WebPage');
  });
});

describe('the missing page', () => {
  it('names no address of its own, in a canonical link, a link preview or structured data', () => {
    const html = readPage(siteDir, '/404.html');
    expect(html).not.toContain('rel="canonical"');
    expect(metaContent(html, 'og:url')).toBeUndefined();
    expect(jsonLdBlocks(html)).toEqual([]);
  });
});

describe('a round', () => {
  it("is an Event with its file's days, place, summary, and status as far as a side confirmed it", () => {
    for (const { id, data } of record.rounds) {
      const page = `/rounds/${id}/`;
      const html = readPage(siteDir, page);
      const event = blockOf(html, 'Event', page);
      expect(event, page).toMatchObject({
        '@context': 'https://schema.org',
        name: data.title,
        description: data.summary,
        url: canonicalOf(html),
        ...(data.datedByReport ? {} : { startDate: data.start, endDate: data.end ?? data.start }),
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      });
      expect(event['eventStatus'], page).toBe(knownStatus(data));
      // Read from the file alone: how a border's countries are named is the countries unit test's.
      const location = event['location'] as Node;
      if (typeof data.place.country !== 'string') {
        expect(location, page).toEqual({ '@type': 'Place', name: expect.stringContaining(`${data.place.city}, `) as unknown });
      } else {
        expect(location, page).toEqual({
          '@type': 'Place',
          name: data.place.venue ?? data.place.city,
          address: {
            '@type': 'PostalAddress',
            addressLocality: data.place.city,
            addressCountry: data.place.country,
          },
        });
      }
    }
  });

  it('places a meeting in one country by its ISO code, and one across a border by its name alone', () => {
    const countryOf = (id: string) => (blockOf(readPage(siteDir, `/rounds/${id}/`), 'Event', id)['location'] as Node)['address'];
    expect(countryOf('2026-01-05-paris')).toMatchObject({ addressCountry: 'FR' });
    expect(countryOf('2025-05-27-border-area')).toBeUndefined();
  });

  it('gives no day for a meeting whose days were never reported', () => {
    const reported = record.rounds.filter(({ data }) => data.datedByReport);
    expect(reported.map(({ id }) => id)).toContain('2025-05-27-border-area');
    for (const { id } of reported) {
      const page = `/rounds/${id}/`;
      const event = blockOf(readPage(siteDir, page), 'Event', page);
      expect(event, page).not.toHaveProperty('startDate');
      expect(event, page).not.toHaveProperty('endDate');
    }
  });

  it('lists as attendees exactly its delegations, each person named and linked with their side', () => {
    for (const { id, data } of record.rounds) {
      const page = `/rounds/${id}/`;
      const event = blockOf(readPage(siteDir, page), 'Event', page);
      const nodes = event['attendee'] as Node[];
      // A presence the sources do not settle is a Role around the person, saying why.
      const roles = nodes.filter((node) => node['@type'] === 'Role');
      const byPath = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
      expect(
        roles.map((role) => [new URL(String((role['attendee'] as Node)['url'])).pathname, role['description']]).sort(byPath),
        page,
      ).toEqual(
        data.uncertainAttendance.map((doubt) => [`/people/${doubt.person}/`, expect.stringContaining(doubt.note) as unknown]).sort(byPath),
      );
      const people = nodes.map((node) => (node['@type'] === 'Role' ? (node['attendee'] as Node) : node));
      const attendees = people.map((person) => [person['name'], (person['affiliation'] as Node)['name'], person['url']]);
      const expected = (Object.entries(data.delegations) as [Side, string[]][]).flatMap(([side, ids]) =>
        ids.map((personId) => [record.people.find((person) => person.id === personId)?.data.name, sideLabel(side), `/people/${personId}/`]),
      );
      const asText = (rows: unknown[][]) =>
        rows.map(([name, side, url]) => `${String(name)} | ${String(side)} | ${new URL(String(url), 'https://x').pathname}`).sort();
      expect(asText(attendees), page).toEqual(asText(expected));
      expect(event['organizer'] !== undefined, `${page}: organizer`).toBe(data.delegations['united-states'] !== undefined);
    }
  });
});

describe('a person', () => {
  it('is a ProfilePage whose main entity is the Person of their file: name, every other spelling, side and current role', () => {
    for (const { id, data } of record.people) {
      const page = `/people/${id}/`;
      const html = readPage(siteDir, page);
      const profile = blockOf(html, 'ProfilePage', page);
      expect(profile, page).toMatchObject({ name: data.name, url: canonicalOf(html) });
      const person = profile['mainEntity'] as Node;
      const spellings = [...data.aliases, ...data.nativeNames.map((native) => native.name)];
      expect(person['@type'], page).toBe('Person');
      expect(person['name'], page).toBe(data.name);
      expect(person['alternateName'], page).toEqual(spellings.length > 0 ? spellings : undefined);
      expect(person['affiliation'], page).toMatchObject({ name: sideLabel(data.side) });
      expect(person['url'], page).toBe(canonicalOf(html));
      expect(person['jobTitle'], page).toBe(roleHeldOn(data.roles, newestDay)?.title);
    }
    const roles = record.people.map(
      ({ id }) => (blockOf(readPage(siteDir, `/people/${id}/`), 'ProfilePage', id)['mainEntity'] as Node)['jobTitle'],
    );
    expect(roles.filter((role) => role !== undefined).length).toBeGreaterThan(0);
  });
});

describe('an issue', () => {
  it('is a CollectionPage about the issue, by the title and other names of its file', () => {
    for (const { id, data } of record.issues) {
      const page = `/issues/${id}/`;
      const html = readPage(siteDir, page);
      expect(blockOf(html, 'CollectionPage', page), page).toMatchObject({
        name: data.title,
        url: canonicalOf(html),
        about: { '@type': 'Thing', name: data.title, ...(data.aliases.length > 0 ? { alternateName: data.aliases } : {}) },
      });
    }
  });
});

describe('every content page', () => {
  it('is a NewsArticle for a round or an event, published on the day it is dated by, changed last on its newest update or that day', () => {
    const articles = CONTENT_PAGES.filter(({ type }) => type === 'NewsArticle');
    expect(articles.length).toBe(record.rounds.length + record.events.length);
    for (const { page, headline, day, updates } of articles) {
      const html = readPage(siteDir, page);
      const article = blockOf(html, 'NewsArticle', page);
      expect(article, page).toMatchObject({
        headline,
        description: metaContent(html, 'description'),
        url: canonicalOf(html),
        mainEntityOfPage: { '@id': canonicalOf(html) },
        publisher: { name: SITE_TITLE },
        isAccessibleForFree: true,
        license: DATA_LICENSE.url,
      });
      expect(day, page).toBeDefined();
      const newest = [day, ...updates.map((update) => update.date)].sort().at(-1);
      expect(article['datePublished'], page).toBe(day);
      expect(article['dateModified'], page).toBe(newest);
      expect(metaContent(html, 'article:published_time'), page).toBe(day);
      expect(metaContent(html, 'article:modified_time'), page).toBe(newest);
    }
  });

  it('is a page of its own type otherwise, with no NewsArticle, changed last on its newest update when it has one', () => {
    for (const { type, page, headline, updates } of CONTENT_PAGES.filter(({ type }) => type !== 'NewsArticle')) {
      const html = readPage(siteDir, page);
      expect(
        jsonLdBlocks(html).filter((block) => block['@type'] === 'NewsArticle'),
        page,
      ).toEqual([]);
      const node = blockOf(html, type, page);
      const newest = updates
        .map((update) => update.date)
        .sort()
        .at(-1);
      expect(node, page).toMatchObject({ name: headline, description: metaContent(html, 'description'), url: canonicalOf(html) });
      expect(node['dateModified'], page).toBe(newest);
      expect(metaContent(html, 'article:published_time'), page).toBeUndefined();
      expect(metaContent(html, 'article:modified_time'), page).toBe(newest);
    }
  });

  it('has breadcrumbs from the home page to its own canonical address', () => {
    for (const { page, headline, filedUnder } of CONTENT_PAGES) {
      const html = readPage(siteDir, page);
      const items = blockOf(html, 'BreadcrumbList', page)['itemListElement'] as Node[];
      expect(
        items.map((item) => item['position']),
        page,
      ).toEqual(items.map((_, i) => i + 1));
      expect(items[0]?.['item'], page).toBe(new URL('/', canonicalOf(html)).href);
      expect(items.at(-1), page).toMatchObject({ name: headline, item: canonicalOf(html) });
      if (filedUnder !== undefined)
        expect(items[1]?.['item'], page).toBe(new URL(`/years/${filedUnder.slice(0, 4)}/`, canonicalOf(html)).href);
      for (const item of items) expect(existsSync(join(siteDir, new URL(String(item['item'])).pathname, 'index.html')), page).toBe(true);
    }
  });
});

describe('the link preview of every page', () => {
  it('has its own title, description and address, and an absolute image that is built at the size it states', () => {
    // An embeddable card is shown inside another site's page, never as a link of its own: it has no preview.
    const pages = builtPages(siteDir).filter(({ url, html }) => !isRedirectPage(html) && !isMissingPage(url) && !isEmbedPath(url));
    expect(pages.length).toBeGreaterThan(CONTENT_PAGES.length);
    for (const { url, html } of pages) {
      const siteTitle = siteTitleOf(url);
      const title = unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
      const ownTitle = title === siteTitle ? siteTitle : title.replace(` · ${siteTitle}`, '');
      const description = metaContent(html, 'description');
      expect(metaContent(html, 'og:title'), url).toBe(ownTitle);
      expect(metaContent(html, 'twitter:title'), url).toBe(ownTitle);
      expect(metaContent(html, 'og:description'), url).toBe(description);
      expect(metaContent(html, 'twitter:description'), url).toBe(description);
      expect(metaContent(html, 'og:url'), url).toBe(canonicalOf(html));
      expect(metaContent(html, 'og:site_name'), url).toBe(siteTitle);
      expect(metaContent(html, 'og:type'), url).toBe(CONTENT_PAGES.some(({ page }) => page === englishPath(url)) ? 'article' : 'website');
      expect(metaContent(html, 'twitter:card'), url).toBe('summary_large_image');
      expect(metaContent(html, 'og:image:alt'), url).toContain(siteTitle);
      expect(metaContent(html, 'twitter:image:alt'), url).toBe(metaContent(html, 'og:image:alt'));

      const image = metaContent(html, 'og:image') ?? '';
      expect(image, url).toMatch(/^https?:\/\//);
      expect(metaContent(html, 'twitter:image'), url).toBe(image);
      const file = join(siteDir, new URL(image).pathname);
      expect(existsSync(file), `${url}: ${image}`).toBe(true);
      // A PNG gives its width and height as the two big-endian numbers after its header's first 16 bytes.
      const png = readFileSync(file);
      expect(png.length, `${image}: a preview image must stay light`).toBeLessThan(100_000);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([
        Number(metaContent(html, 'og:image:width')),
        Number(metaContent(html, 'og:image:height')),
      ]);
    }
  });
});

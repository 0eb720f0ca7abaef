/**
 * The feeds of the built site, read as files: the site's, every person's and
 * every issue's, in RSS and JSON Feed, and the corrections page's, checked
 * against content/ itself; and every page announcing and linking them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { isEmbedPath } from '@/lib/base/embeds';
import { localeOfPath, localizedPath } from '@/lib/base/locales';
import { validateRecord } from '@/lib/content/validate-record';
import { roundDatesLabel } from '@/lib/model/round-names';
import { publishedDay } from '@/lib/model/rounds';
import { FEED_LENGTH } from '@/lib/publish/feeds';
import { type Entry } from '@/lib/record/entries';
import type { Event, Round } from '@/lib/record/schemas';
import { CORRECTIONS_PAGE_LENGTH } from '@/site';
import { readContent } from '@tests/helpers/content';
import { builtPages, readPage } from '@tests/helpers/html';
import { isRedirectPage } from '@tests/helpers/integrity';
import { schemaProblems } from '@tests/helpers/json-schema';
import { expectWellFormed } from '@tests/helpers/xml';

const siteDir = inject('siteDir');

/** The record as the schemas read it, with days as YYYY-MM-DD and defaults applied. */
const { record } = validateRecord(readContent());

/** A round or event of content/, as a feed item must show it. */
interface Expected {
  page: string;
  day: string;
  title: string;
  status?: Round['status'];
  sources: Round['sources'];
  updates: Round['updates'];
}

const expectedRound = ({ id, data }: Entry<Round>): Expected => {
  const { title, status, sources, updates } = data;
  return { page: `/rounds/${id}/`, day: publishedDay(data), title, status, sources, updates };
};
const expectedEvent = ({ id, data }: Entry<Event>): Expected => {
  const { title, sources, updates } = data;
  return { page: `/events/${id}/`, day: data.date, title, sources, updates };
};
const EVERY_ITEM = new Map([...record.rounds.map(expectedRound), ...record.events.map(expectedEvent)].map((item) => [item.page, item]));

interface JsonFeedItem {
  id: string;
  url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  date_published?: string;
  date_modified?: string;
}

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  'atom:updated'?: string;
}

/** A feed's items, both formats read alike: page, day, title, content and the day it last changed. */
interface ReadItem {
  page: string;
  day: string;
  title: string;
  content: string;
  modified: string | undefined;
}

const pathOf = (url: string): string => new URL(url).pathname;
const dayOf = (date: string): string => new Date(date).toISOString().slice(0, 10);

const url = { type: 'string', format: 'uri' } as const;
const date = { type: 'string', format: 'date-time' } as const;

/** What JSON Feed 1.1 requires and how it types the fields this site uses (https://www.jsonfeed.org/version/1.1/). */
const JSON_FEED_SCHEMA = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string', minLength: 1 },
    home_page_url: url,
    feed_url: url,
    description: { type: 'string' },
    language: { type: 'string' },
    authors: {
      type: 'array',
      items: { type: 'object', minProperties: 1, properties: { name: { type: 'string' }, url, avatar: url } },
    },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', minLength: 1 },
          url,
          title: { type: 'string' },
          summary: { type: 'string' },
          content_html: { type: 'string' },
          content_text: { type: 'string' },
          date_published: date,
          date_modified: date,
        },
        // "content_html and content_text are each optional strings — but one or the other must be present."
        anyOf: ['content_html', 'content_text'].map((field) => ({ required: [field], properties: { [field]: { type: 'string' } } })),
      },
    },
  },
};

/** Reads a JSON Feed; every one is checked against JSON_FEED_SCHEMA at once, below. */
function readJsonFeed(path: string): ReadItem[] {
  const feed = JSON.parse(readFileSync(join(siteDir, path), 'utf8')) as { feed_url: string; items: JsonFeedItem[] };
  expect(pathOf(feed.feed_url), path).toBe(path);
  return feed.items.map((item) => {
    expect(item.url, `${path}: ${item.id}`).toBe(item.id);
    return {
      page: pathOf(item.id),
      day: dayOf(item.date_published ?? ''),
      title: item.title ?? '',
      content: item.content_html ?? '',
      modified: item.date_modified === undefined ? undefined : dayOf(item.date_modified),
    };
  });
}

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

/** Reads an RSS feed with a real XML parser. */
function readRssFeed(path: string): ReadItem[] {
  const text = readFileSync(join(siteDir, path), 'utf8');
  expectWellFormed(text, path);
  const feed = xml.parse(text) as { rss: { '@_version': string; channel: { title: string; link: string; item?: RssItem[] } } };
  expect(feed.rss['@_version'], path).toBe('2.0');
  return (feed.rss.channel.item ?? []).map((item) => {
    // A stable guid, the permalink: an update then replaces the item in a reader instead of adding a second one.
    expect(item.guid, `${path}: ${item.link}`).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
    return {
      page: pathOf(item.link),
      day: dayOf(item.pubDate),
      title: item.title,
      content: item['content:encoded'],
      modified: item['atom:updated'] === undefined ? undefined : dayOf(item['atom:updated']),
    };
  });
}

/** Both formats of a feed, which must hold the same items in the same order. */
function readFeeds(page: string): ReadItem[] {
  const rss = readRssFeed(`${page}feed.xml`);
  const json = readJsonFeed(`${page}feed.json`);
  expect(
    rss.map(({ page, day, title, modified }) => ({ page, day, title, modified })),
    page,
  ).toEqual(json.map(({ page, day, title, modified }) => ({ page, day, title, modified })));
  return json;
}

/** A feed holds exactly these pages (its newest FEED_LENGTH of them), newest first. */
function expectHolds(items: readonly ReadItem[], pages: readonly string[], feed: string): void {
  const expected = pages.map((page) => EVERY_ITEM.get(page)).filter((item) => item !== undefined);
  expect(items, feed).toHaveLength(Math.min(expected.length, FEED_LENGTH));
  expect(new Set(items.map((item) => item.page)).size, `${feed}: an item twice`).toBe(items.length);
  const days = items.map((item) => item.day);
  expect(days, `${feed}: newest first`).toEqual([...days].sort().reverse());
  const held = new Set(items.map((item) => item.page));
  const oldestShown = days.at(-1) ?? '';
  for (const item of expected) {
    if (!held.has(item.page)) expect(item.day <= oldestShown, `${feed}: ${item.page} is newer than what it shows`).toBe(true);
  }
  for (const item of items) expect(pages, feed).toContain(item.page);
}

const ALL_PAGES = [...EVERY_ITEM.keys()];

/** The pages that have feeds: the home page, every person's and every issue's. */
const FEED_PAGES = [
  '/',
  ...record.people.map((person) => `/people/${person.id}/`),
  ...record.issues.map((issue) => `/issues/${issue.id}/`),
];

describe('every JSON Feed', () => {
  it('is valid JSON Feed 1.1', () => {
    // One schema over every feed: compiling a schema takes longer than checking all the feeds.
    const feeds = Object.fromEntries(
      FEED_PAGES.map((page) => [page, JSON.parse(readFileSync(join(siteDir, page, 'feed.json'), 'utf8')) as unknown]),
    );
    expect(schemaProblems({ type: 'object', additionalProperties: JSON_FEED_SCHEMA }, feeds)).toEqual([]);
  });
});

describe("the site's feeds", () => {
  const items = readFeeds('/');

  it('list every round and event of content, newest first, each at a page that is built', () => {
    expectHolds(items, ALL_PAGES, '/feed');
    for (const item of items) {
      expect(existsSync(join(siteDir, item.page, 'index.html')), item.page).toBe(true);
      expect(item.day, item.page).toBe(EVERY_ITEM.get(item.page)?.day);
    }
  });

  it('give each item its title, its status when the meeting was not held, and the sources of its page', () => {
    for (const item of items) {
      const entry = EVERY_ITEM.get(item.page);
      if (!entry) throw new Error(`${item.page} is not in content/`);
      if (entry.status === undefined || entry.status === 'held') expect(item.title, item.page).toBe(entry.title);
      else expect(item.title.endsWith(`: ${entry.title}`) && item.title !== `: ${entry.title}`, `${item.page}: ${item.title}`).toBe(true);
      if (entry.status !== undefined) expect(item.content, item.page).toContain('<strong>Status:</strong>');
      const sources = /<h2>Sources<\/h2><ol>(.*?)<\/ol>/.exec(item.content)?.[1] ?? '';
      expect(sources.match(/<li>/g)?.length, item.page).toBe(entry.sources.length);
      for (const source of entry.sources) {
        if (source.url) expect(sources, item.page).toContain(`href="${source.url.replaceAll('&', '&amp;')}"`);
      }
    }
  });

  it("carry each page's body, every link in it absolute", () => {
    const text = (html: string) =>
      html
        .replace(/<a [^>]*class="anchor"[^>]*>#<\/a>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    for (const item of items) {
      const body = /<div class="body">([\s\S]*?)<\/div>/.exec(readPage(siteDir, item.page))?.[1];
      expect(body, item.page).toBeDefined();
      expect(text(item.content), item.page).toContain(text(body ?? ''));
      expect(
        [...item.content.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]).filter((url) => !/^https?:\/\//.test(url ?? '')),
        item.page,
      ).toEqual([]);
    }
  });

  it('show an entry with updates as updated, on the day of its newest update, and no other', () => {
    for (const item of items) {
      const { updates = [], day = '' } = EVERY_ITEM.get(item.page) ?? {};
      const newest = updates
        .map((update) => update.date)
        .sort()
        .at(-1);
      expect(item.modified, item.page).toBe(newest === undefined ? undefined : [newest, day].sort().at(-1));
      expect(item.content.startsWith('<p><strong>Updated '), item.page).toBe(newest !== undefined);
    }
  });
});

describe("a person's and an issue's feeds", () => {
  it('hold exactly the held rounds a person sat in a delegation at and the events naming them', () => {
    for (const person of record.people) {
      const pages = [
        ...record.rounds
          .filter((round) => round.data.status === 'held' && Object.values(round.data.delegations).flat().includes(person.id))
          .map((round) => `/rounds/${round.id}/`),
        ...record.events.filter((event) => event.data.people.includes(person.id)).map((event) => `/events/${event.id}/`),
      ];
      expectHolds(readFeeds(`/people/${person.id}/`), pages, person.id);
    }
  });

  it('hold exactly the rounds and events an issue came up in', () => {
    for (const issue of record.issues) {
      const pages = [...record.rounds, ...record.events]
        .filter((entry) => entry.data.issues.includes(issue.id))
        .map((entry) => ('start' in entry.data ? `/rounds/${entry.id}/` : `/events/${entry.id}/`));
      expectHolds(readFeeds(`/issues/${issue.id}/`), pages, issue.id);
    }
  });
});

/** Every tag's attributes, by name: `<link rel="alternate" href="…">` → { rel: 'alternate', href: '…' }. */
function tagsIn(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries([...(match[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value])),
  );
}

/** The feeds a part of a page links or announces, as [type, path]. */
const feedsIn = (html: string, tag: 'link' | 'a') =>
  tagsIn(html, tag)
    .filter(
      (attributes) =>
        attributes['type']?.match(/^application\/(rss|feed)\+(xml|json)$/) && (tag === 'a' || attributes['rel'] === 'alternate'),
    )
    .map((attributes) => [attributes['type'], new URL(attributes['href'] ?? '', 'https://site.invalid/').pathname]);

const SITE_FEEDS = [
  ['application/rss+xml', '/feed.xml'],
  ['application/feed+json', '/feed.json'],
];

/** The site's feeds of the edition a page belongs to: the same files under its prefix. */
const siteFeedsOf = (url: string) => SITE_FEEDS.map(([type, path = '']) => [type, localizedPath(path, localeOfPath(url))]);

describe('every page', () => {
  it("announces the site's feeds in its head and links them and the corrections page in its footer, each to a feed that is built", () => {
    // An embeddable card has no site footer and announces no feed: it is shown inside another site's page.
    const pages = builtPages(siteDir).filter(({ url, html }) => !isRedirectPage(html) && !isEmbedPath(url));
    expect(pages.length).toBeGreaterThan(EVERY_ITEM.size);
    for (const { url, html } of pages) {
      const head = html.slice(0, html.indexOf('</head>'));
      const footer = html.slice(html.indexOf('<footer'));
      expect(feedsIn(head, 'link'), url).toEqual(expect.arrayContaining(siteFeedsOf(url)));
      expect(feedsIn(footer, 'a'), url).toEqual(siteFeedsOf(url));
      expect(footer, url).toContain(`<a href="${localizedPath('/corrections/', localeOfPath(url))}">`);
      for (const [, path = ''] of feedsIn(head, 'link')) expect(existsSync(join(siteDir, path)), `${url} → ${path}`).toBe(true);
    }
  });

  it('of a person or an issue announces and links its own feeds first', () => {
    for (const page of FEED_PAGES.filter((page) => page !== '/')) {
      const html = readPage(siteDir, page);
      const own = [
        ['application/rss+xml', `${page}feed.xml`],
        ['application/feed+json', `${page}feed.json`],
      ];
      expect(feedsIn(html.slice(0, html.indexOf('</head>')), 'link'), page).toEqual([...own, ...SITE_FEEDS]);
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      expect(feedsIn(main, 'a'), page).toEqual(own);
    }
  });
});

describe('the corrections page and its feed', () => {
  /** The day of every update in content/, newest first. */
  const updateDays = [...record.rounds, ...record.events, ...record.people, ...record.issues, ...record.notes]
    .flatMap((entry) => entry.data.updates.map((update) => update.date))
    .sort()
    .reverse();
  /** Every entry of every list of corrections on a built page, in the page's order. */
  const entriesOf = (page: string): string[] =>
    [...readPage(siteDir, page).matchAll(/<ol class="plain-list correction-list">([\s\S]*?)<\/ol>/g)].flatMap(([, list = '']) =>
      list.split('<li').slice(1),
    );
  const dayIn = (entry: string): string | undefined => /<time datetime="([^"]*)"/.exec(entry)?.[1];
  const entries = entriesOf('/corrections/');
  const links = entries.map((entry) => /<a href="([^"]*)"/.exec(entry)?.[1] ?? '');

  it('list the newest updates in content/, newest first, each linked to its entry on a built page', () => {
    expect(entries.map(dayIn)).toEqual(updateDays.slice(0, CORRECTIONS_PAGE_LENGTH));
    for (const link of links) {
      const [page = '', id = ''] = link.split('#');
      expect(readPage(siteDir, page), link).toContain(`<li id="${id}">`);
    }
  });

  it("list every update of a year on that year's page", () => {
    const years = [...new Set(updateDays.map((day) => Number(day.slice(0, 4))))];
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      expect(entriesOf(`/corrections/${year}/`).map(dayIn), String(year)).toEqual(updateDays.filter((day) => day.startsWith(`${year}-`)));
      expect(readPage(siteDir, '/corrections/'), String(year)).toContain(`href="/corrections/${year}/"`);
    }
  });

  it('have one RSS item per update, in the same order, each linking its entry', () => {
    const text = readFileSync(join(siteDir, 'corrections/feed.xml'), 'utf8');
    expectWellFormed(text, '/corrections/feed.xml');
    const feed = xml.parse(text) as { rss: { channel: { item?: RssItem[] } } };
    const items = feed.rss.channel.item ?? [];
    const feedLinks = items.map((item) => new URL(item.link).pathname + new URL(item.link).hash);
    expect(feedLinks.slice(0, links.length)).toEqual(links.slice(0, FEED_LENGTH));
    expect(items).toHaveLength(Math.min(updateDays.length, FEED_LENGTH));
    expect(items.map((item) => dayOf(item.pubDate))).toEqual(updateDays.slice(0, FEED_LENGTH));
  });

  it('are announced in the head and linked on the page', () => {
    const html = readPage(siteDir, '/corrections/');
    const own = [['application/rss+xml', '/corrections/feed.xml']];
    expect(feedsIn(html.slice(0, html.indexOf('</head>')), 'link')).toEqual([...own, ...SITE_FEEDS]);
    expect(feedsIn(html.slice(html.indexOf('<main'), html.indexOf('</main>')), 'a')).toEqual(own);
  });
});

describe('a meeting whose days were never reported', () => {
  const reported = record.rounds.filter(({ data }) => data.datedByReport);

  it('reads as reported on its day, not as met on it, in its feed item, on its page and on its timeline card', () => {
    expect(reported.length).toBeGreaterThan(0);
    const items = readFeeds('/');
    for (const { id, data } of reported) {
      const page = `/rounds/${id}/`;
      const label = roundDatesLabel(data);
      expect(label, page).toMatch(/^reported on /);
      expect(items.find((item) => item.page === page)?.content, page).toContain(`<li><strong>When:</strong> ${label}</li>`);
      // The words stay outside the <time>, which holds the day alone, as a valid datetime needs.
      const dated = `reported on <time datetime="${data.start}">${label.slice('reported on '.length)}</time>`;
      expect(readPage(siteDir, page), page).toContain(`<dt>When</dt><dd>${dated}</dd>`);
      const card = readPage(siteDir, `/years/${data.start.slice(0, 4)}/`).split(`href="${page}"`)[1] ?? '';
      expect(card.slice(0, card.indexOf('</article>')), page).toContain(dated);
    }
  });
});

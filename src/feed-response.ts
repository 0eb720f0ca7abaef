/**
 * What every feed endpoint returns: a channel's items made with the rendered
 * bodies of its rounds and events in the channel's edition, as RSS (through
 * @astrojs/rss) or as JSON Feed; and the corrections feed, one item for each
 * update of a page.
 */
import rss from '@astrojs/rss';
import { getCollection, type CollectionEntry } from 'astro:content';
import { shownTranslation, type EditionRecord } from '@/collections';
import type { Locale } from '@/lib/base/locales';
import { pageOf, type FeedFormat } from '@/lib/base/urls';
import { correctionFeedItems, corrections, correctionsFeed } from '@/lib/publish/corrections';
import { feedItems, jsonFeed, rssFeed, type FeedChannel } from '@/lib/publish/feeds';

const bodies = new Map<Locale, Promise<ReadonlyMap<string, string>>>();

/** The rendered HTML body of an entry, from its translation where the edition shows one. */
async function renderedBody(collection: 'rounds' | 'events', entry: CollectionEntry<'rounds' | 'events'>, record: EditionRecord) {
  const shown = (await shownTranslation(collection, entry.id, record)) ?? entry;
  // The record loader renders every body; an entry without one would publish a feed item with its text missing.
  if (!shown.rendered) throw new Error(`${shown.filePath ?? shown.id}: no rendered body for the feeds`);
  return shown.rendered.html;
}

/** The rendered HTML body of every round and event in an edition, by English page, read once per build and edition. */
function renderedBodies(record: EditionRecord): Promise<ReadonlyMap<string, string>> {
  let edition = bodies.get(record.locale);
  if (edition === undefined) {
    edition = Promise.all([getCollection('rounds'), getCollection('events')]).then(async ([rounds, events]) => {
      const entries = [...rounds.map((entry) => ['rounds', entry] as const), ...events.map((entry) => ['events', entry] as const)];
      const pairs = await Promise.all(
        entries.map(async ([collection, entry]) => [pageOf(collection, entry.id), await renderedBody(collection, entry, record)] as const),
      );
      return new Map(pairs);
    });
    bodies.set(record.locale, edition);
  }
  return edition;
}

/** The site's address, which every address in a feed is made absolute with. */
function feedSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.ts must set `site`: every address in a feed is absolute');
  return site;
}

/** The response of a feed endpoint, in one format, in the record's edition. */
export async function feedResponse(
  format: FeedFormat,
  channel: FeedChannel,
  record: EditionRecord,
  site: URL | undefined,
): Promise<Response> {
  const siteUrl = feedSite(site);
  const bodyByPage = await renderedBodies(record);
  const bodyOf = (page: string): string => {
    const body = bodyByPage.get(page);
    if (body === undefined) throw new Error(`${page}: no round or event is published there, so the feed has no body for it`);
    return body;
  };
  const items = feedItems(channel.items, { record, site: siteUrl, bodyOf, locale: record.locale });
  if (format === 'rss') return rss(rssFeed(channel, items, siteUrl));
  return Response.json(jsonFeed(channel, items, siteUrl), { headers: { 'Content-Type': 'application/feed+json' } });
}

/** The response of an edition's corrections feed, in RSS: one item for each update of a page. */
export function correctionsFeedResponse(record: EditionRecord, site: URL | undefined): Promise<Response> {
  const siteUrl = feedSite(site);
  const { locale } = record;
  return rss(rssFeed(correctionsFeed(locale), correctionFeedItems(corrections(record, locale), siteUrl, locale), siteUrl));
}

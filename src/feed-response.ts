/**
 * What every feed endpoint returns: a channel's items made with the rendered
 * bodies of its rounds and events, as RSS (through @astrojs/rss) or as JSON Feed;
 * and the corrections feed, one item for each update of a page.
 */
import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
import { pageOf, type FeedFormat } from '@/lib/base/urls';
import type { SiteRecord } from '@/lib/model/site-record';
import { correctionFeedItems, corrections, CORRECTIONS_FEED } from '@/lib/publish/corrections';
import { feedItems, jsonFeed, rssFeed, type FeedChannel } from '@/lib/publish/feeds';

let bodies: Promise<ReadonlyMap<string, string>> | undefined;

/** The rendered HTML body of every round and event, by page, read once per build. */
function renderedBodies(): Promise<ReadonlyMap<string, string>> {
  bodies ??= Promise.all([getCollection('rounds'), getCollection('events')]).then(([rounds, events]) => {
    const entries = [...rounds.map((entry) => ['rounds', entry] as const), ...events.map((entry) => ['events', entry] as const)];
    return new Map(
      entries.map(([collection, entry]) => {
        // The record loader renders every body; an entry without one would publish a feed item with its text missing.
        if (!entry.rendered) throw new Error(`${entry.filePath ?? entry.id}: no rendered body for the feeds`);
        return [pageOf(collection, entry.id), entry.rendered.html];
      }),
    );
  });
  return bodies;
}

/** The site's address, which every address in a feed is made absolute with. */
function feedSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.ts must set `site`: every address in a feed is absolute');
  return site;
}

/** The response of a feed endpoint, in one format. */
export async function feedResponse(format: FeedFormat, channel: FeedChannel, record: SiteRecord, site: URL | undefined): Promise<Response> {
  const siteUrl = feedSite(site);
  const bodyByPage = await renderedBodies();
  const bodyOf = (page: string): string => {
    const body = bodyByPage.get(page);
    if (body === undefined) throw new Error(`${page}: no round or event is published there, so the feed has no body for it`);
    return body;
  };
  const items = feedItems(channel.items, { record, site: siteUrl, bodyOf });
  if (format === 'rss') return rss(rssFeed(channel, items, siteUrl));
  return Response.json(jsonFeed(channel, items, siteUrl), { headers: { 'Content-Type': 'application/feed+json' } });
}

/** The response of the corrections feed, in RSS: one item for each update of a page. */
export function correctionsFeedResponse(record: SiteRecord, site: URL | undefined): Promise<Response> {
  const siteUrl = feedSite(site);
  return rss(rssFeed(CORRECTIONS_FEED, correctionFeedItems(corrections(record), siteUrl), siteUrl));
}

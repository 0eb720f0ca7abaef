import type { APIRoute } from 'astro';
import { loadRecord } from '@/collections';
import { feedResponse } from '@/feed-response';
import { siteFeed } from '@/lib/publish/feeds';

export const GET: APIRoute = async ({ site }) => {
  const record = await loadRecord();
  return feedResponse('json', siteFeed(record), record, site);
};

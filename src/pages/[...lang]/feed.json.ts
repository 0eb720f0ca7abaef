import type { APIRoute } from 'astro';
import { editionPaths, loadRecord } from '@/collections';
import { feedResponse } from '@/feed-response';
import { siteFeed } from '@/lib/publish/feeds';

export const getStaticPaths = () => editionPaths();

export const GET: APIRoute = async ({ site, locals }) => {
  const record = await loadRecord(locals.locale);
  return feedResponse('json', siteFeed(record, record.locale), record, site);
};

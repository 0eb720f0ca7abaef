import type { APIRoute } from 'astro';
import { entryPaths, type EntryProps } from '@/collections';
import { feedResponse } from '@/feed-response';
import { personFeed } from '@/lib/publish/feeds';

export const getStaticPaths = () => entryPaths('people');

export const GET: APIRoute<EntryProps<'people'>> = ({ props: { entry, record }, site }) =>
  feedResponse('rss', personFeed(record, entry.id, record.locale), record, site);

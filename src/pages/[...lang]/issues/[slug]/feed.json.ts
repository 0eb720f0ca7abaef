import type { APIRoute } from 'astro';
import { entryPaths, type EntryProps } from '@/collections';
import { feedResponse } from '@/feed-response';
import { issueFeed } from '@/lib/publish/feeds';

export const getStaticPaths = () => entryPaths('issues');

export const GET: APIRoute<EntryProps<'issues'>> = ({ props: { entry, record }, site }) =>
  feedResponse('json', issueFeed(record, entry.id, record.locale), record, site);

import type { APIRoute } from 'astro';
import { entryPaths, type EntryProps } from '@/collections';
import { issueEmbedUrl } from '@/lib/base/embeds';
import { cardFrame, OEMBED_HEADERS, oembedFile } from '@/lib/publish/oembed';
import { siteOf } from '@/lib/publish/open-data';

export const getStaticPaths = () => entryPaths('issues');

export const GET: APIRoute<EntryProps<'issues'>> = ({ props, locals, site }) => {
  const frame = cardFrame('issue', issueEmbedUrl(props.entry.id), props.entry.data.title, locals.locale, siteOf(site));
  return new Response(oembedFile(frame, locals.locale, siteOf(site)), { headers: OEMBED_HEADERS });
};

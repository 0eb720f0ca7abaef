import type { APIRoute } from 'astro';
import { entryPaths, type EntryProps } from '@/collections';
import { roundEmbedUrl } from '@/lib/base/embeds';
import { cardFrame, OEMBED_HEADERS, oembedFile } from '@/lib/publish/oembed';
import { siteOf } from '@/lib/publish/open-data';

export const getStaticPaths = () => entryPaths('rounds');

export const GET: APIRoute<EntryProps<'rounds'>> = ({ props, locals, site }) => {
  const frame = cardFrame('round', roundEmbedUrl(props.entry.id), props.entry.data.title, locals.locale, siteOf(site));
  return new Response(oembedFile(frame, locals.locale, siteOf(site)), { headers: OEMBED_HEADERS });
};

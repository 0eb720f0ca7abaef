import type { APIRoute } from 'astro';
import { editionPaths } from '@/collections';
import { TIMELINE_EMBED_URL } from '@/lib/base/embeds';
import { cardFrame, OEMBED_HEADERS, oembedFile } from '@/lib/publish/oembed';
import { siteOf } from '@/lib/publish/open-data';

export const getStaticPaths = () => editionPaths();

export const GET: APIRoute = ({ locals, site }) => {
  const frame = cardFrame('timeline', TIMELINE_EMBED_URL, locals.ui.embed.timelineTitle, locals.locale, siteOf(site));
  return new Response(oembedFile(frame, locals.locale, siteOf(site)), { headers: OEMBED_HEADERS });
};

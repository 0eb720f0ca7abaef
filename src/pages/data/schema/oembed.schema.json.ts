import type { APIRoute } from 'astro';
import { jsonText, siteOf } from '@/lib/publish/open-data';
import { oembedJsonSchema } from '@/lib/publish/oembed';

export const GET: APIRoute = ({ site }) =>
  new Response(jsonText(oembedJsonSchema(siteOf(site))), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });

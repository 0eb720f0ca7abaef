import type { APIRoute } from 'astro';
import { loadRecord } from '@/collections';
import { jsonText, siteOf, timelineJsDocument } from '@/lib/publish/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(jsonText(timelineJsDocument(await loadRecord(), siteOf(site))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

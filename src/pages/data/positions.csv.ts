import type { APIRoute } from 'astro';
import { loadRecord } from '@/collections';
import { positionsCsv, siteOf } from '@/lib/publish/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(positionsCsv((await loadRecord()).rounds, siteOf(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });

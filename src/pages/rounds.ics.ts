import type { APIRoute } from 'astro';
import { loadRecord } from '@/collections';
import { calendarText } from '@/lib/publish/icalendar';
import { roundsCalendar, siteOf } from '@/lib/publish/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(calendarText(roundsCalendar((await loadRecord()).rounds, siteOf(site))), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });

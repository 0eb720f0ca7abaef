import type { APIRoute } from 'astro';
import { editionPaths, loadRecord } from '@/collections';
import { calendarText } from '@/lib/publish/icalendar';
import { roundsCalendar, siteOf } from '@/lib/publish/open-data';

export const getStaticPaths = () => editionPaths();

export const GET: APIRoute = async ({ site, locals }) =>
  new Response(calendarText(roundsCalendar((await loadRecord(locals.locale)).rounds, siteOf(site), locals.locale)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });

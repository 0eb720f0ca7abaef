import type { APIRoute } from 'astro';
import { editionPaths, loadRecord } from '@/collections';
import { compareChoices } from '@/lib/views/compare-data';

export const getStaticPaths = () => editionPaths();

/** Every held round the compare page can choose, newest first, in the edition's words: fetched only when a reader uses the page's form. */
export const GET: APIRoute = async ({ locals }) =>
  Response.json(compareChoices((await loadRecord(locals.locale)).timeline, Infinity, locals.locale));

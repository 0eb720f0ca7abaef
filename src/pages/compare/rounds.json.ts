import type { APIRoute } from 'astro';
import { loadRecord } from '@/collections';
import { compareChoices } from '@/lib/views/compare-data';

/** Every held round the compare page can choose, newest first: fetched only when a reader uses the page's form. */
export const GET: APIRoute = async () => Response.json(compareChoices((await loadRecord()).timeline));

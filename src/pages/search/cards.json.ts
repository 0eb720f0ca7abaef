import type { APIRoute } from 'astro';
import { loadRecord } from '@/collections';
import { searchCards } from '@/lib/search/search-cards';

export const GET: APIRoute = async () => Response.json(searchCards(await loadRecord()));

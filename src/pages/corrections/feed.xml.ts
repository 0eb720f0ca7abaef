import type { APIRoute } from 'astro';
import { loadRecord } from '@/collections';
import { correctionsFeedResponse } from '@/feed-response';

export const GET: APIRoute = async ({ site }) => correctionsFeedResponse(await loadRecord(), site);

import type { APIRoute } from 'astro';
import { editionPaths, loadRecord } from '@/collections';
import { correctionsFeedResponse } from '@/feed-response';

export const getStaticPaths = () => editionPaths();

export const GET: APIRoute = async ({ site, locals }) => correctionsFeedResponse(await loadRecord(locals.locale), site);

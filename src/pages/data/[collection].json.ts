import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRecord, loadTranslations } from '@/collections';
import { jsonText, OPEN_DATA_COLLECTIONS, openDataFile, siteOf, type OpenDataCollection } from '@/lib/publish/open-data';

export const getStaticPaths = (() =>
  OPEN_DATA_COLLECTIONS.map((collection) => ({ params: { collection }, props: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: OpenDataCollection }> = async ({ props, site }) =>
  new Response(jsonText(openDataFile(props.collection, await loadRecord(), await loadTranslations(), siteOf(site))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonText, OPEN_DATA_COLLECTIONS, openDataJsonSchema, siteOf, type OpenDataCollection } from '@/lib/publish/open-data';

export const getStaticPaths = (() =>
  OPEN_DATA_COLLECTIONS.map((collection) => ({ params: { collection }, props: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: OpenDataCollection }> = ({ props, site }) =>
  new Response(jsonText(openDataJsonSchema(props.collection, siteOf(site))), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });

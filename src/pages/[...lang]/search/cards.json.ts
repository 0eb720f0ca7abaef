import type { APIRoute } from 'astro';
import { editionPaths, loadRecord } from '@/collections';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/base/locales';
import { searchCardsFile } from '@/lib/search/search-cards';

export const getStaticPaths = () => editionPaths();

export const GET: APIRoute = async ({ locals }) => {
  const editions = await Promise.all(LOCALES.map((locale) => loadRecord(locale)));
  const english = await loadRecord(DEFAULT_LOCALE);
  return Response.json(searchCardsFile(await loadRecord(locals.locale), { english, editions }, locals.locale));
};

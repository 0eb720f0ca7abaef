/**
 * Puts every page in its edition, from its address: the locale and the words of its interface for every page and
 * component (`Astro.locals`), and, in Arabic and Hebrew, every link to another page kept in that edition.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath, localizeLinks } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';

export const onRequest = defineMiddleware(async (context, next) => {
  const locale = localeOfPath(context.url.pathname);
  context.locals.locale = locale;
  context.locals.ui = uiStrings(locale);
  const response = await next();
  if (locale === 'en' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(localizeLinks(await response.text(), locale), response);
});

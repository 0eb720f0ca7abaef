/** robots.txt, written at build time: it names the sitemap by its absolute address, which depends on the configured site. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '@/lib/publish/sitemap';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt: astro.config.ts sets no site, and the sitemap must be named by its absolute address');
  return new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

/** The built site served on localhost for the browser tests and the bench, by sirv on a node:http server. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { DEFAULT_LOCALE, editionPrefix, LOCALES, localeOfPath } from '@/lib/base/locales';

/** Pagefind's index and WebAssembly, which its script fetches and unpacks itself, typed as src/server/nginx.conf types them. */
const PAGEFIND_FILE = /\.(pf_fragment|pf_index|pf_filter|pf_meta|pagefind)$/;

export interface ServedSite {
  /** The origin the site is served on, such as http://127.0.0.1:40123. */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site on a free port of 127.0.0.1 as src/server/nginx.conf does: `/a/` and `/a` from `a/index.html`,
 * a file's precompressed `.gz` to a client that accepts gzip, and the built 404 page of the address's edition with
 * status 404 for anything missing. sirv rather than Astro's preview(): preview() loads the whole Astro config with its integrations and starts
 * Vite, serves no `.gz` and refuses `/a` with Astro's own 404, where sirv serves the files as the published site does.
 */
export async function serveSite(root: string): Promise<ServedSite> {
  // Each edition's own missing page for an address under its prefix, as nginx's error_page sends it.
  const notFoundPages = new Map(
    LOCALES.map((locale) => [
      locale,
      readFileSync(join(root, locale === DEFAULT_LOCALE ? '404.html' : `${editionPrefix(locale)}/404/index.html`)),
    ]),
  );
  const files = sirv(root, {
    gzip: true,
    // Every request reaches the server, which answers in full: no test reads a copy Chromium kept from an earlier one.
    maxAge: 0,
    setHeaders: (response, pathname) => {
      if (PAGEFIND_FILE.test(pathname)) response.setHeader('content-type', 'application/octet-stream');
    },
    onNoMatch: (request, response) => {
      const locale = localeOfPath(new URL(request.url ?? '/', 'http://localhost').pathname);
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFoundPages.get(locale));
    },
  });
  const server = createServer((request, response) => files(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface StaticSite {
  /** The origin the site is served on, such as http://127.0.0.1:40123. */
  origin: string;
  close: () => Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** The file a URL path is served from, as a static host serves an Astro build: `/a/` is `a/index.html`. */
async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const path = join(root, relative);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (pathname.endsWith('/')) return (await isFile(join(path, 'index.html'))) ? join(path, 'index.html') : undefined;
  return (await isFile(path)) ? path : undefined;
}

/** Serves a built site on a free port of 127.0.0.1, with the built 404 page for anything missing. */
export async function serveStatic(root: string): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    void fileFor(root, pathname).then(async (file) => {
      const found = file ?? join(root, '404.html');
      const status = file ? 200 : 404;
      if (!file && !(await isFile(found))) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      response.writeHead(status, { 'content-type': CONTENT_TYPES[extname(found)] ?? 'application/octet-stream' });
      createReadStream(found).pipe(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * A local server that behaves like the sites a record cites and like the Wayback Machine's availability service, for
 * testing `npm run sources:check` without the internet. It also accepts proxy tunnels (CONNECT), so a process started
 * with NODE_USE_ENV_PROXY=1 and HTTP_PROXY pointing here reaches any host name through it. It records every request it
 * is asked, with the time it arrived, so tests assert on what a site saw.
 *
 * A site's paths: /live (200), /head-refused (405 to HEAD, 200 to GET), /gone-404, /gone-410, /forbidden (403),
 * /busy (429 with Retry-After: 1 the first time, then 200), /unavailable (503 without Retry-After), /redirect-1 (301 to
 * /redirect-2, 302 to /live), /loop (redirects to itself), /slow (answers after two seconds).
 * The availability service, /wayback/available?url=…&timestamp=…: a capture at noon of the day asked for when the
 * address has "capture" in it, JSON not in the service's form when it has "odd-answer", no JSON when it has
 * "not-json", and no capture otherwise.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  /** When it arrived, in milliseconds since 1970. */
  at: number;
  method: string;
  /** The Host header: the host the client asked for. */
  host: string;
  path: string;
}

export interface SourceStub {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  requests: StubRequest[];
  close: () => Promise<void>;
}

const SLOW_MS = 2000;

/** The availability service's answer for an address and a timestamp, as the real service shapes it. */
function availabilityAnswer(url: string, timestamp: string): string {
  if (url.includes('not-json')) return '<html>Service unavailable</html>';
  if (url.includes('odd-answer')) return JSON.stringify({ archived_snapshots: 'none' });
  if (!url.includes('capture')) return JSON.stringify({ url, archived_snapshots: {} });
  const stamp = `${timestamp.padEnd(8, '01').slice(0, 8)}120000`;
  const closest = { status: '200', available: true, url: `http://web.archive.org/web/${stamp}/${url}`, timestamp: stamp };
  return JSON.stringify({ url, archived_snapshots: { closest } });
}

/** Starts the stub on a free port of 127.0.0.1. */
export async function startSourceStub(): Promise<SourceStub> {
  const requests: StubRequest[] = [];
  const seen = new Map<string, number>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    const host = request.headers.host ?? '';
    requests.push({ at: Date.now(), method: request.method ?? '', host, path: url.pathname });
    const key = `${host}${url.pathname}`;
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    const answer = (status: number, headers: Record<string, string> = {}, body = '') => response.writeHead(status, headers).end(body);
    switch (url.pathname) {
      case '/wayback/available':
        return answer(
          200,
          { 'content-type': 'application/json' },
          availabilityAnswer(url.searchParams.get('url') ?? '', url.searchParams.get('timestamp') ?? ''),
        );
      case '/live':
        return answer(200, { 'content-type': 'text/html' }, '<p>The report.</p>');
      case '/head-refused':
        return request.method === 'HEAD' ? answer(405) : answer(200, {}, '<p>The report.</p>');
      case '/gone-404':
        return answer(404);
      case '/gone-410':
        return answer(410);
      case '/forbidden':
        return answer(403);
      case '/busy':
        return times === 1 ? answer(429, { 'retry-after': '1' }) : answer(200);
      case '/unavailable':
        return answer(503);
      case '/redirect-1':
        return answer(301, { location: '/redirect-2' });
      case '/redirect-2':
        return answer(302, { location: `http://${host}/live` });
      case '/loop':
        return answer(302, { location: '/loop' });
      case '/slow':
        return void setTimeout(() => answer(200), SLOW_MS).unref();
      default:
        return answer(404);
    }
  });
  // A proxy tunnel: the client's requests inside it are served as if they had come straight here.
  server.on('connect', (_request: IncomingMessage, socket) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    server.emit('connection', socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * How far the first and last arrivals of a run may each be delayed on a busy machine. The stub sees a request when it
 * arrives, which such a machine delays unevenly, so one gap between arrivals can look shorter than the pacer made it
 * (its exact spacing is tested with a fake clock in tests/unit/content/request-pacer.test.ts). Over a whole run the
 * delays do not add up: only the first and last arrival move, so the span of a run is held to the rate.
 */
export const ARRIVAL_SLACK_MS = 150;

/** The time from the first arrival of a run to its last. */
export function arrivalSpan(times: readonly number[]): number {
  return (times.at(-1) ?? 0) - (times[0] ?? 0);
}

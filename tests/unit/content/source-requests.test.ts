/**
 * The check's requests against a local server that behaves like the sites a record cites and like the Wayback
 * Machine's availability service, failures included; never the internet.
 */
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPacer } from '@/lib/content/request-pacer';
import { nearestCapture, readAddress, type RequestSettings } from '@/lib/content/source-requests';
import { ARRIVAL_SLACK_MS, arrivalSpan, startSourceStub, type SourceStub } from '@tests/helpers/source-stub';

let stub: SourceStub;
beforeAll(async () => {
  stub = await startSourceStub();
});
afterAll(() => stub.close());

/** Settings for a test: fast rates, unless a test is about the rates, and a short timeout. */
function settings(overrides: Partial<RequestSettings> = {}): RequestSettings {
  return {
    pacer: createPacer({ concurrency: 4, perSecond: 100, perHostPerSecond: 100 }),
    timeoutMs: 300,
    maxRedirects: 5,
    maxRetryAfterMs: 5000,
    maxRetries: 2,
    userAgent: 'sources:check test',
    availabilityUrl: `${stub.origin}/wayback/available`,
    ...overrides,
  };
}

/** A port nothing listens on: one a server had a moment ago. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const site = (path: string) => `${stub.origin}${path}`;
const requestsTo = (path: string) => stub.requests.filter((request) => request.path === path);

describe('readAddress', { timeout: 10_000 }, () => {
  it('reads a live address with HEAD alone, and one that refuses HEAD with GET', async () => {
    expect(await readAddress(site('/live'), settings())).toEqual({ kind: 'live', status: 200 });
    expect(requestsTo('/live').map((request) => request.method)).toEqual(['HEAD']);
    expect(await readAddress(site('/head-refused'), settings())).toEqual({ kind: 'live', status: 200 });
    expect(requestsTo('/head-refused').map((request) => request.method)).toEqual(['HEAD', 'GET']);
  });

  it('calls 404 and 410 dead, confirmed by GET, and any other failure unknown', async () => {
    expect(await readAddress(site('/gone-404'), settings())).toEqual({ kind: 'dead', status: 404 });
    expect(requestsTo('/gone-404').map((request) => request.method)).toEqual(['HEAD', 'GET']);
    expect(await readAddress(site('/gone-410'), settings())).toEqual({ kind: 'dead', status: 410 });
    expect(await readAddress(site('/forbidden'), settings())).toEqual({ kind: 'unknown', reason: 'answered 403' });
    expect(await readAddress(site('/unavailable'), settings())).toEqual({ kind: 'unknown', reason: 'answered 503 without Retry-After' });
  });

  it('follows a chain of redirects to its end, and gives up on one longer than the limit', async () => {
    expect(await readAddress(site('/redirect-1'), settings())).toEqual({ kind: 'live', status: 200 });
    expect(await readAddress(site('/loop'), settings({ maxRedirects: 3 }))).toEqual({ kind: 'unknown', reason: 'more than 3 redirects' });
    expect(requestsTo('/loop')).toHaveLength(8);
  });

  it('waits as long as Retry-After asks before asking a busy site again', async () => {
    expect(await readAddress(site('/busy'), settings())).toEqual({ kind: 'live', status: 200 });
    const [busy, retry] = requestsTo('/busy').map((request) => request.at);
    expect(retry !== undefined && busy !== undefined && retry - busy).toBeGreaterThanOrEqual(1000);
  });

  it('calls an address that does not answer in time, or a host that cannot be reached, unknown, never dead', async () => {
    expect(await readAddress(site('/slow'), settings())).toEqual({ kind: 'unknown', reason: 'no answer within 0.3 s' });
    const refused = await readAddress(`http://127.0.0.1:${await closedPort()}/live`, settings());
    expect(refused).toEqual({ kind: 'unknown', reason: 'the request failed: ECONNREFUSED' });
  });
});

describe('nearestCapture', () => {
  it("gives the capture nearest the source's date as the Wayback Machine's copy of the source's own address", async () => {
    const capture = await nearestCapture(site('/capture'), '2026-01-06', '2026-12-07', settings());
    expect(capture).toEqual({ url: `https://web.archive.org/web/20260106120000/${site('/capture')}`, captured: '2026-01-06' });
  });

  it('gives none when the service holds none, and says why when its answer is not in its form', async () => {
    expect(await nearestCapture(site('/live'), '2026-01-06', '2026-12-07', settings())).toBeUndefined();
    expect(await nearestCapture(site('/odd-answer'), '2026-01-06', '2026-12-07', settings())).toEqual({
      error: "the availability service's answer is malformed: the answer has no archived_snapshots object",
    });
    const notJson = await nearestCapture(site('/not-json'), '2026-01-06', '2026-12-07', settings());
    expect(notJson !== undefined && 'error' in notJson ? notJson.error : notJson).toMatch(
      /^the availability service's answer is malformed: /,
    );
  });
});

describe('the pace of requests', { timeout: 10_000 }, () => {
  it('starts no more than the rate allows in all and to each host, as the site sees them arrive', async () => {
    const since = Date.now();
    const paced = settings({ pacer: createPacer({ concurrency: 4, perSecond: 8, perHostPerSecond: 4 }) });
    const hosts = [stub.origin, `http://localhost:${stub.port}`];
    await Promise.all(Array.from({ length: 8 }, (_, i) => readAddress(`${hosts[i % 2]}/live?${i}`, paced)));
    const arrived = stub.requests.filter((request) => request.at >= since && request.path === '/live');
    expect(arrived).toHaveLength(8);
    // Each run's span, not each gap, is held to the rate (see ARRIVAL_SLACK_MS).
    const times = arrived.map((request) => request.at);
    expect(arrivalSpan(times)).toBeGreaterThanOrEqual((times.length - 1) * 125 - ARRIVAL_SLACK_MS);
    for (const host of new Set(arrived.map((request) => request.host))) {
      const toHost = arrived.filter((request) => request.host === host).map((request) => request.at);
      expect(toHost).toHaveLength(4);
      expect(arrivalSpan(toHost)).toBeGreaterThanOrEqual(3 * 250 - ARRIVAL_SLACK_MS);
    }
  });
});

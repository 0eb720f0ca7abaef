/**
 * The requests `npm run sources:check` makes: reading a source's address (HEAD, then GET when HEAD gives no clear
 * "live"), following redirects up to a limit and waiting as a busy site's Retry-After asks, and asking the Wayback
 * Machine's availability service for the capture nearest the source's date. Every request goes through the pacer.
 */
import type { Pacer } from '@/lib/content/request-pacer';
import {
  availabilityQuery,
  BUSY_STATUSES,
  captureFromAnswer,
  REDIRECT_STATUSES,
  retryAfterMs,
  verdictOfStatus,
  type AddressVerdict,
  type Capture,
} from '@/lib/content/source-check';

export interface RequestSettings {
  pacer: Pacer;
  /** How long to wait for an answer before giving up on a request. */
  timeoutMs: number;
  /** How many redirects to follow before giving up on an address. */
  maxRedirects: number;
  /** The longest Retry-After waited for; a site asking for more is reported as unknown. */
  maxRetryAfterMs: number;
  /** How many times to ask again after a busy answer. */
  maxRetries: number;
  userAgent: string;
  /** The availability service's address: https://archive.org/wayback/available. */
  availabilityUrl: string;
  now?: () => number;
}

/** A final answer, its body not yet read, or why there is none. */
type Answer = { response: Response } | { error: string };

/** One request through the pacer, with no redirect followed; a failure is returned as its reason, never thrown. */
async function send(method: 'HEAD' | 'GET', url: string, settings: RequestSettings): Promise<Answer> {
  try {
    const response = await settings.pacer.run(new URL(url).host, () =>
      fetch(url, {
        method,
        redirect: 'manual',
        signal: AbortSignal.timeout(settings.timeoutMs),
        headers: { 'user-agent': settings.userAgent },
      }),
    );
    return { response };
  } catch (error) {
    return { error: failureReason(error, settings.timeoutMs) };
  }
}

/** Why a request failed, in a few words: the timeout, or the network's own code (ECONNREFUSED, ENOTFOUND…). */
function failureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `the request failed: ${cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))}`;
}

/** The final answer to `method` on `url`: redirects followed up to the limit, busy answers asked again after Retry-After. */
async function finalAnswer(method: 'HEAD' | 'GET', url: string, settings: RequestSettings): Promise<Answer> {
  const now = settings.now ?? Date.now;
  let current = url;
  let redirects = 0;
  let retries = 0;
  for (;;) {
    const answer = await send(method, current, settings);
    if ('error' in answer) return answer;
    const { status, headers } = answer.response;
    if (REDIRECT_STATUSES.has(status) && headers.get('location') !== null) {
      await answer.response.body?.cancel();
      if (++redirects > settings.maxRedirects) return { error: `more than ${settings.maxRedirects} redirects` };
      current = new URL(headers.get('location') ?? '', current).href;
      continue;
    }
    if (BUSY_STATUSES.has(status)) {
      await answer.response.body?.cancel();
      const wait = retryAfterMs(headers.get('retry-after'), now());
      if (wait === undefined) return { error: `answered ${status} without Retry-After` };
      if (wait > settings.maxRetryAfterMs || retries >= settings.maxRetries)
        return { error: `answered ${status}, asking to wait ${Math.ceil(wait / 1000)} s more` };
      retries++;
      settings.pacer.holdHost(new URL(current).host, now() + wait);
      continue;
    }
    return answer;
  }
}

/** What a source's address answers: HEAD first, and GET when HEAD does not say live, since many sites answer HEAD badly. */
export async function readAddress(url: string, settings: RequestSettings): Promise<AddressVerdict> {
  const head = await finalAnswer('HEAD', url, settings);
  if ('response' in head && verdictOfStatus(head.response.status).kind === 'live') return verdictOfStatus(head.response.status);
  const get = await finalAnswer('GET', url, settings);
  if ('error' in get) return { kind: 'unknown', reason: get.error };
  await get.response.body?.cancel();
  return verdictOfStatus(get.response.status);
}

/** The Wayback Machine's capture of `url` nearest `date`, none, or why the service could not say. */
export async function nearestCapture(
  url: string,
  date: string,
  today: string,
  settings: RequestSettings,
): Promise<Capture | undefined | { error: string }> {
  const answer = await finalAnswer('GET', availabilityQuery(settings.availabilityUrl, url, date), settings);
  if ('error' in answer) return { error: `the availability service: ${answer.error}` };
  if (answer.response.status !== 200) {
    await answer.response.body?.cancel();
    return { error: `the availability service answered ${answer.response.status}` };
  }
  try {
    return captureFromAnswer(JSON.parse(await answer.response.text()), url, today);
  } catch (error) {
    return { error: `the availability service's answer is malformed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

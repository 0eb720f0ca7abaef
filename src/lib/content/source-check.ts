/**
 * What `npm run sources:check` decides, apart from the network: which addresses to read, what an answer means, what
 * the Wayback Machine's availability service says of the nearest capture, what `--write` records and how the report
 * reads. The requests themselves are in source-requests.ts.
 */
import { dayOfTimestamp, WAYBACK_PREFIX, waybackTimestamp } from '@/lib/base/archives';
import { COLLECTIONS } from '@/lib/base/urls';
import type { ContentFile } from '@/lib/content/content-files';
import type { RecordedFields } from '@/lib/content/source-fields';
import type { ContentRecord, Entry } from '@/lib/record/entries';
import type { Source } from '@/lib/record/schemas';

/** What an address answered: the report (live), nothing (dead: 404 or 410), or nothing the check can rely on. */
export type AddressVerdict = { kind: 'live'; status: number } | { kind: 'dead'; status: number } | { kind: 'unknown'; reason: string };

/** Statuses a site sends when it is busy, after which it may say in Retry-After when to ask again. */
export const BUSY_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** Statuses that send the reader on to another address, in Location. */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * The verdict of a final answer's status: 2xx is live, 404 and 410 dead, anything else unknown, since a site that
 * refuses robots (403) or fails (500) may well still serve the report to readers.
 * @example verdictOfStatus(410) // { kind: 'dead', status: 410 }
 */
export function verdictOfStatus(status: number): AddressVerdict {
  if (status >= 200 && status < 300) return { kind: 'live', status };
  if (status === 404 || status === 410) return { kind: 'dead', status };
  return { kind: 'unknown', reason: `answered ${status}` };
}

/**
 * How long Retry-After asks to wait, in milliseconds from `now`: a number of seconds or an HTTP date; undefined when
 * there is none or it cannot be read.
 * @example retryAfterMs('2', 0) // 2000
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A capture of a source's address in the Wayback Machine: its address and its day. */
export interface Capture {
  url: string;
  captured: string;
}

/**
 * The availability service's question for the capture of `url` nearest `date`, the source's day or month.
 * @example availabilityQuery('https://archive.org/wayback/available', 'https://example.org/a', '2026-01-06') // "https://archive.org/wayback/available?url=https%3A%2F%2Fexample.org%2Fa&timestamp=20260106"
 */
export function availabilityQuery(base: string, url: string, date: string): string {
  return `${base}?url=${encodeURIComponent(url)}&timestamp=${waybackTimestamp(date)}`;
}

/**
 * The capture the availability service's answer names, as the address of the copy of `originalUrl` itself (the
 * service may name it by another spelling, http for https); undefined when it holds none that served the page (status
 * 200) by `today`. An answer not in the service's form throws, so a changed service is reported, not read as "none".
 * @example captureFromAnswer({ archived_snapshots: { closest: { available: true, status: '200', timestamp: '20260106093012', url: '…' } } }, 'https://example.org/a', '2026-12-07') // { url: 'https://web.archive.org/web/20260106093012/https://example.org/a', captured: '2026-01-06' }
 */
export function captureFromAnswer(answer: unknown, originalUrl: string, today: string): Capture | undefined {
  const snapshots = (answer as { archived_snapshots?: unknown } | null)?.archived_snapshots;
  if (typeof snapshots !== 'object' || snapshots === null) throw new Error('the answer has no archived_snapshots object');
  const closest = (snapshots as { closest?: unknown }).closest;
  if (closest === undefined) return undefined;
  const { available, status, timestamp } = closest as { available?: unknown; status?: unknown; timestamp?: unknown };
  if (typeof timestamp !== 'string' || !/^\d{14}$/.test(timestamp)) throw new Error('the closest capture has no 14-digit timestamp');
  if (available !== true || status !== '200') return undefined;
  const captured = dayOfTimestamp(timestamp);
  return captured > today ? undefined : { url: `${WAYBACK_PREFIX}${timestamp}/${originalUrl}`, captured };
}

/** One source with an address, where its file lists it. */
export interface SourceToCheck {
  /** The file's path as the editor knows it. */
  path: string;
  index: number;
  source: Pick<Source, 'date' | 'archive' | 'checked' | 'state'> & { url: string };
}

/** Every source with an address in the English files, in the order of the files and their lists (translations list none). */
export function sourcesToCheck(files: readonly ContentFile[], record: ContentRecord): SourceToCheck[] {
  const pathOf = new Map(files.map((file) => [`${file.collection}/${file.id}`, file.path]));
  return COLLECTIONS.flatMap((collection) =>
    record[collection].flatMap((entry: Entry<{ sources: readonly Source[] }>) =>
      entry.data.sources.flatMap((source, index) => {
        const path = pathOf.get(`${collection}/${entry.id}`);
        const { url } = source;
        return path === undefined || url === undefined ? [] : [{ path, index, source: { ...source, url } }];
      }),
    ),
  );
}

/** What the check found of one source: its address's verdict and the nearest capture, or why none could be asked for. */
export interface SourceFinding extends SourceToCheck {
  address: AddressVerdict;
  capture: Capture | undefined | { error: string };
}

const isCapture = (capture: SourceFinding['capture']): capture is Capture => capture !== undefined && 'url' in capture;

/**
 * What `--write` records of a finding: the day read and the state, once the address gave a clear answer (a network
 * failure or an odd status says nothing of the report, so nothing is recorded), and the nearest capture where the
 * source has no copy yet. A `replaced` state is the editor's judgement of what the page shows, so a live answer keeps it.
 */
export function recordedFields(finding: SourceFinding, today: string): RecordedFields | undefined {
  if (finding.address.kind === 'unknown') return undefined;
  const state = finding.address.kind === 'live' && finding.source.state === 'replaced' ? 'replaced' : finding.address.kind;
  const archive = finding.source.archive === undefined && isCapture(finding.capture) ? finding.capture : undefined;
  return { checked: today, state, ...(archive && { archive }) };
}

/**
 * The check's report: a line per source that is not plainly live (dead, unknown, or a capture that could not be
 * asked for), then the totals.
 */
export function sourcesReport(findings: readonly SourceFinding[]): string {
  const count = (kind: AddressVerdict['kind']) => findings.filter((finding) => finding.address.kind === kind).length;
  const lines = findings.flatMap((finding) => {
    const at = `${finding.path}: sources[${finding.index}]: ${finding.source.url}`;
    const notes: string[] = [];
    if (finding.address.kind === 'dead') notes.push(`dead (answered ${finding.address.status})`);
    if (finding.address.kind === 'unknown') notes.push(`unknown (${finding.address.reason}); nothing recorded`);
    if (finding.capture !== undefined && !isCapture(finding.capture)) notes.push(`no capture known (${finding.capture.error})`);
    else if (finding.address.kind === 'dead' && finding.source.archive === undefined)
      notes.push(isCapture(finding.capture) ? `nearest capture ${finding.capture.url}` : 'the Wayback Machine holds no capture');
    return notes.length === 0 ? [] : [`  ${at}: ${notes.join('; ')}`];
  });
  const captures = findings.filter((finding) => finding.source.archive === undefined && isCapture(finding.capture)).length;
  const totals =
    `Checked ${findings.length} ${findings.length === 1 ? 'source' : 'sources'}: ${count('live')} live, ${count('dead')} dead, ` +
    `${count('unknown')} unknown; ${captures} without an archive have a capture in the Wayback Machine.`;
  return [...lines, totals].join('\n');
}

/** What an editor may set for a run, by environment variable, and the defaults that keep the check polite. */
export interface CheckSettings {
  /** SOURCES_CHECK_AVAILABILITY_URL: the Wayback Machine's availability service. */
  availabilityUrl: string;
  /** SOURCES_CHECK_TIMEOUT_MS: how long to wait for an answer. */
  timeoutMs: number;
  /** SOURCES_CHECK_CONCURRENCY: requests under way at once. */
  concurrency: number;
  /** SOURCES_CHECK_PER_SECOND: requests started each second, to every host together. */
  perSecond: number;
  /** SOURCES_CHECK_PER_HOST_PER_SECOND: requests started each second to one host. */
  perHostPerSecond: number;
}

const DEFAULT_SETTINGS: CheckSettings = {
  availabilityUrl: 'https://archive.org/wayback/available',
  timeoutMs: 15_000,
  concurrency: 4,
  perSecond: 3,
  perHostPerSecond: 1,
};

const NUMBER_SETTINGS = {
  timeoutMs: 'SOURCES_CHECK_TIMEOUT_MS',
  concurrency: 'SOURCES_CHECK_CONCURRENCY',
  perSecond: 'SOURCES_CHECK_PER_SECOND',
  perHostPerSecond: 'SOURCES_CHECK_PER_HOST_PER_SECOND',
} as const;

/**
 * The settings of a run from the environment, each unset one at its default; a value that is not a positive number,
 * or an address that is not http(s), throws with the variable's name.
 * @example checkSettings({ SOURCES_CHECK_PER_SECOND: '2' }).perSecond // 2
 */
export function checkSettings(environment: Record<string, string | undefined>): CheckSettings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const [key, name] of Object.entries(NUMBER_SETTINGS) as [keyof typeof NUMBER_SETTINGS, string][]) {
    const value = environment[name];
    if (value === undefined || value === '') continue;
    if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0)
      throw new Error(`${name} must be a positive number, not ${JSON.stringify(value)}`);
    settings[key] = Number(value);
  }
  const availability = environment['SOURCES_CHECK_AVAILABILITY_URL'];
  if (availability !== undefined && availability !== '') {
    if (!/^https?:\/\/[^/]/.test(availability) || !URL.canParse(availability))
      throw new Error(`SOURCES_CHECK_AVAILABILITY_URL must be an http(s) address, not ${JSON.stringify(availability)}`);
    settings.availabilityUrl = availability;
  }
  return settings;
}

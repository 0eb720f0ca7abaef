/**
 * Web archives: the addresses of the copies a source's `archive.url` may name, and the Wayback Machine's address of
 * the copy nearest a day, which the source list offers where no copy is recorded.
 */

/** The Wayback Machine's address of its copies: https://web.archive.org/web/<timestamp>/<original>. */
export const WAYBACK_PREFIX = 'https://web.archive.org/web/';

/**
 * Archives that write a copy's address as the Wayback Machine does, `<prefix><timestamp>/<original>`, the timestamp
 * being YYYYMMDDhhmmss (or YYYYMMDD) in UTC.
 */
const TIMESTAMPED_ARCHIVES = [
  WAYBACK_PREFIX,
  'https://arquivo.pt/wayback/',
  'https://webarchive.nationalarchives.gov.uk/ukgwa/',
  'https://webarchive.loc.gov/all/',
] as const;

/** archive.today's hosts, all serving the same copies, whose addresses are `/<timestamp>/<original>` or a short `/<id>`. */
const ARCHIVE_TODAY_HOSTS = ['archive.today', 'archive.ph', 'archive.is', 'archive.li', 'archive.vn', 'archive.fo', 'archive.md'];

/** The part of a copy's address after the archive's own: a timestamp of 14 or 8 digits, a slash, the original address. */
const TIMESTAMPED_PATH = /^(\d{14}|\d{8})\/(.+)$/;

/** archive.today's short address of a copy: letters and digits only. */
const SHORT_ID = /^\/[A-Za-z0-9]{4,10}$/;

/** What a copy's address says of itself: the original address and the day of capture, where it names them. */
export interface ArchiveAddress {
  original?: string;
  /** The day of capture, YYYY-MM-DD in UTC, from the address's timestamp. */
  captured?: string;
}

/**
 * The original address and day of capture an archive's address names, or undefined when it is not the address of a
 * copy in a known archive.
 * @example readArchiveUrl('https://web.archive.org/web/20260106093012/https://example.org/a') // { original: 'https://example.org/a', captured: '2026-01-06' }
 * @example readArchiveUrl('https://archive.ph/wIB7r') // {}
 */
export function readArchiveUrl(archiveUrl: string): ArchiveAddress | undefined {
  const prefix = TIMESTAMPED_ARCHIVES.find((known) => archiveUrl.startsWith(known));
  if (prefix !== undefined) return timestamped(archiveUrl.slice(prefix.length));
  if (!URL.canParse(archiveUrl)) return undefined;
  const url = new URL(archiveUrl);
  if (url.protocol !== 'https:' || !ARCHIVE_TODAY_HOSTS.includes(url.hostname)) return undefined;
  const path = archiveUrl.slice(url.origin.length);
  if (SHORT_ID.test(path)) return {};
  return timestamped(path.slice(1));
}

function timestamped(path: string): ArchiveAddress | undefined {
  const [, timestamp, original] = TIMESTAMPED_PATH.exec(path) ?? [];
  if (timestamp === undefined || original === undefined) return undefined;
  return { original, captured: dayOfTimestamp(timestamp) };
}

/**
 * What is wrong with `archiveUrl` as the address of a copy of `originalUrl` (the source's own address, if it has one),
 * or undefined when nothing is.
 */
export function archiveUrlProblem(archiveUrl: string, originalUrl: string | undefined): string | undefined {
  const read = readArchiveUrl(archiveUrl);
  if (read === undefined)
    return (
      "is not the address of a copy in a known web archive: use the Wayback Machine's, " +
      `${WAYBACK_PREFIX}<YYYYMMDDhhmmss>/<the source's url>, or archive.today's, https://archive.ph/<id>`
    );
  if (originalUrl !== undefined && read.original !== undefined && read.original !== originalUrl)
    return `is a copy of ${read.original}, not of this source's url ${originalUrl}: give the copy of the source's own address`;
  return undefined;
}

/**
 * The day of an archive's capture timestamp, 8 or 14 digits.
 * @example dayOfTimestamp('20260106093012') // "2026-01-06"
 */
export const dayOfTimestamp = (timestamp: string): string => `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}`;

/**
 * A timestamp as the Wayback Machine reads it: a day or a month, digits only.
 * @example waybackTimestamp('2026-01-06') // "20260106"
 */
export const waybackTimestamp = (dayOrMonth: string): string => dayOrMonth.replaceAll('-', '');

/**
 * The Wayback Machine's address that opens its copy of `url` nearest `dayOrMonth`, whatever copies it holds: a lookup,
 * not a copy anyone has checked.
 * @example waybackLookupUrl('https://example.org/a', '2026-01-06') // "https://web.archive.org/web/20260106/https://example.org/a"
 */
export const waybackLookupUrl = (url: string, dayOrMonth: string): string => `${WAYBACK_PREFIX}${waybackTimestamp(dayOrMonth)}/${url}`;

/**
 * The links a source offers a reader: its headline, an archived copy beside it, and, for an address that no longer
 * serves the report, the original marked as such. The headline is a Robust Link (robustlinks.mementoweb.org): it
 * carries the original address, the date of the state it cites and, when a copy is recorded, the copy's address.
 */
import { waybackLookupUrl } from '@/lib/base/archives';
import type { Source } from '@/lib/record/schemas';

/** The Robust Link attributes of a headline: the original address, the date of the state it cites and its recorded copy. */
export interface RobustLink {
  originalUrl: string;
  /** The copy's capture day where a copy is recorded, otherwise the source's date. */
  versionDate: string;
  /** The recorded copy; absent when none is recorded, for a lookup is no copy anyone has checked. */
  versionUrl?: string;
}

/** The copy offered beside a headline: one recorded and checked, or the Wayback Machine's lookup nearest the source's date. */
export interface ArchiveLink {
  href: string;
  /** True for a copy recorded in the source; false for a lookup, which may find nothing or a later page. */
  recorded: boolean;
  /** The day a recorded copy was captured. */
  captured?: string;
}

export interface SourceLinks {
  /** Where the headline links; none for a source with no address and no copy, or whose dead address has no recorded copy. */
  headline?: { href: string; robust?: RobustLink };
  archive?: ArchiveLink;
  /** The original address of a source whose address no longer serves it, shown after the copy and marked by its state. */
  gone?: { href: string; state: 'dead' | 'replaced' };
}

/**
 * The links a source offers: a live address is the headline's link, with its copy beside it; a dead or replaced one
 * gives the headline to its recorded copy, and comes after it, marked; a source with no address links its copy, if any.
 * @example sourceLinks({ url: 'https://example.org/a', date: '2026-01-06' }).archive // { href: 'https://web.archive.org/web/20260106/https://example.org/a', recorded: false }
 */
export function sourceLinks(source: Pick<Source, 'url' | 'date' | 'archive' | 'state'>): SourceLinks {
  const { url, archive } = source;
  if (url === undefined)
    return archive ? { headline: { href: archive.url }, archive: { href: archive.url, recorded: true, captured: archive.captured } } : {};
  if (archive === undefined) {
    const lookup = { href: waybackLookupUrl(url, source.date), recorded: false };
    if (source.state === 'dead' || source.state === 'replaced') return { archive: lookup, gone: { href: url, state: source.state } };
    return { headline: { href: url, robust: { originalUrl: url, versionDate: source.date } }, archive: lookup };
  }
  const robust = { originalUrl: url, versionDate: archive.captured, versionUrl: archive.url };
  const copy = { href: archive.url, recorded: true, captured: archive.captured };
  if (source.state === 'dead' || source.state === 'replaced')
    return { headline: { href: archive.url, robust }, archive: copy, gone: { href: url, state: source.state } };
  return { headline: { href: url, robust }, archive: copy };
}

import { describe, expect, it } from 'vitest';
import { archiveUrlProblem, dayOfTimestamp, readArchiveUrl, waybackLookupUrl, waybackTimestamp } from '@/lib/base/archives';

describe('readArchiveUrl', () => {
  it("reads the original address and the capture's day from a Wayback Machine address, with a full or a day timestamp", () => {
    expect(readArchiveUrl('https://web.archive.org/web/20260106093012/https://example.org/a?b=1')).toEqual({
      original: 'https://example.org/a?b=1',
      captured: '2026-01-06',
    });
    expect(readArchiveUrl('https://web.archive.org/web/20260106/https://example.org/a')).toEqual({
      original: 'https://example.org/a',
      captured: '2026-01-06',
    });
  });

  it("reads archive.today's addresses on each of its hosts, the short one naming neither original nor day", () => {
    expect(readArchiveUrl('https://archive.ph/wIB7r')).toEqual({});
    expect(readArchiveUrl('https://archive.today/20260106093012/https://example.org/a')).toEqual({
      original: 'https://example.org/a',
      captured: '2026-01-06',
    });
  });

  it('reads the other archives that write addresses as the Wayback Machine does', () => {
    expect(readArchiveUrl('https://arquivo.pt/wayback/20250918101500/https://example.org/a')?.captured).toBe('2025-09-18');
  });

  it('refuses an address outside the known archives, a timestamp of another length and a page of an archive that is no copy', () => {
    expect(readArchiveUrl('https://example.net/copy')).toBeUndefined();
    expect(readArchiveUrl('https://web.archive.org/web/2026/https://example.org/a')).toBeUndefined();
    expect(readArchiveUrl('https://web.archive.org/web/20260106093012id_/https://example.org/a')).toBeUndefined();
    expect(readArchiveUrl('https://archive.ph/search/?q=x')).toBeUndefined();
    expect(readArchiveUrl('http://archive.ph/wIB7r')).toBeUndefined();
  });
});

describe('archiveUrlProblem', () => {
  it("accepts a copy of the source's own address, a short archive.today address, and any copy for a source with no address", () => {
    expect(archiveUrlProblem('https://web.archive.org/web/20260106093012/https://example.org/a', 'https://example.org/a')).toBeUndefined();
    expect(archiveUrlProblem('https://archive.ph/wIB7r', 'https://example.org/a')).toBeUndefined();
    expect(archiveUrlProblem('https://web.archive.org/web/20260106093012/https://example.org/b', undefined)).toBeUndefined();
  });

  it("names the address the copy is of when it is not the source's, and the forms to use when it is in no archive", () => {
    expect(archiveUrlProblem('https://web.archive.org/web/20260106093012/https://example.org/b', 'https://example.org/a')).toBe(
      "is a copy of https://example.org/b, not of this source's url https://example.org/a: give the copy of the source's own address",
    );
    expect(archiveUrlProblem('https://example.net/copy', 'https://example.org/a')).toContain(
      "use the Wayback Machine's, https://web.archive.org/web/<YYYYMMDDhhmmss>/<the source's url>",
    );
  });
});

describe('waybackLookupUrl', () => {
  it("asks for the copy nearest the source's day, or its month when only the month is known", () => {
    expect(waybackTimestamp('2026-01-06')).toBe('20260106');
    expect(waybackLookupUrl('https://example.org/a', '2026-01-06')).toBe('https://web.archive.org/web/20260106/https://example.org/a');
    expect(waybackLookupUrl('https://example.org/a', '2026-01')).toBe('https://web.archive.org/web/202601/https://example.org/a');
  });
});

describe('dayOfTimestamp', () => {
  it('reads the day of a capture timestamp of 14 or 8 digits', () => {
    expect(dayOfTimestamp('20260106093012')).toBe('2026-01-06');
    expect(dayOfTimestamp('20251231')).toBe('2025-12-31');
  });
});

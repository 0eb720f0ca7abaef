import { describe, expect, it } from 'vitest';
import { sourceLinks } from '@/lib/model/source-links';
import { source } from '@tests/helpers/fixtures';

const url = 'https://example.org/a';
const archive = { url: 'https://web.archive.org/web/20260107101500/https://example.org/a', captured: '2026-01-07' };

describe('sourceLinks', () => {
  it("links a live address as a Robust Link dated by the source, with the Wayback Machine's lookup nearest that date beside it", () => {
    expect(sourceLinks(source({ url, date: '2026-01-06' }))).toEqual({
      headline: { href: url, robust: { originalUrl: url, versionDate: '2026-01-06' } },
      archive: { href: 'https://web.archive.org/web/20260106/https://example.org/a', recorded: false },
    });
  });

  it('names a recorded copy in the Robust Link, dated by its capture, and offers it beside the headline', () => {
    expect(sourceLinks(source({ url, date: '2026-01-06', archive, state: 'live' }))).toEqual({
      headline: { href: url, robust: { originalUrl: url, versionDate: '2026-01-07', versionUrl: archive.url } },
      archive: { href: archive.url, recorded: true, captured: '2026-01-07' },
    });
  });

  it('sends the headline of a dead or replaced source to its copy, and marks the original after it', () => {
    for (const state of ['dead', 'replaced'] as const)
      expect(sourceLinks(source({ url, archive, state }))).toEqual({
        headline: { href: archive.url, robust: { originalUrl: url, versionDate: '2026-01-07', versionUrl: archive.url } },
        archive: { href: archive.url, recorded: true, captured: '2026-01-07' },
        gone: { href: url, state },
      });
  });

  it('links no headline of a dead source with no recorded copy, offering the lookup first and then the original, marked', () => {
    expect(sourceLinks(source({ url, date: '2026-01', state: 'dead' }))).toEqual({
      archive: { href: 'https://web.archive.org/web/202601/https://example.org/a', recorded: false },
      gone: { href: url, state: 'dead' },
    });
  });

  it('links the copy of a source with no address, and nothing for one with neither', () => {
    expect(sourceLinks(source({ archive }))).toEqual({
      headline: { href: archive.url },
      archive: { href: archive.url, recorded: true, captured: '2026-01-07' },
    });
    expect(sourceLinks(source())).toEqual({});
  });
});

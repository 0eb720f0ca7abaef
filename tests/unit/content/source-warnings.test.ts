import { describe, expect, it } from 'vitest';
import { sourceWarnings } from '@/lib/content/source-warnings';
import type { ContentRecord } from '@/lib/record/entries';
import { issue, round, source } from '@tests/helpers/fixtures';

const ARCHIVE = { url: 'https://archive.ph/wIB7r', captured: '2026-01-06' };

function recordOf(rounds: ContentRecord['rounds'], issues: ContentRecord['issues'] = []): ContentRecord {
  return { rounds, events: [], people: [], issues, notes: [] };
}

describe('sourceWarnings', () => {
  it('warns about a source with neither an address nor an archived copy, naming the file and the source', () => {
    const sources = [source({ url: 'https://example.org/a' }), source(), source({ archive: ARCHIVE })];
    expect(sourceWarnings(recordOf([], [issue('buffer-zone', { sources })]))).toEqual([
      'content/issues/buffer-zone.md: sources[1]: has no url and no archived copy, so readers cannot open it; add either when one is found',
    ]);
  });

  it('warns about a dead or replaced source with no archived copy, and not about one with a copy or a live one', () => {
    const sources = [
      source({ url: 'https://example.org/a', state: 'dead' }),
      source({ url: 'https://example.org/b', state: 'replaced' }),
      source({ url: 'https://example.org/c', state: 'dead', archive: ARCHIVE }),
      source({ url: 'https://example.org/d', state: 'live' }),
    ];
    const warnings = sourceWarnings(recordOf([round('paris', { start: '2026-01-05', sources })]));
    expect(warnings).toEqual([
      'content/rounds/2026-01-05-paris.md: sources[0]: is dead and has no archived copy, so readers cannot open it; add an archive from the Wayback Machine or archive.today if one holds it',
      'content/rounds/2026-01-05-paris.md: sources[1]: is replaced and has no archived copy, so readers cannot open it; add an archive from the Wayback Machine or archive.today if one holds it',
    ]);
  });
});

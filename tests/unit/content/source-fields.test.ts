import { describe, expect, it } from 'vitest';
import { withRecordedFields } from '@/lib/content/source-fields';

const ARCHIVE = { url: 'https://web.archive.org/web/20260106093012/https://example.org/a', captured: '2026-01-06' };

const BLOCK = `---
title: "A round" # the title
sources:
  - publisher: "The Wire"
    title: 'It happened: "yes"'
    url: "https://example.org/a" # the report
    date: 2026-01-06
  - publisher: Other
    title: >-
      A folded
      headline
    url: https://example.org/b
    date: 2026-01
    checked: 2026-02-01
    state: live
status: held
---
## What happened

Body with sources: and --- inside.
`;

describe('withRecordedFields', () => {
  it('adds the fields a block source lacks at its end, at its indentation, and changes no other byte', () => {
    const written = withRecordedFields(BLOCK, new Map([[0, { archive: ARCHIVE, checked: '2026-12-07', state: 'live' }]]));
    expect(written).toBe(
      BLOCK.replace(
        '    date: 2026-01-06\n',
        '    date: 2026-01-06\n' +
          '    archive:\n' +
          `      url: "${ARCHIVE.url}"\n` +
          '      captured: 2026-01-06\n' +
          '    checked: 2026-12-07\n' +
          '    state: live\n',
      ),
    );
  });

  it('replaces the values of fields a source has in place, after a folded headline, and adds the ones it lacks', () => {
    const written = withRecordedFields(BLOCK, new Map([[1, { checked: '2026-12-07', state: 'dead' }]]));
    expect(written).toBe(BLOCK.replace('checked: 2026-02-01\n    state: live', 'checked: 2026-12-07\n    state: dead'));
  });

  it('writes into a flow source inside its braces, and into several sources of one file', () => {
    const flow = `---
sources:
  - {publisher: Fixture Wire, title: Fixture headline, url: 'https://example.org/a', date: 2025-09-18}
  - {publisher: Fixture Wire, title: Second, url: 'https://example.org/b', date: 2025-09-19, state: live}
---
Body.
`;
    const written = withRecordedFields(
      flow,
      new Map([
        [0, { archive: ARCHIVE, checked: '2026-12-07', state: 'live' }],
        [1, { checked: '2026-12-07', state: 'dead' }],
      ]),
    );
    expect(written).toBe(
      flow
        .replace(
          'date: 2025-09-18}',
          `date: 2025-09-18, archive: {url: "${ARCHIVE.url}", captured: 2026-01-06}, checked: 2026-12-07, state: live}`,
        )
        .replace('date: 2025-09-19, state: live}', 'date: 2025-09-19, state: dead, checked: 2026-12-07}'),
    );
  });

  it('keeps an archive the source already has, refusing to write over it', () => {
    const archived = BLOCK.replace(
      '    date: 2026-01-06\n',
      `    date: 2026-01-06\n    archive: {url: "${ARCHIVE.url}", captured: 2026-01-06}\n`,
    );
    expect(() => withRecordedFields(archived, new Map([[0, { archive: ARCHIVE }]]))).toThrow(/already has an archive/);
  });

  it('refuses a file with no front matter or no source list', () => {
    expect(() => withRecordedFields('Body only.\n', new Map([[0, { state: 'live' }]]))).toThrow(/no front matter/);
    expect(() => withRecordedFields('---\ntitle: x\n---\nBody.\n', new Map([[0, { state: 'live' }]]))).toThrow(/no sources list/);
  });
});

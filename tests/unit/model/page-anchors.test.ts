import { describe, expect, it } from 'vitest';
import { anchorsByPage, anchorsOfPage, headingIdsOf, withUpdateIds } from '@/lib/model/page-anchors';
import { event, note, position, round, source } from '@tests/helpers/fixtures';

const PARIS_UPDATES = [
  { date: '2026-01-08', note: 'Added the joint statement.' },
  { date: '2026-02-01', note: 'Corrected the venue.' },
  { date: '2026-01-08', note: 'Added a second source.' },
];

describe('withUpdateIds', () => {
  it('numbers the updates of each day in the order the page lists them', () => {
    expect(withUpdateIds(PARIS_UPDATES).map((update) => update.id)).toEqual([
      'updates-2026-01-08-1',
      'updates-2026-02-01-1',
      'updates-2026-01-08-2',
    ]);
  });

  it("keeps every id when an update of another day is added, so a feed reader's items stay the same", () => {
    const added = [{ date: '2025-12-01', note: 'An earlier correction.' }, ...PARIS_UPDATES];
    expect(
      withUpdateIds(added)
        .slice(1)
        .map((update) => update.id),
    ).toEqual(withUpdateIds(PARIS_UPDATES).map((update) => update.id));
  });
});

describe('headingIdsOf', () => {
  it('gives an H2 the id of its text, and other headings theirs in order, a repeat numbered', () => {
    expect(headingIdsOf('## What happened\n\n### Israel\n\nText.\n\n### Israel\n\n## The *buffer* zone, again')).toEqual([
      'what-happened',
      'israel',
      'israel-1',
      'the-buffer-zone-again',
    ]);
  });

  it('reads headings only, not a line that looks like one in a code block', () => {
    expect(headingIdsOf('Text.\n\n```\n## Not a heading\n```\n\nSetext heading\n---\n')).toEqual(['setext-heading']);
  });
});

describe('anchorsOfPage', () => {
  it("holds the page's main content, its sources one by one and its body's headings", () => {
    expect(anchorsOfPage('notes', { sources: [source(), source()], updates: [] }, '## Which meetings count')).toEqual([
      'main',
      'sources',
      'source-1',
      'source-2',
      'which-meetings-count',
    ]);
  });

  it('holds the sections its type always renders, and its updates once it has some', () => {
    const updates = [{ date: '2026-01-08' }, { date: '2026-01-08' }];
    expect(anchorsOfPage('people', { sources: [source()], updates }, 'Text.')).toEqual([
      'main',
      'roles',
      'appearances',
      'about',
      'updates',
      'updates-2026-01-08-1',
      'updates-2026-01-08-2',
      'sources',
      'source-1',
    ]);
  });
});

describe('anchorsByPage', () => {
  it("adds a round's positions and readouts by side, by the page's address", () => {
    const paris = round('paris', {
      positions: [position({ side: 'syria' }), position({ side: 'syria', issue: 'airspace' })],
      readouts: [{ side: 'israel', summary: 'A fixture readout.', source: 1 }],
    });
    const anchors = anchorsByPage(
      { rounds: [paris], events: [event('talks')], people: [], issues: [], notes: [note('round-numbering')] },
      new Map([['/rounds/2026-01-05-paris/', '## What happened\n\nText.']]),
    );
    expect([...(anchors.get('/rounds/2026-01-05-paris/') ?? [])]).toEqual([
      'main',
      'delegations',
      'positions',
      'cite',
      'sources',
      'source-1',
      'what-happened',
      'positions-syria',
      'readouts',
      'readout-israel',
    ]);
    expect([...anchors.keys()]).toEqual(['/rounds/2026-01-05-paris/', '/events/2025-11-11-talks/', '/notes/round-numbering/']);
  });
});

import { describe, expect, it } from 'vitest';
import { skippedHeadingLevels } from '@tests/helpers/headings';

describe('skippedHeadingLevels', () => {
  it('finds nothing when each heading goes at most one level deeper', () => {
    expect(skippedHeadingLevels([1, 2, 3, 2, 2, 3, 4, 1, 2])).toEqual([]);
  });

  it('names each place a heading goes two or more levels deeper', () => {
    expect(skippedHeadingLevels([1, 3, 3, 2, 4])).toEqual(['h1 → h3', 'h2 → h4']);
  });

  it('lets the page start at its title or one level below it, as the header’s results before the title do', () => {
    expect(skippedHeadingLevels([2, 2, 1, 2])).toEqual([]);
    expect(skippedHeadingLevels([3, 1])).toEqual(['the start of the page → h3']);
  });
});

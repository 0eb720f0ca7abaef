import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, readContent } from '@tests/helpers/content';
import { copiedRuns, fingerprint, runsOf, wordsOf } from './own-words';
import seedFingerprints from './seed-fingerprints.json';

const fromSeeds = new Set(seedFingerprints);

describe('the content', () => {
  it('repeats no run of ten words from the seed articles, outside short attributed quotations', () => {
    const files = readContent();
    expect(files.length).toBeGreaterThan(0);
    const copied = files.flatMap((file) => {
      const runs = copiedRuns(file.source, fromSeeds);
      return runs.length > 0 ? [`${relative(CONTENT_DIR, file.path)}: "${runs[0]}" (${runs.length} runs)`] : [];
    });
    expect(copied).toEqual([]);
  });
});

describe('the copy check', () => {
  const article = 'Senior Israeli and Syrian officials resumed high level security talks in Paris on Monday marking the fifth round';
  const prints = new Set(runsOf(wordsOf(article)).map(fingerprint));

  it('flags a sentence taken word for word', () => {
    expect(copiedRuns(`Yesterday senior Israeli and Syrian officials resumed high level security talks in Paris.`, prints)).toEqual([
      'senior israeli and syrian officials resumed high level security talks',
      'israeli and syrian officials resumed high level security talks in',
      'and syrian officials resumed high level security talks in paris',
    ]);
  });

  it('allows a quotation of at most fifteen words', () => {
    expect(
      copiedRuns('The report said officials "resumed high level security talks in Paris on Monday marking the fifth".', prints),
    ).toEqual([]);
  });

  it('does not excuse a long quotation', () => {
    expect(copiedRuns(`"${article}"`, prints).length).toBeGreaterThan(0);
  });

  it('does not flag the same facts in other words', () => {
    expect(
      copiedRuns('On Monday in Paris, security officials from both countries met again for what was called the fifth round.', prints),
    ).toEqual([]);
  });

  it('holds the fingerprints of the seed articles', () => {
    expect(fromSeeds.size).toBeGreaterThan(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { findCutValues, findImpossibleDays, hasEmptyBody } from '@/lib/content/front-matter';

describe('findImpossibleDays', () => {
  it('finds a day that does not exist, with its line in the file', () => {
    const file = '---\ntitle: Paris\nstart: 2026-01-05\nend: 2026-02-30\n---\nBody on 2026-02-31 is not front matter.\n';
    expect(findImpossibleDays(file)).toEqual([{ line: 4, value: '2026-02-30' }]);
  });

  it('finds impossible days in flow lists and quoted values', () => {
    const file = "---\nupdates:\n  - {date: 2025-13-01, note: x}\nroles: [{title: A, from: '2025-04-31'}]\n---\n";
    expect(findImpossibleDays(file)).toEqual([
      { line: 3, value: '2025-13-01' },
      { line: 4, value: '2025-04-31' },
    ]);
  });

  it('accepts real days, leap days and dates inside addresses', () => {
    const file = '---\nstart: 2024-02-29\nurl: https://example.org/news-2026-02-30-report\nmonth: 2026-02\n---\n';
    expect(findImpossibleDays(file)).toEqual([]);
  });

  it('finds nothing in a file without front matter', () => {
    expect(findImpossibleDays('start: 2026-02-30\n')).toEqual([]);
  });
});

describe('hasEmptyBody', () => {
  it('is true when only white space follows the front matter', () => {
    expect(hasEmptyBody('---\ntitle: x\n---\n')).toBe(true);
    expect(hasEmptyBody('---\ntitle: x\n---\n\n  \n')).toBe(true);
  });

  it('is false when the file has text after its front matter', () => {
    expect(hasEmptyBody('---\ntitle: x\n---\nA paragraph.\n')).toBe(false);
    expect(hasEmptyBody('---\r\ntitle: x\r\n---\r\n## Heading\r\n')).toBe(false);
  });
});

describe('findCutValues', () => {
  it('finds a # after a space inside a value, with its line and column in the file', () => {
    const file = '---\ntitle: Round #4 in Paris\naliases:\n  - Abu #1\n---\nBody #5 is not front matter.\n';
    expect(findCutValues(file)).toEqual([
      { line: 2, column: 14, value: 'Round #4 in Paris' },
      { line: 4, column: 9, value: 'Abu #1' },
    ]);
  });

  it('leaves comments meant as comments, whole-line ones, a # inside quotes or an address, and apostrophes', () => {
    const file = [
      '---',
      "summary: '' # one or two sentences",
      '# round: 6 # only for numbered rounds',
      "title: 'Round #4 in Paris'",
      'note: "Item #2"',
      "url: 'https://example.org/a#top'",
      "stance: Israel's #1 demand",
      '---',
      '',
    ].join('\n');
    expect(findCutValues(file)).toEqual([{ line: 7, column: 18, value: "Israel's #1 demand" }]);
  });
});

import { describe, expect, it } from 'vitest';
import { problemReport } from '@/lib/content/problems';

describe('problemReport', () => {
  it('counts the problems and lists each on its own indented line', () => {
    expect(problemReport('The content', ['a.md: title: empty', 'b.md: round: duplicate'])).toBe(
      'The content has 2 problems:\n  a.md: title: empty\n  b.md: round: duplicate',
    );
  });

  it('speaks of a single problem in the singular', () => {
    expect(problemReport('The content folder', ['c.txt: not a .md file'])).toBe(
      'The content folder has 1 problem:\n  c.txt: not a .md file',
    );
  });
});

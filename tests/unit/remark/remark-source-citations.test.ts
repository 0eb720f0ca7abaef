import { describe, expect, it } from 'vitest';
import { citedNumbers, remarkSourceCitations, type SourceCitationsOptions } from '@/remark/remark-source-citations';
import { renderMarkdown } from '@tests/helpers/markdown';

/** Renders a body as Astro does: the plugin reads the file's front matter, here a list of `sourceCount` sources. */
async function render(markdown: string, sourceCount: number | undefined, options?: SourceCitationsOptions): Promise<string> {
  const frontmatter =
    sourceCount === undefined ? {} : { sources: Array.from({ length: sourceCount }, (_, i) => ({ title: `Source ${i + 1}` })) };
  return (await renderMarkdown(markdown, [[remarkSourceCitations, options]], { frontmatter })).html;
}

describe('remarkSourceCitations', () => {
  it('links each citation to its entry in the source list', async () => {
    expect(await render('Paris hosted the round [2]. Both sides spoke [1][3].', 3)).toBe(
      '<p>Paris hosted the round <a href="#source-2" class="citation">[2]</a>. Both sides spoke <a href="#source-1" class="citation">[1]</a><a href="#source-3" class="citation">[3]</a>.</p>',
    );
  });

  it('fails the build at the line of a citation past the end of the source list', async () => {
    await expect(render('First line.\n\nThe talks ended [4].', 3)).rejects.toThrow(
      /The citation \[4\] points to no source: this file lists 3 sources\./,
    );
    await expect(render('First line.\n\nThe talks ended [4].', 3)).rejects.toMatchObject({ line: 3 });
  });

  it('refuses several numbers in one pair of brackets at their line and column, showing how to write them', async () => {
    await expect(render('First line.\n\nBoth sides spoke [1, 3].', 3)).rejects.toMatchObject({
      reason: 'The citation [1, 3] would not link to its sources: write each number in its own brackets, [1][3].',
      line: 3,
      column: 18,
    });
    await expect(render('Reported widely [1–3].', 3)).rejects.toThrow('write each number in its own brackets, [1][2][3].');
  });

  it('refuses a citation of source zero', async () => {
    await expect(render('Nothing [0].', 1)).rejects.toThrow('The citation [0] points to no source: this file lists 1 source.');
  });

  it('leaves brackets inside code and links alone', async () => {
    const html = await render('Use `[9]` in code and [a link [9]](/people/) here.', 1);
    expect(html).not.toContain('#source-9');
  });

  it('leaves text without citations and files without sources untouched', async () => {
    expect(await render('No citation here, nor [here].', 2)).toBe('<p>No citation here, nor [here].</p>');
    expect(await render('A page without sources [5].', undefined)).toBe('<p>A page without sources [5].</p>');
  });

  it('takes another anchor pattern', async () => {
    expect(await render('Cited [1].', 1, { anchorFor: (n) => `ref-${n}` })).toContain('href="#ref-1"');
  });
});

describe('citedNumbers', () => {
  it('reads numbers separated by commas or semicolons, and counts each number of a range', () => {
    expect(citedNumbers('2, 4–6')).toEqual([2, 4, 5, 6]);
    expect(citedNumbers('1;3')).toEqual([1, 3]);
    expect(citedNumbers('7-8')).toEqual([7, 8]);
  });

  it('keeps a range written backwards as its first number', () => {
    expect(citedNumbers('5–3')).toEqual([5]);
  });
});

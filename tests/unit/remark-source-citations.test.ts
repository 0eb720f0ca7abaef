import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkSourceCitations } from '../../src/remark/remark-source-citations';

/** Renders a body as Astro does: the file's front matter is on file.data.astro. */
async function render(markdown: string, sourceCount: number | undefined, options?: Parameters<typeof remarkSourceCitations>[0]) {
  const file = new VFile({ path: 'content/rounds/2026-01-05-paris.md', value: markdown });
  if (sourceCount !== undefined)
    file.data.astro = { frontmatter: { sources: Array.from({ length: sourceCount }, (_, i) => ({ title: `Source ${i + 1}` })) } };
  const processor = unified().use(remarkParse).use(remarkSourceCitations, options).use(remarkRehype).use(rehypeStringify);
  return String(await processor.process(file));
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

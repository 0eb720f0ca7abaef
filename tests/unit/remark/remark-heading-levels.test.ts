import { describe, expect, it } from 'vitest';
import { remarkHeadingLevels } from '@/remark/remark-heading-levels';
import { filePathOf, renderMarkdown } from '@tests/helpers/markdown';

async function render(markdown: string): Promise<string> {
  return (await renderMarkdown(markdown, [remarkHeadingLevels])).html;
}

describe('remarkHeadingLevels', () => {
  it('passes section headings and their subsections', async () => {
    expect(await render('## What happened\n\nText.\n\n### In Paris\n\nMore.')).toBe(
      '<h2 id="what-happened">What happened</h2>\n<p>Text.</p>\n<h3 id="in-paris">In Paris</h3>\n<p>More.</p>',
    );
  });

  it('fails on a heading at the level of the page title, naming its file, line and column', async () => {
    await expect(render('Intro.\n\n# What happened\n\nText.')).rejects.toMatchObject({
      reason: `The heading "What happened" is at the level of the page's title (#); start a section of the body with ## instead.`,
      file: filePathOf(),
      line: 3,
      column: 1,
      fatal: true,
    });
  });

  it('fails on an underlined title-level heading too', async () => {
    await expect(render('What happened\n=============\n\nText.')).rejects.toMatchObject({
      reason: `The heading "What happened" is at the level of the page's title (#); start a section of the body with ## instead.`,
      line: 1,
    });
  });

  it('leaves a # that does not start a heading alone', async () => {
    expect(await render('Round #5 met in Paris.')).toBe('<p>Round #5 met in Paris.</p>');
  });
});

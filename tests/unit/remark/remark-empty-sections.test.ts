import { describe, expect, it } from 'vitest';
import { remarkEmptySections } from '@/remark/remark-empty-sections';
import { filePathOf, renderMarkdown } from '@tests/helpers/markdown';

async function render(markdown: string): Promise<string> {
  return (await renderMarkdown(markdown, [remarkEmptySections])).html;
}

describe('remarkEmptySections', () => {
  it('passes sections with text, and a section whose text is all in its subsections', async () => {
    await expect(render('## What happened\n\nText.\n\n## Positions\n\n### Israel\n\nMore.')).resolves.toContain('<h3 id="israel">');
  });

  it('passes a body without headings', async () => {
    expect(await render('Text.')).toBe('<p>Text.</p>');
  });

  it('fails on a section followed at once by another section, naming its file, line and column', async () => {
    await expect(render('## What was agreed\n\n## What comes next\n\nText.')).rejects.toMatchObject({
      reason: 'The section "What was agreed" is empty: write its text, or remove the heading.',
      file: filePathOf(),
      line: 1,
      column: 1,
      fatal: true,
    });
  });

  it('fails on a subsection followed at once by a section of a higher level', async () => {
    await expect(render('## Positions\n\n### Israel\n\n## What comes next\n\nText.')).rejects.toMatchObject({
      reason: 'The section "Israel" is empty: write its text, or remove the heading.',
      line: 3,
    });
  });

  it('fails on a heading that ends the body', async () => {
    await expect(render('## What happened\n\nText.\n\n## What comes next\n')).rejects.toMatchObject({
      reason: 'The section "What comes next" is empty: write its text, or remove the heading.',
      line: 5,
    });
  });
});

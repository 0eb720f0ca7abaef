import { describe, expect, it } from 'vitest';
import { remarkExternalLinks } from '@/remark/remark-external-links';
import { renderMarkdown } from '@tests/helpers/markdown';

const render = async (markdown: string): Promise<string> => (await renderMarkdown(markdown, [remarkExternalLinks])).html;

describe('remarkExternalLinks', () => {
  it('marks a link to another site as external, with no opener and no referrer, in the same tab', async () => {
    expect(await render('See [the report](https://example.org/a).')).toBe(
      '<p>See <a href="https://example.org/a" rel="external noopener noreferrer">the report</a>.</p>',
    );
  });

  it('leaves links within the site and to sections alone', async () => {
    expect(await render('[round](/rounds/2025-09-17-london/) and [sources](#sources)')).toBe(
      '<p><a href="/rounds/2025-09-17-london/">round</a> and <a href="#sources">sources</a></p>',
    );
  });
});

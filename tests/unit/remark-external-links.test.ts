import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkExternalLinks } from '../../src/remark/remark-external-links';

const render = async (markdown: string): Promise<string> =>
  String(await unified().use(remarkParse).use(remarkExternalLinks).use(remarkRehype).use(rehypeStringify).process(markdown));

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

import { describe, expect, it } from 'vitest';
import { remarkSafeHtml } from '@/remark/remark-safe-html';
import { renderMarkdown } from '@tests/helpers/markdown';

/** Raw HTML passes through Astro's processor, as it does on the site: only the plugin stands in the way. */
async function render(markdown: string): Promise<string> {
  return (await renderMarkdown(markdown, [remarkSafeHtml])).html;
}

describe('remarkSafeHtml', () => {
  it('passes Markdown, links to pages and harmless inline HTML', async () => {
    const html = await render(
      'Text with [a source](https://example.org/a), [a page](/issues/buffer-zone/) and <abbr title="Demilitarised zone">DMZ</abbr>.',
    );
    expect(html).toContain('<abbr title="Demilitarised zone">DMZ</abbr>');
  });

  it.each([
    ['a script element', 'Intro.\n\n<script>alert(1)</script>', /paris\.md:3:.*<script> element/s],
    ['a script element inline', 'Text <SCRIPT src="/x.js"></SCRIPT> more.', /<script> element/],
    ['an iframe', '<iframe src="https://example.org"></iframe>', /<iframe> element/],
    ['an inline event handler', 'A picture <img src="x.png" onerror="alert(1)"> here.', /inline event handler/],
    ['a javascript: URL in HTML', '<a href="javascript:alert(1)">x</a>', /script URL/],
    ['a javascript: link', 'Line one.\n\n[click](javascript:alert(1))', /paris\.md:3:.*would run a script/s],
    ['a javascript: link in another case', '[click](JavaScript:alert(1))', /would run a script/],
    ['a javascript: reference definition', '[click][x]\n\n[x]: javascript:alert(1)', /would run a script/],
    ['a data:text/html image', '![x](data:text/html;base64,PHNjcmlwdD4=)', /would run a script/],
  ])('refuses %s, naming the line', async (_, markdown, message) => {
    const failure = await render(markdown).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(String(failure)).toMatch(message);
    expect(String(failure)).toContain('paris.md');
  });
});

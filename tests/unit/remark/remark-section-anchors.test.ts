import { describe, expect, it } from 'vitest';
import { PAGE_SECTION_IDS } from '@/lib/base/urls';
import { remarkSectionAnchors, type SectionAnchorsOptions } from '@/remark/remark-section-anchors';
import { markdownRenderer, renderMarkdown, renderWith } from '@tests/helpers/markdown';

async function render(markdown: string, options?: SectionAnchorsOptions): Promise<string> {
  return (await renderMarkdown(markdown, [options === undefined ? remarkSectionAnchors : [remarkSectionAnchors, options]])).html;
}

const anchor = (id: string, title: string) =>
  `<a href="#${id}" class="anchor" aria-label="Link to the section “${title}”" data-pagefind-ignore="">#</a>`;

const OPTIONS: SectionAnchorsOptions = { reservedIds: PAGE_SECTION_IDS };

describe('remarkSectionAnchors', () => {
  it('gives an H2 an id from its text and appends a link to it', async () => {
    expect(await render('## What happened', OPTIONS)).toBe(
      `<h2 id="what-happened">What happened ${anchor('what-happened', 'What happened')}</h2>`,
    );
  });

  it('makes the id from the text of formatted headings', async () => {
    expect(await render('## The *buffer* zone, in `2026`', OPTIONS)).toBe(
      `<h2 id="the-buffer-zone-in-2026">The <em>buffer</em> zone, in <code>2026</code> ${anchor('the-buffer-zone-in-2026', 'The buffer zone, in 2026')}</h2>`,
    );
  });

  it('keeps letters outside ASCII in the id', async () => {
    expect(await render('## Türkiye’s role', OPTIONS)).toContain('<h2 id="türkiyes-role">');
  });

  it('gives different headings different ids', async () => {
    const html = await render('## What happened\n\ntext\n\n## What comes next', OPTIONS);
    expect(html).toContain('<h2 id="what-happened">');
    expect(html).toContain('<h2 id="what-comes-next">');
  });

  it('leaves other heading levels untouched', async () => {
    // The ids are Astro's own (rehypeHeadingIds): the plugin adds no anchor link below H2.
    expect(await render('# Title\n\n### Details\n\n#### More', OPTIONS)).toBe(
      '<h1 id="title">Title</h1>\n<h3 id="details">Details</h3>\n<h4 id="more">More</h4>',
    );
  });

  it('fails on two H2s with the same text, at the second one', async () => {
    await expect(render('## What happened\n\nFirst.\n\n## What happened\n', OPTIONS)).rejects.toMatchObject({
      reason: 'Two section headings make the same id #what-happened; give each H2 a distinct title.',
      line: 5,
      fatal: true,
    });
  });

  it('fails on two H2s whose texts make the same id', async () => {
    await expect(render('## What happened?\n\n## What happened!', OPTIONS)).rejects.toMatchObject({
      reason: 'Two section headings make the same id #what-happened; give each H2 a distinct title.',
      line: 3,
    });
  });

  it('fails on an H3 that repeats an H2, which would give the page two elements with one id', async () => {
    await expect(render('## Sources of friction\n\nText.\n\n### Sources of friction', OPTIONS)).rejects.toMatchObject({
      reason:
        'The heading "Sources of friction" makes the id #sources-of-friction, which a section heading has already; give it a distinct title.',
      line: 5,
    });
  });

  it('allows two H3s with the same text, which Astro numbers', async () => {
    const html = await render('## Positions before\n\n### Israel\n\nA.\n\n### Israel\n\nB.', OPTIONS);
    expect(html).toContain('<h3 id="israel">');
    expect(html).toContain('<h3 id="israel-1">');
  });

  it('fails on a heading below H2 that would take a reserved id', async () => {
    await expect(render('## Background\n\n### Sources', OPTIONS)).rejects.toMatchObject({
      reason: 'The heading "Sources" would take the id #sources, which the page uses for its own section; rename the heading.',
      line: 3,
    });
  });

  it("fails on a heading that would take the id of one of the page's numbered or per-side parts", async () => {
    const options: SectionAnchorsOptions = { reservedPatterns: [/^source-\d+$/, /^positions-syria$/] };
    await expect(render('## Source 1', options)).rejects.toMatchObject({
      reason: 'The section heading "Source 1" would take the id #source-1, which the page uses for its own section; rename the heading.',
    });
    await expect(render('## Background\n\n### Positions: Syria', options)).rejects.toMatchObject({ line: 3 });
    await expect(render('## Sources 1 and 2', options)).resolves.toContain('id="sources-1-and-2"');
  });

  it('fails on an H2 that would take a reserved id', async () => {
    await expect(render('Intro.\n\n## Sources', OPTIONS)).rejects.toMatchObject({
      reason: 'The section heading "Sources" would take the id #sources, which the page uses for its own section; rename the heading.',
      line: 3,
    });
  });

  it('fails on an H2 with no letters or digits', async () => {
    await expect(render('## ???', OPTIONS)).rejects.toMatchObject({
      reason: 'The section heading "???" has no letters or digits to make a link id from.',
      line: 1,
    });
  });

  it('checks each document on its own', async () => {
    const renderer = await markdownRenderer([[remarkSectionAnchors, OPTIONS]]);
    await renderWith(renderer, '## What happened');
    await expect(renderWith(renderer, '## What happened')).resolves.toBeTruthy();
  });

  it('with no options, reserves no ids', async () => {
    expect(await render('## Sources')).toBe(`<h2 id="sources">Sources ${anchor('sources', 'Sources')}</h2>`);
  });

  it('with no options, still fails on duplicate H2s', async () => {
    await expect(render('## A\n\n## A')).rejects.toMatchObject({
      reason: 'Two section headings make the same id #a; give each H2 a distinct title.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { PAGE_SECTION_IDS, STATIC_PAGES } from '@/lib/base/urls';
import { linkTarget, remarkInternalLinks, type InternalLinksOptions } from '@/remark/remark-internal-links';
import { remarkPersonMentions } from '@/remark/remark-person-mentions';
import { remarkSectionAnchors } from '@/remark/remark-section-anchors';
import { filePathOf, markdownRenderer, renderMarkdown, renderWith } from '@tests/helpers/markdown';

const PAGES: ReadonlySet<string> = new Set([...STATIC_PAGES, '/rounds/2025-09-17-london/', '/issues/buffer-zone/', '/people/ron-dermer/']);
const OPTIONS: InternalLinksOptions = { pages: PAGES };

async function render(markdown: string, options?: InternalLinksOptions): Promise<string> {
  return (await renderMarkdown(markdown, [options === undefined ? remarkInternalLinks : [remarkInternalLinks, options]])).html;
}

describe('remarkInternalLinks', () => {
  it('passes a link to a page that exists, leaving it as written', async () => {
    expect(await render('See [round four](/rounds/2025-09-17-london/).', OPTIONS)).toBe(
      '<p>See <a href="/rounds/2025-09-17-london/">round four</a>.</p>',
    );
  });

  it('passes the home page and the indexes', async () => {
    const html = await render(STATIC_PAGES.map((page) => `[page](${page})`).join(', '), OPTIONS);
    for (const page of STATIC_PAGES) expect(html).toContain(`href="${page}"`);
  });

  it('passes a link to a section or with a query on a page that exists', async () => {
    await expect(
      render('[what happened](/rounds/2025-09-17-london/#what-happened) and [q](/issues/buffer-zone/?from=timeline)', OPTIONS),
    ).resolves.toContain('href="/rounds/2025-09-17-london/#what-happened"');
  });

  it('fails on a link to a missing page, naming the link, at its line', async () => {
    const markdown = 'First paragraph.\n\nSecond paragraph with\n[round four](/rounds/2025-09-17-londn/) in it.';
    await expect(render(markdown, OPTIONS)).rejects.toMatchObject({
      reason: 'The link to /rounds/2025-09-17-londn/ points to no page on this site.',
      line: 4,
      column: 1,
      fatal: true,
      file: filePathOf(),
    });
  });

  it('fails on a link to a section of a missing page, naming the whole link', async () => {
    await expect(render('[x](/rounds/2025-09-18-london/#what-happened)', OPTIONS)).rejects.toMatchObject({
      reason: 'The link to /rounds/2025-09-18-london/#what-happened points to no page on this site.',
    });
  });

  it('hints at the trailing slash when only the slash is missing', async () => {
    await expect(render('Text.\n\n[the buffer zone](/issues/buffer-zone)', OPTIONS)).rejects.toMatchObject({
      reason:
        'The link to /issues/buffer-zone points to no page on this site (did you mean /issues/buffer-zone/? page links end with a slash).',
      line: 3,
    });
  });

  it('gives no hint when adding a slash would not help', async () => {
    await expect(render('[x](/issues/buffer)', OPTIONS)).rejects.toMatchObject({
      reason: 'The link to /issues/buffer points to no page on this site.',
    });
  });

  it('checks link reference definitions, at the definition line', async () => {
    await expect(render('See [round four][r4].\n\n[r4]: /rounds/2025-09-17-londn/', OPTIONS)).rejects.toMatchObject({
      reason: 'The link to /rounds/2025-09-17-londn/ points to no page on this site.',
      line: 3,
    });
  });

  it.each([
    ['an external link', '[Reuters](https://www.reuters.com/world/)'],
    ['a protocol-relative link', '[cdn](//cdn.example.org/file.js)'],
    ['an in-page anchor', '[sources](#sources)'],
    ['a mail link', '[write](mailto:editor@example.org)'],
    ['an autolink', '<https://example.org/>'],
  ])('ignores %s', async (_, markdown) => {
    await expect(render(markdown, OPTIONS)).resolves.toContain('<a href=');
  });

  it('with no options, knows no pages: external links pass and root-relative links fail', async () => {
    await expect(render('[Reuters](https://www.reuters.com/) and [top](#top)')).resolves.toContain('href="#top"');
    await expect(render('[home](/)')).rejects.toMatchObject({ reason: 'The link to / points to no page on this site.' });
  });

  it('checks the links the other plugins add, as the site configures them', async () => {
    const renderer = await markdownRenderer([
      [
        remarkPersonMentions,
        {
          people: [
            { id: 'ron-dermer', names: ['Dermer'] },
            { id: 'tom-barrack', names: ['Barrack'] },
          ],
        },
      ],
      [remarkSectionAnchors, { reservedIds: PAGE_SECTION_IDS }],
      [remarkInternalLinks, OPTIONS],
    ]);
    await expect(renderWith(renderer, '## What happened\n\nDermer spoke.')).resolves.toBeTruthy();
    await expect(renderWith(renderer, '## What happened\n\nBarrack spoke.')).rejects.toMatchObject({
      reason: 'The link to /people/tom-barrack/ points to no page on this site.',
    });
  });

  describe('with the anchors of each page and the page a body is on', () => {
    const ANCHORED: InternalLinksOptions = {
      pages: new Set([...PAGES, '/rounds/2026-01-05-paris/', '/r/5/']),
      anchors: new Map([
        ['/rounds/2025-09-17-london/', new Set(['main', 'positions', 'what-happened', 'sources', 'source-1'])],
        ['/rounds/2026-01-05-paris/', new Set(['main', 'positions', 'delegations', 'sources'])],
      ]),
      pageOf: () => '/rounds/2025-09-17-london/',
    };
    const renderOn = (markdown: string) => render(markdown, ANCHORED);

    it('passes a link to a section the page has, by its root-relative or its relative address, or on this page', async () => {
      const html = await renderOn('[a](/rounds/2026-01-05-paris/#positions), [b](../2026-01-05-paris/#delegations), [c](#what-happened)');
      expect(html).toContain('href="../2026-01-05-paris/#delegations"');
    });

    it('fails on a link to a section the page does not have, naming the nearest it has', async () => {
      await expect(renderOn('Text.\n\nSee [positions](/rounds/2026-01-05-paris/#positons).')).rejects.toMatchObject({
        reason:
          'The link to /rounds/2026-01-05-paris/#positons points to no section #positons of /rounds/2026-01-05-paris/ ' +
          '(the nearest it has: positions, main, sources, …); link to a section the page has, or to the page alone.',
        line: 3,
        column: 5,
      });
    });

    it('fails on an in-page anchor this page does not have', async () => {
      await expect(renderOn('[what was agreed](#what-was-agreed)')).rejects.toMatchObject({
        reason:
          'The link to #what-was-agreed points to no section #what-was-agreed of this page (the nearest it has: what-happened, ' +
          'sources, source-1, …); link to a section the page has, or to the page alone.',
      });
    });

    it('fails on a relative link to a page that does not exist', async () => {
      await expect(renderOn('[Paris](../2026-01-05-pari/)')).rejects.toMatchObject({
        reason: "The link to ../2026-01-05-pari/ (/rounds/2026-01-05-pari/, read from this page's address) points to no page on this site.",
      });
    });

    it('says that a link to another site starts with https:// when one is written without it', async () => {
      await expect(renderOn('[Reuters](reuters.com/world/)')).rejects.toMatchObject({
        reason:
          "The link to reuters.com/world/ (/rounds/2025-09-17-london/reuters.com/world/, read from this page's address) points " +
          'to no page on this site (a link to another site starts with https://).',
      });
    });

    it('refuses a link written in HTML, which no check reads, at its line', async () => {
      await expect(renderOn('Text.\n\n<a href="/rounds/2025-09-17-londn/">round four</a>')).rejects.toMatchObject({
        reason: 'A link written in HTML is not checked: write it in Markdown, [text](/issues/buffer-zone/).',
        line: 3,
      });
    });

    it("refuses a link to the site's own address, giving the root-relative one", async () => {
      const options = { ...ANCHORED, siteUrl: 'https://example.org' };
      await expect(render('[round four](https://example.org/rounds/2025-09-17-london/)', options)).rejects.toMatchObject({
        reason:
          "The link to https://example.org/rounds/2025-09-17-london/ names the site's own address: write it " +
          '/rounds/2025-09-17-london/, so it works wherever the site is published.',
      });
      await expect(render('[another site](https://example.org.evil/)', options)).resolves.toContain('href=');
    });

    it("passes a short link, and leaves the sections of a page that is not the record's unchecked", async () => {
      await expect(renderOn('[round five](/r/5/) and [the matrix](/positions/#syria)')).resolves.toContain('href="/r/5/"');
    });
  });
});

describe('linkTarget', () => {
  it('reads a root-relative link, with its anchor decoded', () => {
    expect(linkTarget('/people/ron-dermer/#t%C3%BCrkiye', undefined)).toEqual({ path: '/people/ron-dermer/', anchor: 'türkiye' });
  });

  it('reads a relative link and an in-page anchor against the page they are on', () => {
    expect(linkTarget('../2026-01-05-paris/#positions', '/rounds/2025-09-17-london/')).toEqual({
      path: '/rounds/2026-01-05-paris/',
      anchor: 'positions',
    });
    expect(linkTarget('#sources', '/issues/buffer-zone/')).toEqual({ path: '/issues/buffer-zone/', anchor: 'sources' });
  });

  it('keeps an anchor that is not valid percent-encoding as written', () => {
    expect(linkTarget('/issues/buffer-zone/#100%', undefined)).toEqual({ path: '/issues/buffer-zone/', anchor: '100%' });
  });

  it('leaves out links that leave the site, and relative links on a page not known', () => {
    expect(linkTarget('https://example.org/', '/')).toBeUndefined();
    expect(linkTarget('//cdn.example.org/x.js', '/')).toBeUndefined();
    expect(linkTarget('mailto:editor@example.org', '/')).toBeUndefined();
    expect(linkTarget('../x/', undefined)).toBeUndefined();
    expect(linkTarget('#sources', undefined)).toBeUndefined();
  });
});

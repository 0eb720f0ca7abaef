/**
 * What a reader of the published site relies on, checked on the real content/
 * as the browser tests' setup built it: every page, the search index, valid
 * HTML, links, and round five complete. That a build is byte for byte the same
 * twice is checked on the fixture (tests/build/fixture-site.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isEmbedPath } from '@/lib/base/embeds';
import { editionOf, LOCALES, localeOfPath, localizedPath } from '@/lib/base/locales';
import { CORRECTIONS_PAGE_URL, METHODS_PAGE_URL, NUMBERING_NOTE_URL, REDIRECTS, DATA_PAGE_URL, SEARCH_CARDS_URL } from '@/lib/base/urls';
import { SITE_URL } from '@/site';
import { contentFiles } from '@tests/helpers/content';
import { builtPages, readPage } from '@tests/helpers/html';
import { essentialsProblems, htmlErrors, isRedirectPage } from '@tests/helpers/integrity';
import { brokenInternalLinks } from '@tests/helpers/links';

const build = { outDir: inject('siteDir') };

const idsIn = (folder: string) => contentFiles(folder).map((file) => file.id);

describe('the published site', () => {
  it('has a page for every round, event, person and issue in content/, and no other but the moved addresses', () => {
    for (const folder of ['rounds', 'events', 'people', 'issues', 'notes']) {
      const ids = idsIn(folder);
      expect(ids.length, folder).toBeGreaterThan(0);
      const built = readdirSync(join(build.outDir, folder), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
      const moved = built.filter((name) => isRedirectPage(readPage(build.outDir, `/${folder}/${name}/`)));
      expect(
        moved.map((name) => `/${folder}/${name}/`),
        folder,
      ).toEqual(Object.keys(REDIRECTS).filter((path) => path.startsWith(`/${folder}/`)));
      expect(built.filter((name) => !moved.includes(name)).sort(), folder).toEqual([...ids].sort());
      for (const id of ids) expect(() => readPage(build.outDir, `/${folder}/${id}/`), `${folder}/${id}`).not.toThrow();
    }
  });

  it('indexes for search exactly the pages of content/ in each edition’s language, and none of the timeline, index or search pages', () => {
    const entry = JSON.parse(readFileSync(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const contentPages = ['rounds', 'events', 'people', 'issues', 'notes'].reduce((sum, folder) => sum + idsIn(folder).length, 0);
    // Each edition is indexed in its own language, as its pages' <html lang> names it.
    const languages = LOCALES.map((locale) => editionOf(locale).lang.toLowerCase());
    expect(Object.keys(entry.languages).sort()).toEqual(languages.sort());
    for (const language of languages) expect(entry.languages[language]?.page_count, language).toBe(contentPages);
    for (const path of ['/', '/years/2025/', '/people/', '/issues/', '/search/', '/ar/search/', '/he/', '/404.html', '/ar/404/']) {
      expect(readPage(build.outDir, path), path).not.toContain('data-pagefind-body');
    }
  });

  it('gives every page one h1, a title, a meta description and its own canonical URL', () => {
    expect(essentialsProblems(build.outDir, SITE_URL)).toEqual([]);
  });

  it('is valid HTML throughout', async () => {
    expect(await htmlErrors(build.outDir)).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    expect(brokenInternalLinks(build.outDir)).toEqual([]);
  });

  it("links from every page's footer how the record is made, how the rounds are numbered, the open data and the corrections", () => {
    const aboutPages = [METHODS_PAGE_URL, NUMBERING_NOTE_URL, DATA_PAGE_URL, CORRECTIONS_PAGE_URL];
    // An embeddable card's footer is the site's name alone, a link to the whole record.
    const pages = builtPages(build.outDir).filter(({ url, html }) => !isRedirectPage(html) && !isEmbedPath(url));
    expect(pages.length).toBeGreaterThan(aboutPages.length);
    for (const { url, html } of pages) {
      const footer = html.slice(html.indexOf('<footer'));
      // Each edition's footer links the pages of its own edition.
      for (const path of aboutPages) expect(footer, url).toContain(`<a href="${localizedPath(path, localeOfPath(url))}">`);
    }
    for (const path of aboutPages) expect(() => readPage(build.outDir, path), path).not.toThrow();
  });

  it('shows round five in Paris complete: delegations of all three sides, positions with red lines, sources', () => {
    const page = readPage(build.outDir, '/rounds/2026-01-05-paris/');
    expect(page).toContain('Round 5');
    expect(page).toContain('5–6 January 2026');
    for (const person of ['yechiel-leiter', 'roman-gofman', 'gil-reich', 'asaad-al-shaibani', 'hussein-al-salama', 'tom-barrack']) {
      expect(page, person).toContain(`href="/people/${person}/"`);
    }
    for (const side of ['israel', 'syria', 'united-states']) expect(page, side).toContain(`<span class="side side-${side}">`);
    expect(page).toMatch(/<h3 id="positions-israel">/);
    expect(page).toMatch(/<h3 id="positions-syria">/);
    expect(page).toContain('<span class="red-line">Red line</span>');
    expect(page).toMatch(/<li id="source-1">/);
    for (const id of ['delegations', 'positions', 'sources']) expect(page).toMatch(new RegExp(`<h2 id="${id}">`));
  });

  it('links every round page to the people in its delegations and the issues it lists', () => {
    for (const id of idsIn('rounds')) {
      const page = readPage(build.outDir, `/rounds/${id}/`);
      const table = page.slice(page.indexOf('id="delegations"'), page.indexOf('id="positions"'));
      expect(table, id).toMatch(/href="\/people\/[a-z0-9-]+\/"/);
      const facts = page.slice(page.indexOf('<dl class="facts'), page.indexOf('</dl>'));
      expect(facts, id).toMatch(/href="\/issues\/[a-z0-9-]+\/"/);
    }
  });

  it('names the latest meeting on the home page, however many events came after it', () => {
    expect(readPage(build.outDir, '/')).toMatch(
      /<p id="latest-meeting"[^>]*>\s*<strong[^>]*>Latest meeting:<\/strong> <a href="\/rounds\/2026-01-05-paris\/">Round 5, Paris<\/a>/,
    );
  });

  it('shows the gap between round four and round five on the timeline', () => {
    expect(readPage(build.outDir, '/years/2025/')).toContain('id="card-2025-09-17-london"');
    expect(readPage(build.outDir, '/years/2026/')).toMatch(
      /aria-labelledby="card-2026-01-05-paris"><p class="gap meta">\d+ days after round four<\/p>/,
    );
  });

  it('publishes, in each edition, a card for every person and issue of its pages, with every spelling, and no development notice', () => {
    for (const locale of LOCALES) {
      const file = join(build.outDir, localizedPath(SEARCH_CARDS_URL, locale));
      const { cards } = JSON.parse(readFileSync(file, 'utf8')) as { cards: { url: string; spellings: string[] }[] };
      const inEdition = (path: string) => localizedPath(path, locale);
      const expected = [
        ...idsIn('people').map((id) => inEdition(`/people/${id}/`)),
        ...idsIn('issues').map((id) => inEdition(`/issues/${id}/`)),
      ];
      expect(cards.map((card) => card.url).sort()).toEqual(expected.sort());
      for (const person of contentFiles('people')) {
        const card = cards.find((each) => each.url === inEdition(`/people/${person.id}/`));
        expect(card?.spellings).toEqual(
          expect.arrayContaining([person.frontmatter['name'], ...(person.frontmatter['aliases'] as string[])]),
        );
      }
      expect(readPage(build.outDir, inEdition('/search/'))).not.toContain('data-search-dev-notice');
    }
  });
});

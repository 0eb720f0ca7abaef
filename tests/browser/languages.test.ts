/**
 * The language of every text a reader sees: a screen reader speaks Arabic or
 * Hebrew only when the element around it says so, as the native names and a
 * source's headline in either script do.
 */
import { describe, expect, inject, it } from 'vitest';
import { isEmbedPath } from '@/lib/base/embeds';
import { TRANSLATED_LOCALES } from '@/lib/base/locales';
import { readContent } from '@tests/helpers/content';
import { builtPages } from '@tests/helpers/html';
import { SITE, useBrowser } from './browser';
import { PAGE_TYPES } from './page-types';

/** Letters of Arabic or Hebrew script. */
const RIGHT_TO_LEFT_LETTERS = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

describe('the language of the text', () => {
  const session = useBrowser({ javaScriptEnabled: false });
  // The cards show words their pages show, and mark them the same way: fifty more pages would add seconds and check nothing new.
  const pages = builtPages(inject('siteDir')).filter(({ url, html }) => RIGHT_TO_LEFT_LETTERS.test(html) && !isEmbedPath(url));

  // Each page is parsed as a browser parses it with scripts off, without being laid out: what counts is which element
  // a text sits in, not how it is drawn, and a few hundred pages then take a second or two, not a quarter of a minute.
  it('is declared on every visible text in Arabic or Hebrew script, on every page that has one', async () => {
    expect(pages.length).toBeGreaterThan(0);
    const { page } = session();
    const undeclared: string[] = [];
    for (let start = 0; start < pages.length; start += PAGES_PER_CALL) {
      const batch = pages.slice(start, start + PAGES_PER_CALL).map(({ url, html }) => ({ url, html }));
      const found = await page.evaluate(
        ({ batch, letters }) => {
          const pattern = new RegExp(letters, 'u');
          const texts: string[] = [];
          for (const { url, html } of batch) {
            const parsed = new DOMParser().parseFromString(html, 'text/html');
            const walker = parsed.createTreeWalker(parsed.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const parent = node.parentElement;
              if (!parent || !pattern.test(node.textContent ?? '') || parent.closest('[hidden], script, style, template')) continue;
              const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
              if (!/^(?:ar|he)\b/.test(lang)) texts.push(`${url} ${lang || 'no lang'}: ${node.textContent?.trim()}`);
            }
          }
          return texts;
        },
        { batch, letters: RIGHT_TO_LEFT_LETTERS.source },
      );
      undeclared.push(...found);
    }
    expect(undeclared).toEqual([]);
  });
});

/** How many pages go to the browser in one call: a few megabytes of HTML at most. */
const PAGES_PER_CALL = 50;

/** The pages the Arabic and Hebrew editions are checked on: one of every type, and the two kinds of forwarding page. */
const EDITION_PAGES = [
  ...PAGE_TYPES.filter(({ path }) => !path.startsWith('/search/')),
  { name: 'short link', path: '/r/5/' },
  { name: 'moved address', path: '/newest-first/' },
];

/**
 * Parts of the frame translated on their own, with checks of their own: the search form and its panel, a page's
 * feed links and the box that cites a round; and the code the embed box gives to copy, HTML whatever the edition.
 */
const TRANSLATED_APART = '.site-search, .follow-links, section[aria-labelledby="cite"], section[aria-labelledby="embed"] pre';

/** Every publication the record cites, and each agency a report names in brackets: names a translation keeps as they are. */
const PUBLICATIONS = [
  ...new Set(
    readContent().flatMap((file) =>
      ((file.frontmatter['sources'] as { publisher: string }[] | undefined) ?? []).flatMap((source) =>
        source.publisher.split(/[()]/).map((name) => name.trim()),
      ),
    ),
  ),
].filter((name) => name !== '');

describe('the words of the Arabic and Hebrew editions', () => {
  const session = useBrowser({ javaScriptEnabled: false });

  for (const locale of TRANSLATED_LOCALES) {
    for (const { name, path } of EDITION_PAGES) {
      it(`are all in the edition's language on the ${name} page in /${locale}/`, async () => {
        const { page } = session();
        // As served: an address that does not exist gets its edition's page not found.
        const html = await (await page.request.get(`${SITE}/${locale}${path}`)).text();
        const english = await page.evaluate(englishRuns, { html, exempt: TRANSLATED_APART, publications: PUBLICATIONS });
        expect(english).toEqual([]);
      });
    }
  }

  it('finds English words left in a page, and only where they are not marked as English', async () => {
    const { page } = session();
    const html =
      `<html lang="ar"><body><p>الجولة الخامسة Read the English here</p><p lang="en">Read the English</p><a aria-label="See the source">[2]</a>` +
      `<p>ملف rounds.json بصيغة CSV و JSON</p><p>أفادت The Week بأن</p><p>وقالت قناة Al Aoula إن</p><bdi>Ron Dermer</bdi></body></html>`;
    const publications = ['The Week', 'Al Aoula TV'];
    expect(await page.evaluate(englishRuns, { html, exempt: TRANSLATED_APART, publications })).toEqual([
      'Read the English here',
      'See the source',
    ]);
  });
});

/**
 * Runs of two or more Latin-script words in a page's visible text and its labels for screen readers, outside what may be written so: an element marked
 * with a Latin-script language, a name set apart in `<bdi>` or linking to a person's page, a source list's
 * publications and headlines, and a publication's name, or the start of it, anywhere. Numbers, codes and file names ("CSV",
 * "rounds.json") are no words. Runs in the browser, so it uses nothing from outside.
 */
function englishRuns({ html, exempt, publications }: { html: string; exempt: string; publications: readonly string[] }): string[] {
  // Parsed as a browser parses a page with scripts off, and not laid out: only which element holds a text counts.
  const document = new DOMParser().parseFromString(html, 'text/html');
  const word = "\\p{Script=Latin}[\\p{Script=Latin}'’]*";
  const run = new RegExp(`(?<![\\p{L}\\d._/-])${word}(?:[\\s,;:()–—-]+${word})+(?![\\p{L}\\d._/-])`, 'gu');
  const isWord = (token: string) => /\p{Ll}/u.test(token) || token.length > 4;
  const found: string[] = [];
  /** The runs in one text an element shows or says, unless the element may write English. */
  const check = (element: Element | null, value: string | null) => {
    if (!element || value === null) return;
    if (element.closest('[hidden], script, style, template, head, bdi, ol.sources, a[href*="/people/"]') || element.closest(exempt)) return;
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
    if (!/^(?:ar|he)\b/.test(lang)) return;
    const text = publications.reduce((rest, name) => rest.replaceAll(name, ' '), value);
    for (const match of text.matchAll(run)) {
      const named = publications.some((name) => name.startsWith(`${match[0]} `));
      if (!named && match[0].split(/[\s,;:()–—-]+/).filter(isWord).length >= 2) found.push(match[0]);
    }
  };
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) check(node.parentElement, node.textContent);
  // What a screen reader says instead of, or besides, the text.
  for (const element of document.body.querySelectorAll('[aria-label], [title], [alt]')) {
    for (const name of ['aria-label', 'title', 'alt']) check(element, element.getAttribute(name));
  }
  return found;
}

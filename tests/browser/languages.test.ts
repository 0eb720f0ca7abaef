/**
 * The language of every text a reader sees: a screen reader speaks Arabic or
 * Hebrew only when the element around it says so, as the native names and a
 * source's headline in either script do.
 */
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '@tests/helpers/html';
import { SITE, useBrowser } from './browser';

/** Letters of Arabic or Hebrew script. */
const RIGHT_TO_LEFT_LETTERS = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

describe('the language of the text', () => {
  const session = useBrowser({ javaScriptEnabled: false });
  const pages = builtPages(inject('siteDir')).filter(({ html }) => RIGHT_TO_LEFT_LETTERS.test(html));

  // About a hundred pages, one after another: more time than a test of one page needs on a busy machine.
  it('is declared on every visible text in Arabic or Hebrew script, on every page that has one', async () => {
    expect(pages.length).toBeGreaterThan(0);
    const { page } = session();
    const undeclared: string[] = [];
    for (const { url } of pages) {
      await page.goto(`${SITE}${url}`, { waitUntil: 'domcontentloaded' });
      const texts = await page.evaluate((letters) => {
        const pattern = new RegExp(letters, 'u');
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !pattern.test(node.textContent ?? '') || parent.closest('[hidden], script, style, template')) continue;
          const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
          if (!/^(?:ar|he)\b/.test(lang)) found.push(`${lang || 'no lang'}: ${node.textContent?.trim()}`);
        }
        return found;
      }, RIGHT_TO_LEFT_LETTERS.source);
      undeclared.push(...texts.map((text) => `${url} ${text}`));
    }
    expect(undeclared).toEqual([]);
  }, 180_000);
});

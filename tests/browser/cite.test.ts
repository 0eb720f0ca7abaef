/**
 * "Cite this round" in Chromium: the page shows the reference and BibTeX
 * entry of src/lib/publish/citation.ts, its copy buttons work from the keyboard, put
 * the text on the clipboard and say so, say so too where the browser allows
 * no copying, and the section has no accessibility violation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '@/lib/content/validate-record';
import { roundBibtex, roundCitation } from '@/lib/publish/citation';
import { readContent } from '@tests/helpers/content';
import { wcagViolations } from './axe';
import { SITE, useBrowser } from './browser';

const { record } = validateRecord(readContent());
/** A numbered round, which has a short link as well. */
const round = record.rounds.find((entry) => entry.data.round !== undefined);
if (!round) throw new Error('content/rounds/ has no numbered round');
const PAGE = `/rounds/${round.id}/`;
const SECTION = 'section[aria-labelledby="cite"]';

/** Tabs from the section's heading anchor until the button with this name has focus; fails if the keyboard never gets there. */
async function tabTo(page: Page, name: string): Promise<void> {
  await page.locator(`${SECTION} h2 a.anchor`).focus();
  for (let stop = 0; stop < 10; stop += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === name) return;
  }
  throw new Error(`Tab never reached the button "${name}"`);
}

describe('cite this round', () => {
  const session = useBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });

  it('copies the reference and the BibTeX entry from the keyboard, says "Copied" in a live region, and passes axe', async () => {
    const { page, errors } = session();
    await page.goto(`${SITE}${PAGE}`);
    const url = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    const expected = [
      ['Copy the reference', roundCitation(round.data, url)],
      ['Copy the BibTeX entry', roundBibtex(round.id, round.data, url)],
    ] as const;
    const blocks = page.locator(`${SECTION} talks-copy-text`);
    expect(await blocks.count()).toBe(expected.length);
    for (const [index, [name, text]] of expected.entries()) {
      const block = blocks.nth(index);
      expect(await block.locator('code').textContent()).toBe(text);
      await tabTo(page, name);
      await page.keyboard.press('Enter');
      await expect.poll(() => block.locator('[role="status"]').textContent()).toBe('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    }

    const violations = await wcagViolations(page, SECTION);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says so, and selects the text to copy by hand, where the browser offers no clipboard', async () => {
    const { page, context, errors } = session();
    // As on a page not served over HTTPS, where browsers leave the Clipboard API out.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(`${SITE}${PAGE}`);
    const block = page.locator(`${SECTION} talks-copy-text`).first();
    await tabTo(page, 'Copy the reference');
    await page.keyboard.press('Enter');
    await expect.poll(() => block.locator('[role="status"]').textContent()).toMatch(/^Copying is not available here/);
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(await block.locator('code').textContent());
    expect(errors).toEqual([]);
  });
});

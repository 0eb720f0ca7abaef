/**
 * Search costs a reader nothing until they reach for it, and says plainly
 * what to do where it cannot run.
 */
import { describe, expect, it } from 'vitest';
import { SITE, useBrowser } from './browser';

const isSearchCode = (url: string): boolean =>
  url.includes('/pagefind/') || /\/_astro\/(header-search|search-results|highlight)\./.test(url);

describe('with JavaScript', () => {
  const session = useBrowser();

  it('a page that is only read fetches no search code or index; focusing the field preloads them', async () => {
    const { page, errors } = session();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${SITE}/rounds/2025-09-17-london/`, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    expect(requested.filter(isSearchCode)).toEqual([]);

    await page.focus('#site-search-field');
    await expect.poll(() => requested.filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(0);
    // The index metadata and the WebAssembly arrive before the first keystroke.
    await expect.poll(() => requested.some((url) => /\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(url))).toBe(true);
    await expect.poll(() => requested.some((url) => url.endsWith('/pagefind/wasm.en-gb.pagefind'))).toBe(true);
    expect(requested.some((url) => url.includes('/pagefind/index/'))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('loads the highlighter only on a page opened from a result', async () => {
    const { page } = session();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${SITE}/issues/mount-hermon/`, { waitUntil: 'networkidle' });
    expect(requested.some((url) => url.includes('pagefind-highlight'))).toBe(false);
    await page.goto(`${SITE}/issues/mount-hermon/?highlight=hermon`, { waitUntil: 'networkidle' });
    expect(requested.some((url) => url.includes('pagefind-highlight'))).toBe(true);
    await expect.poll(() => page.locator('[data-pagefind-body] mark.pagefind-highlight').count()).toBeGreaterThan(0);
  });
});

describe('without JavaScript', () => {
  const session = useBrowser({ javaScriptEnabled: false });

  it('the search page says search needs JavaScript and links the timeline, people and issues', async () => {
    const { page } = session();
    await page.goto(`${SITE}/search/?q=Salameh`);
    const notice = page.locator('main .notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/Search needs JavaScript/);
    const links = await notice.locator('a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(['/', '/people/', '/issues/']);
    expect(await page.locator('form[data-search-page]').isVisible()).toBe(false);
  });

  it('the header field still takes the reader to the search page', async () => {
    const { page } = session();
    await page.goto(`${SITE}/people/`);
    await page.fill('#site-search-field', 'buffer zone');
    await page.press('#site-search-field', 'Enter');
    await page.waitForURL(`${SITE}/search/?q=buffer+zone`);
    expect(await page.locator('main .notice').isVisible()).toBe(true);
  });
});

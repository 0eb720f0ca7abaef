/**
 * Every page type under its Content Security Policy, search included: the
 * policy is strict, nothing violates it, and no request leaves the site.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/html';
import { SITE, useBrowser } from './browser';
import { PAGE_TYPES } from './page-types';

const session = useBrowser();

/** The page types whose header search is used while the policy is watched. */
const SEARCHED_ON = new Set(['round', 'search']);

/** Collects every CSP violation the page reports, from before its first script. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
`;

describe('the Content Security Policy', () => {
  it('is strict on every page: no inline or eval scripts beyond WebAssembly, no plugins, no base changes', () => {
    for (const { name, path } of PAGE_TYPES) {
      // Read from the built file: a missing address is served 404.html.
      const html = readPage(inject('siteDir'), name === '404' ? '/404.html' : new URL(path, SITE).pathname);
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      const directives = new Map(
        policy
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .filter((words) => words[0])
          .map(([directive = '', ...sources]) => [directive, sources]),
      );
      expect(directives.get('default-src'), name).toEqual(["'self'"]);
      expect(directives.get('object-src'), name).toEqual(["'none'"]);
      expect(directives.get('base-uri'), name).toEqual(["'self'"]);
      const scripts = directives.get('script-src') ?? [];
      expect(scripts, name).toContain("'self'");
      expect(
        scripts.filter((source) => !source.startsWith("'sha256-")),
        name,
      ).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy, name).not.toContain('unsafe-inline');
    }
  });

  it('is never violated, while reading or searching, and no request leaves the origin', async () => {
    const { page, context, errors } = session();
    await context.addInitScript(RECORD_VIOLATIONS);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== SITE) elsewhere.push(request.url());
    });
    for (const { name, path } of PAGE_TYPES) {
      await page.goto(`${SITE}${path}`, { waitUntil: 'networkidle' });
      // Search is the same code on every page: used on a content page, and on the search page by its own form, its
      // scripts, WebAssembly and index load under the same policy as every page's.
      if (SEARCHED_ON.has(name)) {
        await page.focus('#site-search-field');
        await page.keyboard.type('Salameh');
        await page.locator('#site-search-panel a.search-result-title').first().waitFor();
      }
      if (path.startsWith('/search/')) await page.locator('form[data-search-page] .search-result').first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), name).toEqual([]);
      // The missing page is served with status 404 on purpose; Chromium logs that as an error.
      if (name === '404') errors.splice(0, errors.length, ...errors.filter((error) => !error.includes('status of 404')));
    }
    await page.goto(`${SITE}/rounds/2026-01-05-paris/?highlight=salama#delegations`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });
});

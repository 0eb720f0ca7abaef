/**
 * Every page type of every edition under its Content Security Policy, search
 * included, served by nginx with the headers the build wrote, as readers get
 * it: the policy is strict, nothing violates it, and no request leaves the
 * site.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isEmbedPath } from '@/lib/base/embeds';
import type { Locale } from '@/lib/base/locales';
import { inlineCodeOf, policyDirectives } from '@/lib/publish/http-headers';
import { useBrowser } from './browser';
import { startNginx, type RunningNginx } from './nginx';
import { EDITION_PAGE_TYPES } from './page-types';

const session = useBrowser();
let nginx: RunningNginx;

beforeAll(async () => {
  nginx = await startNginx(inject('siteDir'));
});

afterAll(async () => {
  await nginx.stop();
});

/** The page types whose header search is used while the policy is watched, and a name each edition's index finds. */
const SEARCHED_ON = new Set(['round', 'search']);
const SEARCHED_NAME: Record<Locale, string> = { en: 'Salameh', ar: 'سلامة', he: 'סלאמה' };

/** Collects every CSP violation the page reports, from before its first script. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
`;

describe('the Content Security Policy', () => {
  it('is strict on every page: no inline or eval scripts beyond WebAssembly, no plugins, no base changes, no framing but of the cards', async () => {
    for (const { path } of EDITION_PAGE_TYPES) {
      const policy = (await fetch(`${nginx.origin}${path}`)).headers.get('content-security-policy') ?? '';
      const directives = new Map(
        policyDirectives(policy)
          .map((directive) => directive.split(' '))
          .map(([directive = '', ...sources]) => [directive, sources]),
      );
      expect(directives.get('default-src'), path).toEqual(["'self'"]);
      expect(directives.get('object-src'), path).toEqual(["'none'"]);
      expect(directives.get('base-uri'), path).toEqual(["'self'"]);
      expect(directives.get('frame-ancestors'), path).toEqual(isEmbedPath(path) ? ['*'] : ["'none'"]);
      const scripts = directives.get('script-src') ?? [];
      expect(scripts, path).toContain("'self'");
      expect(
        scripts.filter((source) => !source.startsWith("'sha256-")),
        path,
      ).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy, path).not.toContain('unsafe-inline');
    }
  });

  it('is made from the same inline scripts and styles Chromium reads in each page, so it hashes what the browser checks', async () => {
    const { page } = session();
    for (const { path } of EDITION_PAGE_TYPES) {
      const response = await page.goto(`${nginx.origin}${path}`, { waitUntil: 'domcontentloaded' });
      const { scripts, styles } = inlineCodeOf((await response?.text()) ?? '');
      const read = await page.evaluate(() => ({
        scripts: [...document.querySelectorAll('script:not([src])')]
          .filter((script) => !/json$/i.test((script as HTMLScriptElement).type))
          .map((script) => script.textContent),
        styles: [...document.querySelectorAll('style')].map((style) => style.textContent),
      }));
      expect({ scripts, styles }, path).toEqual(read);
    }
  });

  it('is never violated, while reading or searching, no header draws a warning, and no request leaves the origin', async () => {
    const { origin } = nginx;
    const { page, context, errors } = session();
    await context.addInitScript(RECORD_VIOLATIONS);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
    });
    // Chromium warns of what it cannot apply: a feature it does not know in Permissions-Policy, a directive a <meta>
    // policy cannot carry.
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    for (const { name, path, locale } of EDITION_PAGE_TYPES) {
      // A page loads nothing more after its load event until a reader searches: only a searched page waits for its
      // network to go quiet, which takes half a second more a page.
      await page.goto(`${origin}${path}`, { waitUntil: SEARCHED_ON.has(name) ? 'networkidle' : 'load' });
      // Search is the same code on every page: used on a content page, and on the search page by its own form, its
      // scripts, WebAssembly and index load under the same policy as every page's.
      if (SEARCHED_ON.has(name)) {
        await page.focus('#site-search-field');
        await page.keyboard.type(SEARCHED_NAME[locale]);
        await page.locator('#site-search-panel a.search-result-title').first().waitFor();
      }
      if (name === 'search') await page.locator('form[data-search-page] .search-result').first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), path).toEqual([]);
      // The missing page is served with status 404 on purpose; Chromium logs that as an error.
      if (name === '404') errors.splice(0, errors.length, ...errors.filter((error) => !error.includes('status of 404')));
    }
    await page.goto(`${origin}/rounds/2026-01-05-paris/?highlight=salama#delegations`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** The search index step on its own: it indexes marked pages, and it fails loudly rather than ship a site without search. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { searchIndex } from '@/integrations/search-index';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function siteWith(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  return dir;
}

/** Runs the hook as a build would, with the page paths of the folder's pages. */
async function runIndex(dir: string, pages: string[]): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
  const hook = searchIndex().hooks['astro:build:done'];
  if (!hook) throw new Error('the integration has no astro:build:done hook');
  await hook({ dir: pathToFileURL(`${dir}/`), pages: pages.map((pathname) => ({ pathname })), logger } as Parameters<typeof hook>[0]);
  return logged;
}

describe('searchIndex', () => {
  it('writes the index of the marked pages into /pagefind/, each edition in its own language', async () => {
    const dir = siteWith({
      'rounds/one':
        '<html lang="en-GB"><body><nav>Menu</nav><article data-pagefind-body><h1>Round one</h1><p>Buffer zone.</p></article></body></html>',
      'ar/rounds/one':
        '<html lang="ar" dir="rtl"><body><article data-pagefind-body><h1>الجولة الأولى</h1><p>المنطقة العازلة.</p></article></body></html>',
      '': '<html lang="en-GB"><body><h1>Timeline</h1></body></html>',
    });
    expect(await runIndex(dir, ['rounds/one/', 'ar/rounds/one/', ''])).toEqual([expect.stringContaining('into /pagefind/')]);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages).toMatchObject({ 'en-gb': { page_count: 1 }, ar: { page_count: 1 } });
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('indexes a Hebrew page with its words’ forms without prefixes, and leaves the page readers get as it was', async () => {
    const page =
      '<html lang="he" dir="rtl"><body><article data-pagefind-body><h1>רמת הגולן</h1><p>הצבא נשאר בגולן.</p></article></body></html>';
    const dir = siteWith({ 'he/issues/golan-heights': page });
    await runIndex(dir, ['he/issues/golan-heights/']);
    expect(readFileSync(join(dir, 'he/issues/golan-heights/index.html'), 'utf8')).toBe(page);
    const fragments = readdirSync(join(dir, 'pagefind/fragment')).map((file) =>
      gunzipSync(readFileSync(join(dir, 'pagefind/fragment', file))).toString('utf8'),
    );
    expect(fragments).toEqual([expect.stringContaining('גולן · צבא')]);
  });

  it('fails the build when a content page is not marked for the index, and says so', async () => {
    const dir = siteWith({
      'rounds/one': '<html lang="en"><body><article data-pagefind-body><h1>Round one</h1></article></body></html>',
      'rounds/two': '<html lang="en"><body><h1>Round two, unmarked</h1></body></html>',
    });
    await expect(runIndex(dir, ['rounds/one/', 'rounds/two/'])).rejects.toThrow(
      'the site has 2 content pages but 1 were indexed; every content page, and no other, must be marked data-pagefind-body',
    );
  });

  it('fails the build when no page is marked, rather than index every page whole', async () => {
    const dir = siteWith({
      'rounds/one': '<html lang="en"><body><h1>Round one</h1></body></html>',
      '': '<html lang="en"><body><h1>Timeline</h1></body></html>',
    });
    await expect(runIndex(dir, ['rounds/one/', ''])).rejects.toThrow('the site has 1 content pages but 2 were indexed');
  });
});

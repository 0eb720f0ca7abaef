/** The search index step on its own: it indexes marked pages, and it fails loudly rather than ship a site without search. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { searchIndex } from '../../src/integrations/search-index';

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

async function runIndex(dir: string): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
  const hook = searchIndex().hooks['astro:build:done'];
  if (!hook) throw new Error('the integration has no astro:build:done hook');
  await hook({ dir: pathToFileURL(`${dir}/`), logger } as Parameters<typeof hook>[0]);
  return logged;
}

describe('searchIndex', () => {
  it('writes the index of the marked pages into /pagefind/', async () => {
    const dir = siteWith({
      'rounds/one':
        '<html lang="en-GB"><body><nav>Menu</nav><article data-pagefind-body><h1>Round one</h1><p>Buffer zone.</p></article></body></html>',
      '': '<html lang="en-GB"><body><h1>Timeline</h1></body></html>',
    });
    expect(await runIndex(dir)).toEqual([expect.stringContaining('into /pagefind/')]);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBe(1);
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('fails the build when no page is marked for the index', async () => {
    const dir = siteWith({ '': '<html lang="en"><body><h1>Nothing marked</h1></body></html>' });
    await expect(runIndex(dir)).rejects.toThrow(/no page .* is marked data-pagefind-body/);
  });
});

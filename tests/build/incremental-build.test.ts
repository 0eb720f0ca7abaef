/**
 * A rebuild with Astro's caches kept takes bodies from the cache, but never a
 * body rendered against names or pages that have since changed.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenCopyOf, buildSite, freshDir, removeBuild, type BuildResult } from '@tests/helpers/build-site';
import { readPage } from '@tests/helpers/html';
import { replaceIn, ROOT } from '@tests/helpers/content';

const EVENT = '/events/2025-11-11-fixture-resignation/';
const LINKED_DERMER = '<a href="/people/ron-dermer/">Dermer</a>';

const cacheDir = freshDir('cache-');
const content = brokenCopyOf('tests/fixtures/valid', 'incremental', () => undefined);
const builds: BuildResult[] = [];
afterAll(() => {
  builds.forEach(removeBuild);
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(join(ROOT, content), { recursive: true, force: true });
});

async function build(): Promise<BuildResult> {
  const result = await buildSite(content, { cacheDir });
  builds.push(result);
  expect(result.ok, result.output).toBe(true);
  return result;
}

/** The newest build, with its cache: each test changes the content and builds again from there. */
let latest: BuildResult;
beforeAll(async () => {
  latest = await build();
});

describe('a rebuild with the cache kept', () => {
  it('re-renders a body that mentions a person whose names changed, though the body did not change', async () => {
    expect(readPage(latest.outDir, EVENT)).toContain(LINKED_DERMER);
    replaceIn(join(ROOT, content, 'people/ron-dermer.md'), 'aliases: [Dermer]', 'aliases: []');
    latest = await build();
    const page = readPage(latest.outDir, EVENT);
    expect(page).not.toContain(LINKED_DERMER);
    expect(page).toContain('Dermer resigned in this fixture.');
  });

  it('shows the new text of the one round that changed, and the others as before', async () => {
    const before = latest;
    replaceIn(join(ROOT, content, 'rounds/2025-10-01-rome.md'), 'was announced and then postponed', 'was announced, then put off');
    const after = await build();
    expect(readPage(after.outDir, '/rounds/2025-10-01-rome/')).toContain('was announced, then put off');
    expect(readPage(after.outDir, '/rounds/2025-09-17-london/')).toBe(readPage(before.outDir, '/rounds/2025-09-17-london/'));
  });
});

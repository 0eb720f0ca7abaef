/** A failed build never touches the site already built; a good one replaces it whole. */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stagingDirOf } from '@/integrations/atomic-output';
import { brokenCopyOf, buildSite, freshDir, removeBuild, siteFingerprint, type BuildResult } from '@tests/helpers/build-site';
import { replaceIn, ROOT } from '@tests/helpers/content';
import { readPage } from '@tests/helpers/html';

const outDir = freshDir('dist-');
const builds: BuildResult[] = [];
const copies: string[] = [];
afterAll(() => {
  builds.forEach(removeBuild);
  for (const copy of copies) rmSync(join(ROOT, copy), { recursive: true, force: true });
});

describe('building into a folder that holds a published site', () => {
  it('leaves the published site byte for byte as it was when the new build fails', async () => {
    const first = await buildSite('tests/fixtures/valid', { outDir });
    builds.push(first);
    expect(first.ok, first.output).toBe(true);
    const before = siteFingerprint(outDir);
    expect(before.size).toBeGreaterThan(20);

    const broken = brokenCopyOf('tests/fixtures/valid', 'atomic-broken', (dir) =>
      replaceIn(join(dir, 'rounds/2025-09-17-london.md'), 'status: held', 'status: maybe'),
    );
    copies.push(broken);
    const failed = await buildSite(broken, { outDir });
    builds.push(failed);
    expect(failed.ok).toBe(false);
    expect(siteFingerprint(outDir)).toEqual(before);
  });

  it('replaces it whole when the new build succeeds, leaving no staging folder behind', async () => {
    const changed = brokenCopyOf('tests/fixtures/valid', 'atomic-changed', (dir) =>
      replaceIn(join(dir, 'rounds/2025-09-17-london.md'), 'title: Fixture round four in London', 'title: Renamed fixture round in London'),
    );
    copies.push(changed);
    const rebuilt = await buildSite(changed, { outDir });
    builds.push(rebuilt);
    expect(rebuilt.ok, rebuilt.output).toBe(true);
    expect(siteFingerprint(outDir).size).toBeGreaterThan(20);
    expect(existsSync(stagingDirOf(outDir))).toBe(false);
    expect(readPage(outDir, '/rounds/2025-09-17-london/')).toContain('Renamed fixture round in London');
  });
});

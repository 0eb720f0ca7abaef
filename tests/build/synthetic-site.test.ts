/** The benchmark's generator: fixed by its seed, and its output is a record the site accepts. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, removeBuild, type BuildResult } from '@tests/helpers/build-site';
import { readPage } from '@tests/helpers/html';
import { ROOT } from '@tests/helpers/content';
import { syntheticSite, withTranslations, writeSyntheticSite } from '@tests/helpers/synthetic-site';

let build: BuildResult | undefined;
afterAll(() => removeBuild(build));

describe('syntheticSite', () => {
  it('gives the same files for the same seed and other files for another', () => {
    const a = syntheticSite(20, 7);
    expect([...syntheticSite(20, 7).files]).toEqual([...a.files]);
    expect([...syntheticSite(20, 8).files]).not.toEqual([...a.files]);
    expect([...a.files.keys()].filter((path) => path.startsWith('rounds/'))).toHaveLength(20);
  });

  it('writes a record that builds, with a page for every round and its later stances marked restated or changed, translated in every edition', async () => {
    const dir = 'tests/fixtures/.tmp/synthetic-content';
    const site = withTranslations(syntheticSite(12));
    expect([...site.files.keys()].filter((path) => path.endsWith('.ar.md'))).toHaveLength(
      [...site.files.keys()].filter((path) => /\/[^.]+\.md$/.test(path)).length,
    );
    const rounds = [...site.files].filter(([path]) => /^rounds\/[^.]+\.md$/.test(path)).map(([, text]) => text);
    expect(rounds.some((text) => text.includes('shift: restated'))).toBe(true);
    expect(rounds.some((text) => text.includes('shift: changed, how: '))).toBe(true);
    writeSyntheticSite(site, join(ROOT, dir));
    build = await buildSite(dir);
    expect(build.ok, build.output).toBe(true);
    const pages = [...site.files.keys()]
      .filter((path) => /^rounds\/[^.]+\.md$/.test(path))
      .map((path) => `/${path.slice(0, -'.md'.length)}/`);
    expect(pages).toHaveLength(12);
    for (const [i, path] of pages.entries()) {
      expect(readPage(build.outDir, path)).toContain(`Synthetic round ${i + 1} in`);
      // Every translation is current: no Arabic or Hebrew page says its English is newer or untranslated.
      for (const locale of ['ar', 'he']) expect(readPage(build.outDir, `/${locale}${path}`)).not.toContain('translation-notice');
    }
  });
});

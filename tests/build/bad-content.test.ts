/**
 * What only a build shows: that a broken content file stops `astro build`
 * before any page is built or published, and that the editor reads the file
 * and the field in its output. One case per layer of checks (files, schema,
 * references, remark); every other kind of break is checked without a build
 * in tests/unit/broken-content.test.ts.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stagingDirOf } from '@/integrations/atomic-output';
import { BROKEN_CONTENT, VALID_FIXTURE, type BrokenContentCase, type Layer } from '@tests/helpers/broken-content';
import { brokenCopyOf, buildSite, freshDir } from '@tests/helpers/build-site';
import { ROOT } from '@tests/helpers/content';

/** The case built for each layer. */
const BUILT: Record<Layer, string> = {
  files: 'a content file without the .md extension',
  schema: 'a status that is not one of the known statuses',
  references: 'an unknown person in a delegation',
  remark: 'a body link to a page that does not exist',
};

const cases = Object.entries(BUILT).map(([layer, name]) => {
  const found = BROKEN_CONTENT.find((candidate) => candidate.name === name && candidate.layer === layer);
  if (!found) throw new Error(`no ${layer} case "${name}" in tests/helpers/broken-content.ts`);
  return found;
});

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** The path a problem line starts with: "rounds/x.md" of "rounds/x.md:24:53: The link…". */
const fileOf = (problem: string): string => problem.split(':')[0] ?? problem;

describe('a broken content file', () => {
  // Each build has its own content copy, cache and output folder, so the four run side by side.
  it.concurrent.each(cases)(
    'stops the build, named with its field, before any page is published ($layer): $name',
    async (testCase: BrokenContentCase) => {
      const dir = brokenCopyOf(VALID_FIXTURE, `bad-${testCase.layer}`, testCase.break);
      const parent = freshDir('bad-out-');
      scratch.push(join(ROOT, dir), parent);
      // A folder the build would create: it must not exist afterwards.
      const outDir = join(parent, 'dist');

      const { ok, output } = await buildSite(dir, { outDir });

      expect(ok, output).toBe(false);
      expect(output).toContain(`The content has ${testCase.problems.length} ${testCase.problems.length === 1 ? 'problem' : 'problems'}:`);
      for (const problem of testCase.problems) {
        expect(output).toContain(`${dir}/${fileOf(problem)}`);
        expect(output.replaceAll(`${dir}/`, '')).toContain(`  ${problem}\n`);
      }
      expect(output).not.toMatch(/\d+ page\(s\) built/);
      expect(existsSync(outDir), 'the output folder').toBe(false);
      expect(existsSync(stagingDirOf(outDir)), 'the staging folder').toBe(false);
    },
  );
});

/**
 * Every kind of broken content file, checked as the build checks it but
 * without a build: each case breaks a copy of the valid fixture and must get
 * exactly its problems back, with the file, the field or line, and the
 * message. The valid fixture itself must have none, so each case's problems
 * are its own break's.
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BROKEN_CONTENT, VALID_FIXTURE } from '@tests/helpers/broken-content';
import { checkContent } from '@tests/helpers/check-content';
import { copyOfContent } from '@tests/helpers/content';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the valid fixture', () => {
  it('has no problem', async () => {
    dir = copyOfContent(VALID_FIXTURE);
    expect(await checkContent(dir)).toEqual([]);
  });
});

describe('a broken content file', () => {
  it.each(BROKEN_CONTENT)('is reported with its file and field or line ($layer): $name', async (testCase) => {
    dir = copyOfContent(VALID_FIXTURE);
    testCase.break(dir);
    const problems = await checkContent(dir);
    for (const problem of problems) expect(problem.startsWith(`${dir}/`), problem).toBe(true);
    expect(problems.map((problem) => problem.replaceAll(`${dir}/`, ''))).toEqual(testCase.problems);
  });
});

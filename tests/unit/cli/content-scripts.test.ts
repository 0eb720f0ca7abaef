/**
 * The editors' scripts as an editor runs them, through npm: `npm run new:round`
 * writes a round's file, and `npm run check:content` reports every problem and
 * warning of a content folder without a build.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '@tests/helpers/broken-content';
import { projectEnvironment } from '@tests/helpers/build-site';
import { copyOfContent, replaceIn, ROOT } from '@tests/helpers/content';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const SCRIPTS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/**
 * Runs the command of `npm run <script> -- <args>` in the project, as an editor would, with this environment, answering
 * prompts from `input`. The command is package.json's own, run by this Node without npm's start-up around it.
 */
async function npmRun(script: string, args: string[], environment: Record<string, string>, input = ''): Promise<Run> {
  const [program, ...scriptArgs] = (SCRIPTS[script] ?? '').split(' ');
  if (program !== 'node') throw new Error(`npm run ${script} is not a node command: ${SCRIPTS[script] ?? 'missing'}`);
  const run = promisify(execFile)(process.execPath, [...scriptArgs, ...args], {
    cwd: ROOT,
    env: { ...projectEnvironment(), NO_COLOR: '1', ...environment },
  });
  run.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await run;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** 1 February 2026 and 1 June 2026, as SOURCE_DATE_EPOCH: before and after the fixture's scheduled Geneva meeting. */
const FEBRUARY = String(Date.UTC(2026, 1, 1) / 1000);
const JUNE = String(Date.UTC(2026, 5, 1) / 1000);

/** Each test starts Node a few times: seconds on a busy machine, not the milliseconds of the other unit tests. */
const SCRIPT_RUNS = { timeout: 60_000 };

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('npm run new:round', SCRIPT_RUNS, () => {
  const flags = ['--date', '2026-03-20', '--city', 'Tel Aviv', '--country', 'Israel', '--title', 'Talks: a sixth round'];

  it('writes a correctly named file from flags alone under CI, which the content check then asks to be filled in', async () => {
    dir = copyOfContent(VALID_FIXTURE);
    const written = await npmRun('new:round', flags, { CI: 'true', CONTENT_DIR: dir, SOURCE_DATE_EPOCH: FEBRUARY });
    expect(written.code, written.stderr).toBe(0);
    const file = join(dir, 'rounds/2026-03-20-tel-aviv.md');
    expect(written.stdout).toContain(`Wrote ${file}`);
    expect(readFileSync(file, 'utf8')).toMatch(
      /^---\ntitle: "Talks: a sixth round"\n[\s\S]*\n {2}country: IL #[\s\S]*\nstatus: scheduled[\s\S]*## What was announced\n/,
    );

    const checked = await npmRun('check:content', [dir], { SOURCE_DATE_EPOCH: FEBRUARY });
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(
      [
        'The content has 2 problems:',
        `  ${file}: summary: must not be empty: write a one- or two-sentence summary`,
        `  ${file}: sources: must list at least one source: every fact on the site is sourced`,
      ].join('\n'),
    );
  });

  it('starts the Arabic and Hebrew translations beside the English on request, which the content check asks to be written', async () => {
    dir = copyOfContent(VALID_FIXTURE);
    const written = await npmRun('new:round', [...flags, '--translations'], { CI: 'true', CONTENT_DIR: dir, SOURCE_DATE_EPOCH: FEBRUARY });
    expect(written.code, written.stderr).toBe(0);
    const arabic = join(dir, 'rounds/2026-03-20-tel-aviv.ar.md');
    expect(readFileSync(arabic, 'utf8')).toMatch(
      /^---\ntranslates: v[0-9a-f]{12} #[\s\S]*\ntitle: '' #[\s\S]*## What was announced \{#what-was-announced\}\n/,
    );
    expect(existsSync(join(dir, 'rounds/2026-03-20-tel-aviv.he.md'))).toBe(true);

    // Translations are checked once their English is whole.
    const english = join(dir, 'rounds/2026-03-20-tel-aviv.md');
    replaceIn(english, "summary: ''", 'summary: A sixth round is announced.');
    replaceIn(english, 'sources: []', 'sources: [{ publisher: Wire, title: Announced, date: 2026-01-30 }]');
    const checked = await npmRun('check:content', [dir], { SOURCE_DATE_EPOCH: FEBRUARY });
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(`${arabic}: title: must not be empty: write the title, translated`);
  });

  it('refuses to overwrite a file, and leaves it as it was', async () => {
    dir = copyOfContent(VALID_FIXTURE);
    const environment = { CI: 'true', CONTENT_DIR: dir };
    expect((await npmRun('new:round', flags, environment)).code).toBe(0);
    const file = join(dir, 'rounds/2026-03-20-tel-aviv.md');
    replaceIn(file, "summary: ''", 'summary: An editor already wrote this.');
    const again = await npmRun('new:round', flags, environment);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${file} already exists: no file written.`);
    expect(readFileSync(file, 'utf8')).toContain('summary: An editor already wrote this.');
  });

  it('under CI, names every missing flag instead of asking, and writes nothing', async () => {
    dir = copyOfContent(VALID_FIXTURE);
    const run = await npmRun('new:round', ['--date', '2026-03-20', '--city', 'Haifa'], { CI: 'true', CONTENT_DIR: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No file written:\n  --country is missing\n  --title is missing');
    expect(existsSync(join(dir, 'rounds/2026-03-20-haifa.md'))).toBe(false);
  });

  it('refuses a country that is neither a code nor an English name, and writes nothing', async () => {
    dir = copyOfContent(VALID_FIXTURE);
    const run = await npmRun('new:round', ['--date', '2026-03-20', '--city', 'Haifa', '--country', 'Atlantis', '--title', 'Talks'], {
      CI: 'true',
      CONTENT_DIR: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'No file written:\n  --country "Atlantis" is no country: give its ISO 3166-1 alpha-2 code or its English name, e.g. FR or France',
    );
    expect(existsSync(join(dir, 'rounds/2026-03-20-haifa.md'))).toBe(false);
  });

  it('asks for what the flags leave out, outside CI', async () => {
    dir = copyOfContent(VALID_FIXTURE);
    const run = await npmRun(
      'new:round',
      ['--city', 'Zürich'],
      { CI: '', CONTENT_DIR: dir, SOURCE_DATE_EPOCH: JUNE },
      '2026-05-04\nSwitzerland\nA meeting in Zurich\n',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'First day of the meeting (YYYY-MM-DD): Country (its ISO code, e.g. CH, or its English name): Title, as the timeline shows it: ',
    );
    const text = readFileSync(join(dir, 'rounds/2026-05-04-zurich.md'), 'utf8');
    expect(text).toContain('title: "A meeting in Zurich"');
    expect(text).toContain('  country: CH #');
    expect(text).toContain('status: held\n');
  });
});

describe('npm run check:content', SCRIPT_RUNS, () => {
  it('passes a valid folder, warning about a source readers cannot open and a scheduled meeting whose day has passed', async () => {
    const before = await npmRun('check:content', [VALID_FIXTURE], { SOURCE_DATE_EPOCH: FEBRUARY });
    expect(before.code).toBe(0);
    expect(before.stdout).toContain(`The content in ${VALID_FIXTURE} has no problem, and 8 warning(s) above.`);
    expect(before.stderr).toContain(
      `warning: ${VALID_FIXTURE}/rounds/2026-01-05-paris.md: sources[0]: has no url and no archived copy, so readers cannot open it;`,
    );
    expect(before.stderr).not.toContain('status: scheduled');
    const after = await npmRun('check:content', [VALID_FIXTURE], { SOURCE_DATE_EPOCH: JUNE });
    expect(after.code).toBe(0);
    expect(after.stderr).toContain(
      `warning: ${VALID_FIXTURE}/rounds/2026-03-02-geneva.md: status: scheduled for 2026-03-02, which has passed;`,
    );
  });

  it('prints every problem at once, across files, each with its file and field or line', async () => {
    dir = copyOfContent(VALID_FIXTURE);
    replaceIn(join(dir, 'rounds/2025-09-17-london.md'), 'status: held', 'status: maybe');
    replaceIn(join(dir, 'events/2025-11-11-fixture-resignation.md'), 'date: 2025-11-11', 'date: 2025-11-31');
    const run = await npmRun('check:content', [dir], { SOURCE_DATE_EPOCH: FEBRUARY });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The content has 2 problems:');
    expect(run.stderr).toContain(`${dir}/rounds/2025-09-17-london.md: status: must be one of: held, scheduled, postponed, cancelled`);
    expect(run.stderr).toContain(`${dir}/events/2025-11-11-fixture-resignation.md:`);
  });
});

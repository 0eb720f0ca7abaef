/**
 * `npm test`: every check of the project, arranged for two cores. First, side
 * by side: lint, type checks, unit and build tests, and the build of the site
 * the browser tests read; each one's output is printed whole when it ends.
 * Then, if they all passed, the browser tests on that build, on their own.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Outcome {
  task: string;
  ok: boolean;
  seconds: number;
  output: string;
}

/** The built site the browser tests read (tests/browser/global-setup.ts takes it from TEST_SITE_DIR). */
const SCRATCH = join(import.meta.dirname, 'fixtures/.tmp');
mkdirSync(SCRATCH, { recursive: true });
const scratch = mkdtempSync(join(SCRATCH, 'browser-site-'));
const siteDir = join(scratch, 'dist');

interface Step {
  args: readonly string[];
  /** What the step is told besides the environment npm test has. */
  environment?: Record<string, string>;
}

/** First, side by side: lint, type checks, unit and build tests, and the build of the site the browser tests read. */
const FIRST: Step[] = [
  { args: ['lint'] },
  { args: ['check'] },
  // With coverage over src/, failing below its thresholds (vitest.config.ts).
  { args: ['test:unit'] },
  { args: ['test:build'] },
  // Its own cache, apart from the ones `astro check` and the build tests keep.
  { args: ['build', '--', '--outDir', siteDir], environment: { ASTRO_CACHE_DIR: join(scratch, 'cache') } },
];
/** Then the browser tests, on their own: a link's landing place and a search's results must not wait on a busy machine. */
const BROWSER: Step = { args: ['test:browser'], environment: { TEST_SITE_DIR: siteDir } };

function npmRun({ args, environment = {} }: Step, captured: boolean): Promise<Outcome> {
  const started = performance.now();
  const task = `npm run ${args[0] ?? ''}`;
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', ...args], {
      stdio: captured ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...environment },
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ task, ok: code === 0, seconds: (performance.now() - started) / 1000, output }));
  });
}

const summary = (outcome: Outcome): string => `${outcome.task}: ${outcome.ok ? 'passed' : 'FAILED'} in ${outcome.seconds.toFixed(0)} s`;

/** Runs steps side by side, printing each one's output whole, framed, when it ends. */
const sideBySide = (steps: readonly Step[]): Promise<Outcome>[] =>
  steps.map(async (step) => {
    const outcome = await npmRun(step, true);
    process.stdout.write(`\n──── ${summary(outcome)} ────\n${outcome.output}`);
    return outcome;
  });

try {
  const outcomes = await Promise.all(sideBySide(FIRST));
  if (outcomes.every((outcome) => outcome.ok)) outcomes.push(await npmRun(BROWSER, false));
  else process.stdout.write('\nA step above failed: the browser tests were not run.\n');
  process.stdout.write(`\n${outcomes.map(summary).join('\n')}\n`);
  process.exitCode = outcomes.length === FIRST.length + 1 && outcomes.every((outcome) => outcome.ok) ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

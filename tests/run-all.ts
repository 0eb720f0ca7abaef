/**
 * `npm test`: every check of the project in two stages. The checks that need
 * no browser (lint, type checks, unit and build tests) run side by side, since
 * each mostly waits on one core and the machine has two; each one's output is
 * printed whole when it ends. Then, if they all passed, the browser tests run
 * on their own, as their timings need the machine to themselves.
 */
import { spawn } from 'node:child_process';

interface Outcome {
  script: string;
  ok: boolean;
  seconds: number;
  output: string;
}

const SIDE_BY_SIDE = ['lint', 'check', 'test:unit', 'test:build'];
const ALONE = 'test:browser';

function npmRun(script: string, captured: boolean): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], { stdio: captured ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ script, ok: code === 0, seconds: (performance.now() - started) / 1000, output }));
  });
}

const summary = (outcome: Outcome): string =>
  `npm run ${outcome.script}: ${outcome.ok ? 'passed' : 'FAILED'} in ${outcome.seconds.toFixed(0)} s`;

const outcomes = await Promise.all(
  SIDE_BY_SIDE.map(async (script) => {
    const outcome = await npmRun(script, true);
    process.stdout.write(`\n──── ${summary(outcome)} ────\n${outcome.output}`);
    return outcome;
  }),
);
if (outcomes.every((outcome) => outcome.ok)) outcomes.push(await npmRun(ALONE, false));

process.stdout.write(`\n${outcomes.map(summary).join('\n')}\n`);
if (outcomes.length === SIDE_BY_SIDE.length) process.stdout.write(`npm run ${ALONE}: not run, since a check above failed\n`);
process.exitCode = outcomes.every((outcome) => outcome.ok) && outcomes.length > SIDE_BY_SIDE.length ? 0 : 1;

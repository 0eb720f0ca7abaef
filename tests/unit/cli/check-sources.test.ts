/**
 * `npm run sources:check` as an editor runs it, on a copy of the valid fixture whose sources point at a local server
 * that behaves like the sites and like the Wayback Machine's availability service. Every request, to any host, goes
 * to that server through Node's proxy settings (NODE_USE_ENV_PROXY), so the check never reaches the internet.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '@tests/helpers/broken-content';
import { projectEnvironment } from '@tests/helpers/build-site';
import { checkContent } from '@tests/helpers/check-content';
import { copyOfContent, replaceIn, ROOT } from '@tests/helpers/content';
import { ARRIVAL_SLACK_MS, arrivalSpan, startSourceStub, type SourceStub } from '@tests/helpers/source-stub';

const SCRIPT = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[
  'sources:check'
];

/** 1 February 2026, as SOURCE_DATE_EPOCH: the day the check records as checked. */
const FEBRUARY = String(Date.UTC(2026, 1, 1) / 1000);

const LONDON = 'rounds/2025-09-17-london.md';
const ROME = 'rounds/2025-10-01-rome.md';
const RESIGNATION = 'events/2025-11-11-fixture-resignation.md';
const BUFFER_ZONE = 'issues/buffer-zone.md';
const DERMER = 'people/ron-dermer.md';
const BARRACK = 'people/tom-barrack.md';

let stub: SourceStub;
let dir: string;
/** Each file of the copy as the sources were pointed at the stub, before any check. */
let before: Map<string, string>;

beforeAll(async () => {
  stub = await startSourceStub();
  dir = copyOfContent(VALID_FIXTURE);
  replaceIn(join(dir, LONDON), "url: 'https://example.org/a'", "url: 'http://news.test/gone-410?capture'");
  replaceIn(
    join(dir, 'rounds/2026-01-05-paris.md'),
    'date: 2026-01, dateInferred',
    "url: 'http://wire.test/redirect-1', date: 2026-01, dateInferred",
  );
  replaceIn(join(dir, RESIGNATION), 'date: 2025-11-11}', "date: 2025-11-11, url: 'http://wire.test/slow'}");
  replaceIn(join(dir, BUFFER_ZONE), 'date: 2025-01-01}', "date: 2025-01-01, url: 'http://news.test/busy?capture'}");
  replaceIn(join(dir, DERMER), 'date: 2025-01-01}', "date: 2025-01-01, url: 'http://news.test/live?odd-answer'}");
  before = new Map([LONDON, ROME, RESIGNATION, BUFFER_ZONE, DERMER, BARRACK].map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
});

afterAll(async () => {
  await stub.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs package.json's command for sources:check on the copy, with every request sent to the stub. */
async function checkSources(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const [program, ...scriptArgs] = (SCRIPT ?? '').split(' ');
  if (program !== 'node') throw new Error(`npm run sources:check is not a node command: ${SCRIPT ?? 'missing'}`);
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...scriptArgs, dir, ...args], {
      cwd: ROOT,
      env: {
        ...projectEnvironment(),
        NO_COLOR: '1',
        SOURCE_DATE_EPOCH: FEBRUARY,
        NODE_USE_ENV_PROXY: '1',
        HTTP_PROXY: stub.origin,
        HTTPS_PROXY: stub.origin,
        NO_PROXY: '',
        SOURCES_CHECK_AVAILABILITY_URL: 'http://archive.test/wayback/available',
        SOURCES_CHECK_TIMEOUT_MS: '500',
        SOURCES_CHECK_PER_SECOND: '10',
        SOURCES_CHECK_PER_HOST_PER_SECOND: '4',
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const at = (file: string, index = 0) => `${dir}/${file}: sources[${index}]`;

describe('npm run sources:check', { timeout: 60_000 }, () => {
  it('reports what each address and the availability service answered, failures included, and writes nothing', async () => {
    const run = await checkSources();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `  ${at(LONDON)}: http://news.test/gone-410?capture: dead (answered 410); nearest capture https://web.archive.org/web/20250918120000/http://news.test/gone-410?capture`,
      // The server speaks no TLS, so an https address fails as an unreachable site does: unknown, not dead.
      `  ${at(ROME)}: https://example.org/rome: unknown (the request failed: ERR_SSL_WRONG_VERSION_NUMBER); nothing recorded`,
      `  ${at(RESIGNATION)}: http://wire.test/slow: unknown (no answer within 0.5 s); nothing recorded`,
      `  ${at(DERMER)}: http://news.test/live?odd-answer: no capture known (the availability service's answer is malformed: the answer has no archived_snapshots object)`,
      `  ${at(BARRACK)}: https://example.org/barrack: unknown (the request failed: ERR_SSL_WRONG_VERSION_NUMBER); nothing recorded`,
      'Checked 7 sources: 3 live, 1 dead, 3 unknown; 2 without an archive have a capture in the Wayback Machine.',
      'Nothing was written: run again with --write to record checked, state and archive in the files.',
      '',
    ]);
    for (const [file, text] of before) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(text);
  });

  it('waits as a busy site asks, and never starts requests faster than the rates set, in all and to each host', () => {
    // Each run's span, not each gap, is held to the rate (see ARRIVAL_SLACK_MS).
    const busy = stub.requests.filter((request) => request.path === '/busy').map((request) => request.at);
    expect(busy.length, 'the busy address asked again').toBeGreaterThanOrEqual(2);
    expect(arrivalSpan(busy)).toBeGreaterThanOrEqual(1000 - ARRIVAL_SLACK_MS);
    const all = stub.requests.map((request) => request.at);
    expect(arrivalSpan(all)).toBeGreaterThanOrEqual((all.length - 1) * 100 - ARRIVAL_SLACK_MS);
    for (const host of new Set(stub.requests.map((request) => request.host))) {
      const times = stub.requests.filter((request) => request.host === host).map((request) => request.at);
      expect(arrivalSpan(times), host).toBeGreaterThanOrEqual((times.length - 1) * 250 - ARRIVAL_SLACK_MS);
    }
    expect(new Set(stub.requests.map((request) => request.host))).toEqual(new Set(['news.test', 'wire.test', 'archive.test']));
  });

  it('with --write, records checked, state and the nearest capture, changing nothing else, and the files stay valid', async () => {
    const run = await checkSources('--write');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Recorded what was found in 4 files.');
    const capture = (url: string, day: string) =>
      `archive: {url: "https://web.archive.org/web/${day.replaceAll('-', '')}120000/${url}", captured: ${day}}`;
    expect(readFileSync(join(dir, LONDON), 'utf8')).toBe(
      before
        .get(LONDON)
        ?.replace(
          'date: 2025-09-18}',
          `date: 2025-09-18, ${capture('http://news.test/gone-410?capture', '2025-09-18')}, checked: 2026-02-01, state: dead}`,
        ),
    );
    expect(readFileSync(join(dir, BUFFER_ZONE), 'utf8')).toBe(
      before
        .get(BUFFER_ZONE)
        ?.replace("capture'}", `capture', ${capture('http://news.test/busy?capture', '2025-01-01')}, checked: 2026-02-01, state: live}`),
    );
    expect(readFileSync(join(dir, DERMER), 'utf8')).toBe(
      before.get(DERMER)?.replace("odd-answer'}", "odd-answer', checked: 2026-02-01, state: live}"),
    );
    for (const file of [ROME, RESIGNATION, BARRACK]) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(before.get(file));
    expect(await checkContent(dir)).toEqual([]);
  });
});

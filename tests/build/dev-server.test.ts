/** Under `npm run dev` there is no search index: the search page and the header field say so instead of failing. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectEnvironment } from '@tests/helpers/build-site';
import { ROOT } from '@tests/helpers/content';

const PORT = 4399;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let output = '';

async function pageOnceReady(path: string): Promise<string> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      const response = await fetch(`${ORIGIN}${path}`);
      if (response.ok) return await response.text();
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the development server did not serve ${path}:\n${output}`);
}

beforeAll(() => {
  server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: ROOT,
    env: { ...projectEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [server.stdout, server.stderr]) stream?.on('data', (chunk: Buffer) => (output += chunk.toString()));
});

afterAll(() => {
  server.kill();
});

it('says on the search page and in the header panel that search needs a build', async () => {
  const search = await pageOnceReady('/search/');
  // The development server marks every element with its source file, so the tags carry attributes a build leaves out.
  expect(search).toMatch(
    /<talks-search-page[\s\S]*data-search-dev-notice[^>]*>\s*Search reads the index a build makes[^<]*<code[^>]*>npm run build<\/code>/,
  );
  // With nothing to search, the form stays out of sight; a build shows it from the first paint.
  expect(/<form[^>]*data-search-page[^>]*>/.exec(search)?.[0]).toMatch(/\shidden[\s>]/);
  const home = await pageOnceReady('/');
  expect(home).toMatch(/id="site-search-panel"[^>]*>\s*<p[^>]*data-search-dev-notice/);
});

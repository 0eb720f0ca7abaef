/**
 * Runs Debian's nginx on a built site with the project's own server block
 * (src/server/nginx.conf), as the current user: everything nginx writes (pid,
 * log, temporary files) goes to a folder of its own, removed on stop.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '@tests/helpers/content';

/** Debian's nginx, as .ci/run installs it. */
const NGINX = '/usr/sbin/nginx';

export interface RunningNginx {
  /** The origin the site is served on, such as http://127.0.0.1:40123. */
  origin: string;
  stop: () => Promise<void>;
}

/** A port of 127.0.0.1 that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    }).on('error', () => resolve(false));
  });

/**
 * The project's server block for `siteDir` on `port`, inside the least a whole
 * configuration needs: one process in the foreground, its files in `dir`.
 */
function configuration(dir: string, siteDir: string, port: number): string {
  const server = readFileSync(join(ROOT, 'src/server/nginx.conf'), 'utf8')
    .replaceAll('@LISTEN@', `127.0.0.1:${port}`)
    .replaceAll('@SITE_ROOT@', siteDir);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${join(dir, kind)};`);
  return [
    'daemon off;',
    'master_process off;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events {}',
    'http {',
    'access_log off;',
    ...temp,
    server,
    '}',
  ].join('\n');
}

/** Starts nginx on a free port of 127.0.0.1 serving `siteDir`, and waits until it accepts connections. */
export async function startNginx(siteDir: string): Promise<RunningNginx> {
  if (!existsSync(NGINX))
    throw new Error(`No nginx at ${NGINX}: install Debian's nginx package (apt-get install nginx), then run the tests again.`);
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  const port = await freePort();
  const config = join(dir, 'nginx.conf');
  writeFileSync(config, configuration(dir, siteDir, port));
  const log = join(dir, 'error.log');
  const nginx = spawn(NGINX, ['-p', `${dir}/`, '-c', config, '-e', log], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => nginx.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (nginx.exitCode === null && nginx.signalCode === null) {
      nginx.kill('SIGQUIT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let waited = 0; !(await accepts(port)); waited += 50) {
    if (nginx.exitCode !== null || waited > 10_000) {
      const logged = existsSync(log) ? readFileSync(log, 'utf8') : '';
      await stop();
      throw new Error(`nginx did not start on port ${port}:\n${stderr}${logged}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { origin: `http://127.0.0.1:${port}`, stop };
}

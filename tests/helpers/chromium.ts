/**
 * Finds the Chromium or Chrome the browser tests drive: $CHROME_PATH, then the
 * usual install paths. Where none is installed and this is Debian or Ubuntu
 * run as root, it installs Debian's chromium package and says so, as
 * `playwright install --with-deps` would; elsewhere it stops with one line
 * saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless run on a closed network: no sandbox as root, no calls home. */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function installedChromium(): string | undefined {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is ${fromEnv}, but no file is there`);
    return fromEnv;
  }
  return USUAL_PATHS.find((path) => existsSync(path));
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export function chromiumPath(): string {
  const found = installedChromium();
  if (found) return found;
  if (!canInstallWithApt()) {
    throw new Error('No Chromium or Chrome found: install one, or set CHROME_PATH to its executable, then run the tests again.');
  }
  console.log(
    "No Chromium or Chrome found: installing Debian's chromium package with apt-get (as `playwright install --with-deps` would)…",
  );
  const apt = (...args: string[]): void => {
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  try {
    apt('install', '-y', '--no-install-recommends', 'chromium');
  } catch {
    apt('update');
    apt('install', '-y', '--no-install-recommends', 'chromium');
  }
  const installed = installedChromium();
  if (!installed) throw new Error('apt-get installed chromium, but no Chromium is at /usr/bin/chromium');
  return installed;
}

/** Launches headless Chromium; `extraArgs` such as a remote debugging port for Lighthouse. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...LAUNCH_ARGS, ...extraArgs] });
}

/**
 * Every built page through the W3C Nu HTML Checker (the vnu-jar package), in
 * one Java run over the served site: any error fails, and so does any warning
 * not accepted below with its reason. Stylesheets are not checked: the
 * checker's CSS grammar predates container queries, which the site uses.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { REDIRECTS } from '@/lib/base/urls';
import { builtPages } from '@tests/helpers/html';

const SITE = inject('siteOrigin');
const VNU_JAR = join(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');
/** A page with one error and one warning the checker must report, and one warning it accepts, checked in the same run. */
const KNOWN_PROBLEMS = join(import.meta.dirname, '../fixtures/html/known-problems.html');

/** One message of the checker's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
interface CheckerMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
  hiliteStart?: number;
  hiliteLength?: number;
}

/** A warning the site accepts, and why. */
interface AcceptedWarning {
  message: RegExp;
  /** What the marked markup must be, where the message alone would accept too much. */
  markup: RegExp;
  reason: string;
}

const ACCEPTED_WARNINGS: AcceptedWarning[] = [
  {
    message: /^Inline script violates Content Security Policy \(meta tag\)/,
    markup: /^<script type="application\/(?:ld\+)?json"/,
    reason:
      'A JSON data block (the JSON-LD, the search labels) is never run, so no policy applies to it (HTML, "prepare the script ' +
      'element"), but the checker takes it for an inline script. security.test.ts watches every page type in Chromium for a real violation.',
  },
];

/** The markup a message marks in its extract. */
const markupOf = ({ extract = '', hiliteStart = 0, hiliteLength = 0 }: CheckerMessage): string =>
  extract.slice(hiliteStart, hiliteStart + hiliteLength);

const acceptedBy = (message: CheckerMessage): AcceptedWarning | undefined =>
  message.type === 'info' && message.subType === 'warning'
    ? ACCEPTED_WARNINGS.find((accepted) => accepted.message.test(message.message) && accepted.markup.test(markupOf(message)))
    : undefined;

/** A message as a failure names it: the page, line and column, the kind, what is wrong and the markup it concerns. */
function failureLine(message: CheckerMessage): string {
  const page = message.url?.startsWith(SITE) ? message.url.slice(SITE.length) : (message.url ?? 'the checker');
  const kind = message.type === 'info' ? (message.subType ?? 'info') : message.type;
  return `${page} line ${message.lastLine ?? '?'}, column ${message.firstColumn ?? message.lastColumn ?? '?'}: ${kind}: ${message.message} [${markupOf(message)}]`;
}

const JAVA_MISSING =
  'The HTML validity test runs the Nu HTML Checker, which needs Java 17 or newer, and `java` is not on the PATH: ' +
  'install it (on Debian or Ubuntu: apt-get install default-jre-headless), then run the test again.';

/** Runs the checker once over every target, an address or a file, and gives its errors and warnings. */
function check(targets: readonly string[]): Promise<CheckerMessage[]> {
  // The checker refuses addresses on this machine unless told otherwise; the site is served on 127.0.0.1 so that the
  // pages' policies meet the origin they are written for ('self'), which a file: address, whose origin is opaque, never is.
  const args = ['-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar', VNU_JAR, '--format', 'json', '--stdout'];
  args.push('--exit-zero-always', '--skip-info-messages', ...targets);
  return new Promise((resolve, reject) => {
    const java = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errorOutput = '';
    java.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    java.stderr.on('data', (chunk: Buffer) => (errorOutput += chunk.toString()));
    java.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new Error(JAVA_MISSING) : error));
    java.on('close', (code) => {
      if (code !== 0) reject(new Error(`The Nu HTML Checker stopped with status ${code}:\n${errorOutput}`));
      else resolve((JSON.parse(output) as { messages: CheckerMessage[] }).messages);
    });
  });
}

describe('the HTML of every built page', () => {
  const pages = builtPages(inject('siteDir')).map(({ url }) => url);
  let onSite: CheckerMessage[] = [];
  let onKnownProblems: CheckerMessage[] = [];

  beforeAll(async () => {
    const messages = await check([...pages.map((url) => `${SITE}${url}`), KNOWN_PROBLEMS]);
    onSite = messages.filter((message) => message.url?.startsWith(SITE));
    onKnownProblems = messages.filter((message) => !message.url?.startsWith(SITE));
  }, 300_000);

  it('is valid to the Nu HTML Checker, with no warning but the accepted ones', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', ...Object.keys(REDIRECTS)]));
    expect(onSite.filter((message) => !acceptedBy(message)).map(failureLine)).toEqual([]);
  });

  it('reaches the test: a page with problems fails on each, and passes only the accepted warning', () => {
    expect(onKnownProblems.filter((message) => !acceptedBy(message)).map((message) => message.message)).toEqual([
      'Bad value “2026-01-05/2026-01-06” for attribute “datetime” on element “time”: The literal did not satisfy the time-datetime format.',
      'Section lacks heading. Consider using “h2”-“h6” elements to add identifying headings to all sections, or else use a “div” element instead for any cases where no heading is needed.',
    ]);
    expect(onKnownProblems.filter((message) => acceptedBy(message)).length).toBe(1);
  });

  it('accepts no warning the site no longer gives, so the list stays as short as it can be', () => {
    for (const accepted of ACCEPTED_WARNINGS) {
      expect(
        onSite.some((message) => acceptedBy(message) === accepted),
        accepted.reason,
      ).toBe(true);
    }
  });
});

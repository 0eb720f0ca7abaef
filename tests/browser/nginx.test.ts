/**
 * The built site behind Debian's nginx with the project's own configuration
 * (src/server/nginx.conf): the headers the build wrote, a Content Security
 * Policy that allows exactly the inline code the pages hold, caching by kind of
 * file, MIME types, the 404 page, redirects and precompressed files. The same
 * headers in `_headers`, for static hosts, are checked against what nginx sends.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isEmbedPath, oembedUrl, roundEmbedUrl } from '@/lib/base/embeds';
import { REDIRECTS } from '@/lib/base/urls';
import {
  CACHE_FOREVER,
  CACHE_REVALIDATE,
  DENIED_FEATURES,
  EMBED_FRAME_ANCESTORS,
  FRAME_ANCESTORS,
  HEADERS_FILE,
  inlineCodeOf,
  metaPolicyOf,
  NGINX_INCLUDE,
  policyDirectives,
  REFERRER_POLICY,
} from '@/lib/publish/http-headers';
import { builtFiles, builtPages, readPage, urlPathOf } from '@tests/helpers/html';
import { contentFiles } from './content';
import { startNginx, type RunningNginx } from './nginx';

const siteDir = inject('siteDir');
let nginx: RunningNginx;

beforeAll(async () => {
  nginx = await startNginx(siteDir);
});

afterAll(async () => {
  await nginx.stop();
});

const get = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${nginx.origin}${path}`, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'manual' });

/** The headers this project sets, as a server sent them. */
const SITE_HEADERS = [
  'content-security-policy',
  'strict-transport-security',
  'permissions-policy',
  'cross-origin-opener-policy',
  'x-content-type-options',
  'referrer-policy',
  'cache-control',
  'access-control-allow-origin',
];

/** A policy's directives but who may frame the page, which the header alone says. */
const withoutFraming = (policy: string): string[] =>
  policyDirectives(policy).filter((directive) => directive !== FRAME_ANCESTORS && directive !== EMBED_FRAME_ANCESTORS);

/** The sources a served policy lists for a directive: "script-src 'self' 'sha256-a='" → ["'self'", "'sha256-a='"]. */
const sourcesOf = (policy: string, directive: string): string[] =>
  policyDirectives(policy)
    .find((entry) => entry.startsWith(`${directive} `))
    ?.split(' ')
    .slice(1) ?? [];

/** The hash source a browser compares an inline script or style with, computed here apart from the build's own. */
const hashSource = (code: string): string => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

const siteHeadersOf = (response: Response): Record<string, string | null> =>
  Object.fromEntries(SITE_HEADERS.map((name) => [name, response.headers.get(name)]));

/** The files the server sends as they are: not the header files, not the compressed copies. */
const servedFiles = (): string[] =>
  builtFiles(siteDir).filter((file) => !file.endsWith('.gz') && file !== HEADERS_FILE && file !== NGINX_INCLUDE);

interface HeadersRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** The rules of a `_headers` file: a path pattern, then its headers indented. */
function headersRules(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const header = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (header) rules.at(-1)?.headers.push([header[1]?.toLowerCase() ?? '', header[2] ?? '']);
    else rules.push({ pattern: line, headers: [] });
  }
  return rules;
}

/** Whether a rule applies to `path`: a trailing `*` matches the rest of the path. */
const appliesTo = ({ pattern }: HeadersRule, path: string): boolean =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** The headers a static host sends for `path`: those of every rule that applies, a header named twice joined with a comma. */
function headersFor(rules: readonly HeadersRule[], path: string): Record<string, string | null> {
  const sent = new Map<string, string>();
  for (const [name, value] of rules.filter((rule) => appliesTo(rule, path)).flatMap((rule) => rule.headers)) {
    sent.set(name, sent.has(name) ? `${sent.get(name) ?? ''}, ${value}` : value);
  }
  return Object.fromEntries(SITE_HEADERS.map((name) => [name, sent.get(name) ?? null]));
}

describe('the site behind nginx', () => {
  const page = contentFiles('rounds')[0]?.url ?? '';

  it('sends every page with the policy of its <meta>, framing forbidden, HTTPS only, no powerful features, no shared window, no sniffing, the referrer kept on the site, and revalidation', async () => {
    const response = await get(page);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const header = policyDirectives(response.headers.get('content-security-policy') ?? '');
    const meta = policyDirectives(metaPolicyOf(await response.text()) ?? '');
    expect(meta.length).toBeGreaterThan(0);
    expect(header).toContain(FRAME_ANCESTORS);
    expect(header.filter((directive) => directive !== FRAME_ANCESTORS)).toEqual(meta);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const denied = response.headers.get('permissions-policy')?.split(', ') ?? [];
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(denied).toContain(`${feature}=()`);
    expect(denied).toHaveLength(DENIED_FEATURES.length);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe(REFERRER_POLICY);
    expect(response.headers.get('cache-control')).toBe(CACHE_REVALIDATE);
  });

  it('allows by hash every inline script and style of every page in the policy it is served with, and lists no hash that no page of its kind serves', async () => {
    // The site's pages and the embeddable cards each have a policy of their own.
    const kindOf = (url: string): string => (isEmbedPath(url) ? 'card' : 'page');
    const served = new Set<string>();
    const listed = new Set<string>();
    for (const { url, file } of builtPages(siteDir)) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      const policy = response.headers.get('content-security-policy') ?? '';
      const html = await response.text();
      const meta = metaPolicyOf(html);
      // Astro's redirect pages have no head, and run no script.
      if (meta !== undefined) expect(policyDirectives(meta), url).toEqual(withoutFraming(policy));
      const { scripts, styles } = inlineCodeOf(html);
      for (const [directive, codes] of [
        ['script-src', scripts],
        ['style-src', styles],
      ] as const) {
        const allowed = sourcesOf(policy, directive);
        for (const source of allowed.filter((entry) => entry.startsWith("'sha"))) listed.add(`${kindOf(url)} ${directive} ${source}`);
        for (const code of codes) {
          expect(allowed, `${file}: ${directive} for ${code.slice(0, 60)}`).toContain(hashSource(code));
          served.add(`${kindOf(url)} ${directive} ${hashSource(code)}`);
        }
      }
    }
    expect(served.size).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...served].sort());
  });

  it("caches Astro's hashed bundles and Pagefind's hashed index files for a year, and Pagefind's entry file and scripts not at all", async () => {
    const html = readPage(siteDir, page);
    const stylesheet = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1] ?? '';
    const fragment = builtFiles(siteDir).find((file) => file.startsWith('pagefind/fragment/') && file.endsWith('.pf_fragment')) ?? '';
    const meta = builtFiles(siteDir).find((file) => /^pagefind\/[^/]+\.pf_meta$/.test(file)) ?? '';
    const cachedFor = async (path: string): Promise<string | null> => {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      return response.headers.get('cache-control');
    };
    expect(await cachedFor(stylesheet)).toBe(CACHE_FOREVER);
    expect(await cachedFor(`/${fragment}`)).toBe(CACHE_FOREVER);
    expect(await cachedFor(`/${meta}`)).toBe(CACHE_FOREVER);
    expect(await cachedFor('/pagefind/pagefind-entry.json')).toBe(CACHE_REVALIDATE);
    expect(await cachedFor('/pagefind/pagefind.js')).toBe(CACHE_REVALIDATE);
  });

  it('sends each kind of file with its type, text in UTF-8', async () => {
    const expected: Record<string, string> = {
      html: 'text/html; charset=utf-8',
      css: 'text/css; charset=utf-8',
      js: 'application/javascript; charset=utf-8',
      json: 'application/json; charset=utf-8',
      xml: 'text/xml; charset=utf-8',
      svg: 'image/svg+xml; charset=utf-8',
      txt: 'text/plain; charset=utf-8',
      ics: 'text/calendar; charset=utf-8',
      csv: 'text/csv; charset=utf-8',
      pf_fragment: 'application/octet-stream',
      pf_index: 'application/octet-stream',
      pf_meta: 'application/octet-stream',
      pagefind: 'application/octet-stream',
    };
    const files = servedFiles();
    const oneOf = (extension: string): string | undefined => files.find((file) => file.endsWith(`.${extension}`));
    for (const [extension, type] of Object.entries(expected)) {
      const file = oneOf(extension);
      if (file === undefined) throw new Error(`the build has no .${extension} file to serve`);
      const response = await get(urlPathOf(file));
      expect(response.headers.get('content-type'), file).toBe(type);
    }
  });

  it('serves each moved address as a page that leads to the new one', async () => {
    for (const [from, to] of Object.entries(REDIRECTS)) {
      const response = await get(from);
      expect(response.status, from).toBe(200);
      expect(await response.text(), from).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
      expect((await get(to)).status, to).toBe(200);
    }
  });

  it('answers a missing address with the built 404 page, status 404 and every header', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(siteDir, '404.html'), 'utf8'));
    expect(response.headers.get('content-security-policy')).toContain(FRAME_ANCESTORS);
    expect(response.headers.get('strict-transport-security')).toContain('max-age=31536000');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe(CACHE_REVALIDATE);
  });

  it('lets any site frame the cards and read their oEmbed files, in every edition, and no other page', async () => {
    const round = contentFiles('rounds')[0]?.id ?? '';
    const cards = [roundEmbedUrl(round), '/ar/embed/issues/buffer-zone/', '/he/embed/timeline/'];
    for (const path of [...cards, ...cards.map(oembedUrl)]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(policyDirectives(response.headers.get('content-security-policy') ?? ''), path).toContain(EMBED_FRAME_ANCESTORS);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
    }
    for (const path of [page, '/ar/', '/he/issues/buffer-zone/', '/embed/no-such-card/', '/data/rounds.json']) {
      const response = await get(path);
      expect(policyDirectives(response.headers.get('content-security-policy') ?? ''), path).toContain(FRAME_ANCESTORS);
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
    }
  });

  it('answers a missing card with its edition’s 404 page, which no site may frame, and serves a card at its address without the slash', async () => {
    for (const [path, notFound] of [
      ['/embed/no-such-card/', '404.html'],
      ['/ar/embed/no-such-card/', 'ar/404/index.html'],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(readFileSync(join(siteDir, notFound), 'utf8'));
      expect(response.headers.get('content-security-policy'), path).toContain(FRAME_ANCESTORS);
    }
    const card = await get('/he/embed/timeline');
    expect(card.status).toBe(200);
    expect(await card.text()).toBe(readFileSync(join(siteDir, 'he/embed/timeline/index.html'), 'utf8'));
  });

  it('keeps _headers within the 100 rules Cloudflare Pages reads', () => {
    expect(headersRules(readFileSync(join(siteDir, HEADERS_FILE), 'utf8')).length).toBeLessThanOrEqual(100);
  });

  it('never serves the header files themselves', async () => {
    for (const file of [HEADERS_FILE, NGINX_INCLUDE]) expect((await get(`/${file}`)).status, file).toBe(404);
  });

  it("sends the build's precompressed copy to a client that accepts gzip, and the plain file to one that does not", async () => {
    const file = join(siteDir, page, 'index.html');
    const compressed = await get(page, { 'accept-encoding': 'gzip' });
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(compressed.headers.get('vary')).toBe('Accept-Encoding');
    // A copy compressed on the fly would come in chunks; the file on disk comes with its length.
    expect(compressed.headers.get('content-length')).toBe(String(statSync(`${file}.gz`).size));
    expect(await compressed.text()).toBe(readFileSync(file, 'utf8'));
    const plain = await get(page);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-length')).toBe(String(statSync(file).size));
  });

  it('gives every file one Cache-Control in _headers, and nginx sends what _headers says', async () => {
    const rules = headersRules(readFileSync(join(siteDir, HEADERS_FILE), 'utf8'));
    // A page is asked for by its address, or by its file's path.
    const paths = [...new Set(servedFiles().flatMap((file) => [urlPathOf(file), `/${file}`]))];
    for (const path of paths) expect([CACHE_FOREVER, CACHE_REVALIDATE], path).toContain(headersFor(rules, path)['cache-control']);
    // One file of each rule is enough for nginx: the rules are what the two files could disagree on.
    for (const rule of rules) {
      const path = paths.find((candidate) => appliesTo(rule, candidate));
      expect(path, rule.pattern).toBeDefined();
      const response = await fetch(`${nginx.origin}${path ?? ''}`, { method: 'HEAD' });
      expect(response.status, path).toBe(200);
      expect(siteHeadersOf(response), path).toEqual(headersFor(rules, path ?? ''));
    }
  });
});

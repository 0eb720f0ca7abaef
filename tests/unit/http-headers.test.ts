import { describe, expect, it } from 'vitest';
import {
  CACHE_FOREVER,
  CACHE_REVALIDATE,
  cachePatterns,
  commonHeaders,
  FRAME_ANCESTORS,
  headersFile,
  isContentHashed,
  isPrecompressed,
  metaPolicyOf,
  nginxInclude,
  policyDirectives,
  policyHeader,
  REFERRER_POLICY,
  sitePolicy,
  type PathPattern,
  type SiteHeaders,
} from '../../src/lib/http-headers';

/** A policy as Astro writes it into a page's <meta>. */
const META_POLICY =
  "default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AbC+/1='; style-src 'self' 'sha256-dEf=';";

const page = (file: string, policy?: string): { file: string; html: string } => ({
  file,
  html: `<!doctype html><head>${policy === undefined ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`}</head>`,
});

const hashed = (path: string): boolean => isContentHashed(path, '_astro');

/** Whether a pattern covers a path, as hosts read `/x/*` and `/x`. */
const covers = ({ path, under }: PathPattern, candidate: string): boolean => (under ? candidate.startsWith(path) : candidate === path);

const BUILT = [
  '/index.html',
  '/404.html',
  '/robots.txt',
  '/_astro/BaseLayout.BjJmOoWU.css',
  '/_astro/search.DranXllG.js',
  '/rounds/2026-01-05-paris/index.html',
  '/rounds/2025-07-24-paris/index.html',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/wasm.en.pagefind',
  '/pagefind/pagefind.en_687d43ae99.pf_meta',
  '/pagefind/fragment/en_1093af6.pf_fragment',
  '/pagefind/index/en_10e6cab.pf_index',
  '/pagefind/filter/en_47ee22f.pf_filter',
];

describe('policyDirectives', () => {
  it("splits a policy into its directives, whatever the spacing and the final ';'", () => {
    expect(policyDirectives(META_POLICY)).toEqual([
      "default-src 'self'",
      "object-src 'none'",
      "script-src 'self' 'wasm-unsafe-eval' 'sha256-AbC+/1='",
      "style-src 'self' 'sha256-dEf='",
    ]);
    expect(policyDirectives("a  'x' ;; b 'y'")).toEqual(["a 'x'", "b 'y'"]);
  });
});

describe('metaPolicyOf', () => {
  it('reads the policy of a page, and nothing from a page without one', () => {
    expect(metaPolicyOf(page('/index.html', META_POLICY).html)).toBe(META_POLICY);
    expect(metaPolicyOf(page('/newest-first/index.html').html)).toBeUndefined();
  });
});

describe('sitePolicy', () => {
  it('is the policy every page carries, leaving out the pages without one', () => {
    expect(sitePolicy([page('/index.html', META_POLICY), page('/newest-first/index.html'), page('/404.html', META_POLICY)])).toBe(
      META_POLICY,
    );
  });

  it('stops the build, naming a page of each policy, when the pages disagree', () => {
    const other = "default-src 'self'; script-src 'self' 'sha256-other='";
    expect(() => sitePolicy([page('/index.html', META_POLICY), page('/search/index.html', other)])).toThrow(
      /2 different Content Security Policies[\s\S]*\/index\.html[\s\S]*\/search\/index\.html: default-src/,
    );
  });

  it('stops the build when no page has a policy', () => {
    expect(() => sitePolicy([page('/index.html')])).toThrow(/no built page has a <meta http-equiv="content-security-policy">/);
  });
});

describe('policyHeader', () => {
  it("keeps every directive of the page's policy, hashes included, and forbids framing", () => {
    expect(policyHeader(META_POLICY)).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AbC+/1='; style-src 'self' 'sha256-dEf='; frame-ancestors 'none'",
    );
    expect(policyDirectives(policyHeader(META_POLICY))).toEqual([...policyDirectives(META_POLICY), FRAME_ANCESTORS]);
  });
});

describe('commonHeaders', () => {
  it('sends the policy, no sniffing and the referrer policy', () => {
    expect(commonHeaders(META_POLICY)).toEqual([
      { name: 'Content-Security-Policy', value: policyHeader(META_POLICY) },
      { name: 'X-Content-Type-Options', value: 'nosniff' },
      { name: 'Referrer-Policy', value: REFERRER_POLICY },
    ]);
  });
});

describe('isContentHashed', () => {
  it("is true for Astro's bundles and Pagefind's index files, whose names change with their content", () => {
    const hashedFiles = BUILT.filter((path) => path.startsWith('/_astro/') || /\.pf_\w+$/.test(path));
    expect(BUILT.filter(hashed)).toEqual(hashedFiles);
    expect(isContentHashed('/assets/a.1.js', 'assets')).toBe(true);
    expect(isContentHashed('/_astro/a.1.js', 'assets')).toBe(false);
  });

  it("is false for Pagefind's entry file, scripts and WebAssembly, and for pages", () => {
    for (const path of ['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind', '/rounds/x/index.html']) {
      expect(hashed(path), path).toBe(false);
    }
  });
});

describe('cachePatterns', () => {
  const patterns = cachePatterns(BUILT, hashed);

  it('covers a folder of one kind with one pattern and splits a mixed folder into its files and subfolders', () => {
    const under = (path: string): PathPattern => ({ path, under: true });
    const exact = (path: string): PathPattern => ({ path, under: false });
    expect(patterns.forever).toEqual([
      under('/_astro/'),
      under('/pagefind/filter/'),
      under('/pagefind/fragment/'),
      under('/pagefind/index/'),
      exact('/pagefind/pagefind.en_687d43ae99.pf_meta'),
    ]);
    expect(patterns.revalidate).toEqual([
      exact('/404.html'),
      exact('/'),
      exact('/index.html'),
      exact('/pagefind/pagefind-entry.json'),
      exact('/pagefind/pagefind.js'),
      exact('/pagefind/wasm.en.pagefind'),
      exact('/robots.txt'),
      under('/rounds/'),
    ]);
  });

  it('gives every file, and the address of every page, exactly one kind', () => {
    const addresses = [...BUILT, '/', '/rounds/2026-01-05-paris/'];
    for (const path of addresses) {
      const kinds = [patterns.forever, patterns.revalidate].filter((kind) => kind.some((pattern) => covers(pattern, path)));
      expect(kinds, path).toHaveLength(1);
      expect(
        patterns.forever.some((pattern) => covers(pattern, path)),
        path,
      ).toBe(hashed(path));
    }
  });

  it('is one pattern for a site of one kind', () => {
    expect(cachePatterns(['/index.html', '/a/index.html'], () => false)).toEqual({ forever: [], revalidate: [{ path: '/', under: true }] });
  });
});

const SITE: SiteHeaders = {
  common: commonHeaders(META_POLICY),
  caching: {
    forever: [
      { path: '/_astro/', under: true },
      { path: '/pagefind/pagefind.en_1.pf_meta', under: false },
    ],
    revalidate: [
      { path: '/', under: false },
      { path: '/rounds/', under: true },
    ],
  },
};

describe('headersFile', () => {
  it('sends the common headers to every path, and each Cache-Control only to its own patterns', () => {
    expect(headersFile(SITE)).toBe(
      [
        '# The headers of every response, written by the build from src/lib/http-headers.ts.',
        '',
        '/*',
        `  Content-Security-Policy: ${policyHeader(META_POLICY)}`,
        '  X-Content-Type-Options: nosniff',
        `  Referrer-Policy: ${REFERRER_POLICY}`,
        '',
        '/_astro/*',
        `  Cache-Control: ${CACHE_FOREVER}`,
        '',
        '/pagefind/pagefind.en_1.pf_meta',
        `  Cache-Control: ${CACHE_FOREVER}`,
        '',
        '/',
        `  Cache-Control: ${CACHE_REVALIDATE}`,
        '',
        '/rounds/*',
        `  Cache-Control: ${CACHE_REVALIDATE}`,
        '',
      ].join('\n'),
    );
  });

  it('refuses a value with a line break, which would end the rule', () => {
    expect(() => headersFile({ ...SITE, common: [{ name: 'X-Test', value: 'a\nb' }] })).toThrow(/X-Test holds a line break/);
  });
});

describe('nginxInclude', () => {
  const include = nginxInclude(SITE);
  const addHeaders = (indent: string, cacheControl: string): string[] => [
    `${indent}add_header Content-Security-Policy "${policyHeader(META_POLICY)}" always;`,
    `${indent}add_header X-Content-Type-Options "nosniff" always;`,
    `${indent}add_header Referrer-Policy "${REFERRER_POLICY}" always;`,
    `${indent}add_header Cache-Control "${cacheControl}" always;`,
  ];

  it('sends every header, revalidated, to every response, even an error', () => {
    expect(include).toContain(addHeaders('', CACHE_REVALIDATE).join('\n'));
  });

  it('repeats every header in a nested location for each pattern cached forever, and names no revalidated one', () => {
    expect(include).toContain(['location ^~ /_astro/ {', ...addHeaders('    ', CACHE_FOREVER), '}'].join('\n'));
    expect(include).toContain(['location = /pagefind/pagefind.en_1.pf_meta {', ...addHeaders('    ', CACHE_FOREVER), '}'].join('\n'));
    expect(include.match(/^location /gm)).toHaveLength(2);
  });

  it("refuses a value nginx would read otherwise: a quote, a backslash or a '$'", () => {
    for (const value of ['a"b', 'a\\b', '$uri']) {
      expect(() => nginxInclude({ ...SITE, common: [{ name: 'X-Test', value }] }), value).toThrow(/X-Test holds/);
    }
  });
});

describe('isPrecompressed', () => {
  it("is true for text files and false for Pagefind's index files and WebAssembly, which are gzip streams already", () => {
    for (const path of [
      '/index.html',
      '/_astro/a.css',
      '/_astro/a.js',
      '/feed.json',
      '/feed.xml',
      '/favicon.svg',
      '/robots.txt',
      '/rounds.ics',
    ]) {
      expect(isPrecompressed(path), path).toBe(true);
    }
    for (const path of [
      '/pagefind/fragment/en_1.pf_fragment',
      '/pagefind/wasm.en.pagefind',
      '/pagefind/pagefind.en_1.pf_meta',
      '/_headers',
    ]) {
      expect(isPrecompressed(path), path).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  CACHE_FOREVER,
  CACHE_REVALIDATE,
  commonHeaders,
  contentSecurityPolicy,
  cspHash,
  DENIED_FEATURES,
  EMBED_FRAME_ANCESTORS,
  FRAME_ANCESTORS,
  headersFile,
  HSTS_PRELOAD,
  inlineCodeOf,
  inlineHashes,
  isContentHashed,
  isPrecompressed,
  metaPolicyOf,
  nginxInclude,
  notFoundPageOf,
  pathHeaders,
  pathKind,
  pathPatterns,
  PATH_KINDS,
  policyOf,
  permissionsPolicy,
  policyDirectives,
  policyHeader,
  REFERRER_POLICY,
  strictTransportSecurity,
  withPolicyMeta,
  type PathPattern,
  type SiteHeaders,
} from '@/lib/publish/http-headers';

/** A policy as a page's <meta> carries it. */
const META_POLICY =
  "default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AbC+/1='; style-src 'self' 'sha256-dEf=';";

/** The cards' own policy, with their script's hash. */
const CARD_POLICY = "default-src 'self'; script-src 'self' 'sha256-CaRd='";

const POLICIES = { pages: META_POLICY, cards: CARD_POLICY };

/** A page as Astro writes one: data blocks and bundles in its head, inline code in its body. */
const PAGE = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>A &lt;round&gt;</title>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script type="module" src="/_astro/HeaderSearch.js"></script>',
  '<link rel="stylesheet" href="/_astro/index.css"></head>',
  '<body><a href="/" title="a > b">Home</a>',
  '<!-- <script>commented()</script> <p style="color: red"> -->',
  '<script type="application/json" data-search-labels>{"more":"More"}</script>',
  '<style>p { color: red }</style>',
  '<script type="module">copy("</p>")</script>',
  '<SCRIPT>classic()</SCRIPT >',
  '</body></html>',
].join('');

const hashed = (path: string): boolean => isContentHashed(path, '_astro');
const kindOf = (path: string) => pathKind(path, '_astro');

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
  '/embed/rounds/2026-01-05-paris/index.html',
  '/embed/rounds/2026-01-05-paris/oembed.json',
  '/embed/timeline/index.html',
  '/ar/index.html',
  '/ar/rounds/2026-01-05-paris/index.html',
  '/ar/embed/timeline/index.html',
  '/ar/embed/timeline/oembed.json',
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
    expect(metaPolicyOf(`<head><meta http-equiv="content-security-policy" content="${META_POLICY}"></head>`)).toBe(META_POLICY);
    expect(metaPolicyOf('<head><meta charset="utf-8"></head>')).toBeUndefined();
  });
});

describe('inlineCodeOf', () => {
  it('finds the inline scripts a browser runs and the inline styles, in order, and no bundle, data block or comment', () => {
    expect(inlineCodeOf(PAGE)).toEqual({ scripts: ['copy("</p>")', 'classic()'], styles: ['p { color: red }'], attributes: [] });
  });

  it('finds style and event-handler attributes, even after a quoted ">", but not in a comment or a script', () => {
    const html =
      '<p title="a > b" style="color: red">x</p><img src="a.png" onerror=alert(1)><script>"<b onclick=x>"</script><!-- <i style=""> -->';
    expect(inlineCodeOf(html)).toEqual({ scripts: ['"<b onclick=x>"'], styles: [], attributes: ['style', 'onerror'] });
  });

  it('takes any script type but JSON for code, as browsers run what they do not know to be data', () => {
    const html =
      '<script type="text/javascript">a()</script><script type="importmap">{}</script><script type="Application/LD+JSON">{}</script>';
    expect(inlineCodeOf(html).scripts).toEqual(['a()', '{}']);
  });
});

describe('cspHash', () => {
  it('is the SHA-256 source of the text in UTF-8, as the CSP specification and browsers compute it', () => {
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    expect(cspHash('var inline = 1;')).toBe("'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8='");
  });

  it('reads line breaks as the HTML parser does, CR LF and CR as LF', () => {
    expect(cspHash('a\r\nb')).toBe(cspHash('a\nb'));
    expect(cspHash('a\rb')).toBe(cspHash('a\nb'));
    expect(cspHash('a\nb')).not.toBe(cspHash('ab'));
  });
});

describe('inlineHashes', () => {
  const other = { file: '/search/index.html', html: '<script>classic()</script><script>search()</script>' };

  it('hashes the inline code of every page, each text once, sorted', () => {
    const scripts = [cspHash('copy("</p>")'), cspHash('classic()'), cspHash('search()')].sort();
    expect(inlineHashes([{ file: '/index.html', html: PAGE }, other])).toEqual({ scripts, styles: [cspHash('p { color: red }')] });
  });

  it('is empty for pages with no inline code: no hash of an empty text', () => {
    expect(inlineHashes([{ file: '/index.html', html: '<head><script type="module" src="/a.js"></script></head>' }])).toEqual({
      scripts: [],
      styles: [],
    });
  });

  it('stops the build, naming each page and attribute, for style and event-handler attributes', () => {
    const pages = [
      { file: '/a/index.html', html: '<p style="x" style="y">' },
      other,
      { file: '/b/index.html', html: '<button onclick="go()">' },
    ];
    expect(() => inlineHashes(pages)).toThrow(
      /blocks style and event-handler attributes[\s\S]*- \/a\/index\.html: style\n {2}- \/b\/index\.html: onclick\nMove each style into the component's <style>/,
    );
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts and styles from the site and by hash, WebAssembly, and nothing from elsewhere', () => {
    expect(policyDirectives(contentSecurityPolicy({ scripts: ["'sha256-a='", "'sha256-b='"], styles: ["'sha256-c='"] }))).toEqual([
      "default-src 'self'",
      "connect-src 'self'",
      "img-src 'self'",
      "font-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='",
      "style-src 'self' 'sha256-c='",
    ]);
  });

  it('has no hash at all for a site with no inline code', () => {
    const policy = contentSecurityPolicy({ scripts: [], styles: [] });
    expect(policy).not.toContain('sha256');
    expect(policyDirectives(policy)).toContain("style-src 'self'");
  });
});

describe('withPolicyMeta', () => {
  const policy = "default-src 'self'; script-src 'self'";

  it('puts the policy first in the head, after the charset, before any script', () => {
    const html = withPolicyMeta(PAGE, policy);
    expect(
      html.startsWith(
        `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><title>`,
      ),
    ).toBe(true);
    expect(metaPolicyOf(html)).toBe(policy);
    expect(inlineCodeOf(html)).toEqual(inlineCodeOf(PAGE));
  });

  it('puts it right after <head> in a page with no charset, and leaves a page with no head as it is', () => {
    expect(withPolicyMeta('<html><head lang="en"><title>x</title>', policy)).toBe(
      `<html><head lang="en"><meta http-equiv="content-security-policy" content="${policy}"><title>x</title>`,
    );
    const redirect = '<!doctype html><title>Redirecting to: /rounds/x/</title><meta http-equiv="refresh" content="0;url=/rounds/x/">';
    expect(withPolicyMeta(redirect, policy)).toBe(redirect);
  });

  it('stops the build for a page that has a policy already, which would be enforced as well', () => {
    expect(() => withPolicyMeta(withPolicyMeta(PAGE, policy), policy)).toThrow(/remove security\.csp from astro\.config\.ts/);
  });
});

describe('policyHeader', () => {
  it("keeps every directive of the page's policy, hashes included, and forbids framing", () => {
    expect(policyHeader(META_POLICY)).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AbC+/1='; style-src 'self' 'sha256-dEf='; frame-ancestors 'none'",
    );
    expect(policyDirectives(policyHeader(META_POLICY))).toEqual([...policyDirectives(META_POLICY), FRAME_ANCESTORS]);
  });

  it('lets any site frame a page when told to, with the same directives otherwise', () => {
    expect(policyDirectives(policyHeader(META_POLICY, EMBED_FRAME_ANCESTORS))).toEqual([
      ...policyDirectives(META_POLICY),
      'frame-ancestors *',
    ]);
  });
});

describe('strictTransportSecurity', () => {
  it('asks for HTTPS for a year on every subdomain, and for preloading only when told', () => {
    expect(strictTransportSecurity(false)).toBe('max-age=31536000; includeSubDomains');
    expect(strictTransportSecurity(true)).toBe('max-age=31536000; includeSubDomains; preload');
    expect(HSTS_PRELOAD).toBe(false);
  });
});

describe('permissionsPolicy', () => {
  it('denies each feature to every origin', () => {
    expect(permissionsPolicy(['camera', 'usb'])).toBe('camera=(), usb=()');
  });

  it('denies the powerful features, but not the clipboard the citation buttons write to', () => {
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(DENIED_FEATURES).toContain(feature);
    expect(DENIED_FEATURES).not.toContain('clipboard-write');
  });
});

describe('commonHeaders', () => {
  it('sends HTTPS only, no powerful features, no shared window, no sniffing and the referrer policy, and no header that differs by path', () => {
    expect(commonHeaders()).toEqual([
      { name: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
      { name: 'Permissions-Policy', value: permissionsPolicy(DENIED_FEATURES) },
      { name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
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

describe('pathKind', () => {
  it('sorts hashed files first, then the cards and their oEmbed files of every edition, then every other file', () => {
    expect(kindOf('/_astro/a.1.js')).toBe('hashed');
    expect(kindOf('/embed/rounds/2026-01-05-paris/')).toBe('embed');
    expect(kindOf('/he/embed/issues/buffer-zone/oembed.json')).toBe('embed');
    expect(kindOf('/rounds/2026-01-05-paris/')).toBe('other');
    expect(kindOf('/ar/rounds/embed/')).toBe('other');
  });
});

describe('pathPatterns', () => {
  const patterns = pathPatterns(BUILT, kindOf);
  const under = (path: string): PathPattern => ({ path, under: true });
  const exact = (path: string): PathPattern => ({ path, under: false });

  it('covers a folder of one kind with one pattern and splits a mixed folder into its files and subfolders', () => {
    expect(patterns.hashed).toEqual([
      under('/_astro/'),
      under('/pagefind/filter/'),
      under('/pagefind/fragment/'),
      under('/pagefind/index/'),
      exact('/pagefind/pagefind.en_687d43ae99.pf_meta'),
    ]);
    expect(patterns.embed).toEqual([under('/ar/embed/'), under('/embed/')]);
    expect(patterns.other).toEqual([
      exact('/404.html'),
      exact('/ar/'),
      exact('/ar/index.html'),
      under('/ar/rounds/'),
      exact('/'),
      exact('/index.html'),
      exact('/pagefind/pagefind-entry.json'),
      exact('/pagefind/pagefind.js'),
      exact('/pagefind/wasm.en.pagefind'),
      exact('/robots.txt'),
      under('/rounds/'),
    ]);
  });

  it('gives every file, and the address of every page, exactly one kind, its own', () => {
    const addresses = [...BUILT, '/', '/rounds/2026-01-05-paris/', '/embed/timeline/', '/ar/embed/timeline/'];
    for (const path of addresses) {
      const kinds = PATH_KINDS.filter((kind) => patterns[kind].some((pattern) => covers(pattern, path)));
      expect(kinds, path).toEqual([kindOf(path)]);
    }
  });

  it('is one pattern for a site of one kind', () => {
    expect(pathPatterns(['/index.html', '/a/index.html'], () => 'other')).toEqual({ hashed: [], embed: [], other: [under('/')] });
  });
});

describe('policyOf', () => {
  it('gives the cards of every edition their own policy, and every other page the site’s', () => {
    for (const path of ['/embed/timeline/', '/ar/embed/rounds/x/index.html']) expect(policyOf(path, POLICIES), path).toBe(CARD_POLICY);
    for (const path of ['/', '/rounds/x/', '/he/404/index.html']) expect(policyOf(path, POLICIES), path).toBe(META_POLICY);
  });
});

describe('pathHeaders', () => {
  it('caches hashed files forever and revalidates the rest, every one under the pages’ policy', () => {
    expect(pathHeaders('hashed', POLICIES)).toEqual([
      { name: 'Cache-Control', value: CACHE_FOREVER },
      { name: 'Content-Security-Policy', value: policyHeader(META_POLICY) },
    ]);
    expect(pathHeaders('other', POLICIES)).toEqual([
      { name: 'Cache-Control', value: CACHE_REVALIDATE },
      { name: 'Content-Security-Policy', value: policyHeader(META_POLICY) },
    ]);
  });

  it('lets any site frame a card, under the cards’ own policy, and read it and its oEmbed file from a script', () => {
    expect(pathHeaders('embed', POLICIES)).toEqual([
      { name: 'Cache-Control', value: CACHE_REVALIDATE },
      { name: 'Content-Security-Policy', value: policyHeader(CARD_POLICY, EMBED_FRAME_ANCESTORS) },
      { name: 'Access-Control-Allow-Origin', value: '*' },
    ]);
  });
});

const SITE: SiteHeaders = {
  policies: POLICIES,
  common: commonHeaders(),
  patterns: {
    hashed: [
      { path: '/_astro/', under: true },
      { path: '/pagefind/pagefind.en_1.pf_meta', under: false },
    ],
    embed: [{ path: '/embed/', under: true }],
    other: [
      { path: '/', under: false },
      { path: '/rounds/', under: true },
    ],
  },
};

describe('headersFile', () => {
  it('sends the common headers to every path, and each kind of file its caching and policy, from rules that never overlap', () => {
    const kindRule = (pattern: string, kind: 'hashed' | 'embed' | 'other'): string[] => [
      pattern,
      ...pathHeaders(kind, POLICIES).map(({ name, value }) => `  ${name}: ${value}`),
      '',
    ];
    expect(headersFile(SITE)).toBe(
      [
        '# The headers of every response, written by the build from src/lib/publish/http-headers.ts.',
        '',
        '/*',
        '  Strict-Transport-Security: max-age=31536000; includeSubDomains',
        `  Permissions-Policy: ${permissionsPolicy(DENIED_FEATURES)}`,
        '  Cross-Origin-Opener-Policy: same-origin',
        '  X-Content-Type-Options: nosniff',
        `  Referrer-Policy: ${REFERRER_POLICY}`,
        '',
        ...kindRule('/_astro/*', 'hashed'),
        ...kindRule('/pagefind/pagefind.en_1.pf_meta', 'hashed'),
        ...kindRule('/embed/*', 'embed'),
        ...kindRule('/', 'other'),
        ...kindRule('/rounds/*', 'other'),
      ].join('\n'),
    );
  });

  it('names the policy in no rule that covers everything, so no card is forbidden to be framed', () => {
    const everything = headersFile(SITE)
      .split('\n\n')
      .find((rule) => rule.startsWith('/*\n'));
    expect(everything).not.toContain('Content-Security-Policy');
  });

  it('refuses a value with a line break, which would end the rule', () => {
    expect(() => headersFile({ ...SITE, common: [{ name: 'X-Test', value: 'a\nb' }] })).toThrow(/X-Test holds a line break/);
  });
});

describe('notFoundPageOf', () => {
  it('names the page not found of the edition an address is in, as the server block does', () => {
    expect(notFoundPageOf('/embed/')).toBe('/404.html');
    expect(notFoundPageOf('/ar/embed/')).toBe('/ar/404/');
    expect(notFoundPageOf('/he/embed/rounds/')).toBe('/he/404/');
  });
});

describe('nginxInclude', () => {
  const include = nginxInclude(SITE);
  const addHeaders = (indent: string, kind: 'hashed' | 'embed' | 'other'): string[] =>
    [...commonHeaders(), ...pathHeaders(kind, POLICIES)].map(({ name, value }) => `${indent}add_header ${name} "${value}" always;`);

  it('sends every header of other files to every response, even an error', () => {
    expect(include).toContain(addHeaders('', 'other').join('\n'));
    expect(addHeaders('', 'other').join('\n')).toContain(FRAME_ANCESTORS);
  });

  it('repeats every header in a nested location for each pattern of hashed files and of cards, and names no other', () => {
    expect(include).toContain(['location ^~ /_astro/ {', ...addHeaders('    ', 'hashed'), '}'].join('\n'));
    expect(include).toContain(['location = /pagefind/pagefind.en_1.pf_meta {', ...addHeaders('    ', 'hashed'), '}'].join('\n'));
    expect(include).toContain(
      [
        'location ^~ /embed/ {',
        '    error_page 404 /404.html;',
        '    try_files $uri $uri/index.html =404;',
        ...addHeaders('    ', 'embed'),
        '}',
      ].join('\n'),
    );
    expect(include.match(/^location /gm)).toHaveLength(3);
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

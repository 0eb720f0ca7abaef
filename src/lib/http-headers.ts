/**
 * The site's HTTP headers, one list for every server: the Content Security Policy as a header, no MIME sniffing, no
 * referrer sent to other sites, and how long each file may be cached. The build writes them as `_headers` for static
 * hosts and as an include for nginx (src/integrations/http-headers.ts, src/server/nginx.conf).
 */
import { SEARCH_BUNDLE_DIR } from './search-client-config';

/** One response header. */
export interface Header {
  name: string;
  value: string;
}

/** For files whose names change with their content: a later build publishes new names, so a copy never goes stale. */
export const CACHE_FOREVER = 'public, max-age=31536000, immutable';

/**
 * For every other file: pages, Pagefind's entry file and scripts, feeds and data. A page names the hashed files of its
 * own build, which the next build removes, so a copy kept for even a few minutes could ask for styles and scripts that
 * are gone, and a correction must reach readers at once. The browser keeps a copy but asks first; an unchanged file
 * costs a 304 with no body.
 */
export const CACHE_REVALIDATE = 'no-cache';

/** What only a header policy can say: no other site may show the pages in a frame. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/**
 * `same-origin`, stricter than the browsers' default: the site's own pages see where a reader came from, other sites
 * learn nothing, as the links to sources already promise with rel="noreferrer". The site makes no cross-origin request
 * that would need more.
 */
export const REFERRER_POLICY = 'same-origin';

/** The name of the file static hosts read the headers from, at the root of the site. */
export const HEADERS_FILE = '_headers';

/** The name of the nginx include with the same headers, at the root of the site; src/server/nginx.conf never serves it. */
export const NGINX_INCLUDE = 'nginx-headers.conf';

/** The directives of a policy, in order: "a 'self';b 'none';" → ["a 'self'", "b 'none'"]. */
export function policyDirectives(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter((directive) => directive !== '');
}

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, or undefined for a page without one. */
export function metaPolicyOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/**
 * The one policy every built page carries in its `<meta>`. Astro hashes every script and style of the build into each
 * page's policy, so the pages agree; if one ever differs, one header for the whole site would block its scripts, and
 * the build must stop. Pages without a policy are left out: a page that runs no script needs none.
 */
export function sitePolicy(pages: readonly { file: string; html: string }[]): string {
  const withPolicy = pages.flatMap(({ file, html }) => {
    const policy = metaPolicyOf(html);
    return policy === undefined ? [] : [{ file, policy }];
  });
  // One page for each policy, the first that carries it.
  const examples = [...Map.groupBy(withPolicy, ({ policy }) => policyDirectives(policy).join('; ')).values()].flatMap((group) =>
    group.slice(0, 1),
  );
  const [first] = examples;
  if (!first) {
    throw new Error('HTTP headers: no built page has a <meta http-equiv="content-security-policy">; set security.csp in astro.config.ts');
  }
  if (examples.length > 1) {
    const listed = examples.map(({ file, policy }) => `  - ${file}: ${policy}`).join('\n');
    throw new Error(
      `HTTP headers: the built pages carry ${examples.length} different Content Security Policies, but the site sends one header for every page:\n${listed}`,
    );
  }
  return first.policy;
}

/** The policy header for pages whose `<meta>` carries `metaPolicy`: the same directives, then frame-ancestors. */
export function policyHeader(metaPolicy: string): string {
  return [...policyDirectives(metaPolicy), FRAME_ANCESTORS].join('; ');
}

/** The headers every response carries, whatever its path or status. */
export function commonHeaders(metaPolicy: string): Header[] {
  return [
    { name: 'Content-Security-Policy', value: policyHeader(metaPolicy) },
    { name: 'X-Content-Type-Options', value: 'nosniff' },
    { name: 'Referrer-Policy', value: REFERRER_POLICY },
  ];
}

/**
 * True for a file whose name carries a hash of its content: Astro's bundles (`/_astro/…`) and Pagefind's index files
 * (`/pagefind/…/*.pf_fragment`, `.pf_index`, `.pf_filter`, `pagefind.en_1a2b.pf_meta`). Pagefind's entry file,
 * scripts and WebAssembly keep their names from build to build.
 */
export function isContentHashed(path: string, assetsDir: string): boolean {
  return path.startsWith(`/${assetsDir}/`) || (path.startsWith(`/${SEARCH_BUNDLE_DIR}/`) && /\.pf_[a-z]+$/.test(path));
}

/** Paths a rule applies to: everything under a folder (`/_astro/`), or one address (`/robots.txt`, `/`). */
export interface PathPattern {
  path: string;
  under: boolean;
}

/** Which paths may be cached forever and which must be revalidated; no path matches both. */
export interface CachePatterns {
  forever: PathPattern[];
  revalidate: PathPattern[];
}

/** The addresses a file is requested at: its own, and its folder's for an index.html. */
function addressesOf(file: string): PathPattern[] {
  const exact = (path: string): PathPattern => ({ path, under: false });
  return file.endsWith('/index.html') ? [exact(file.slice(0, -'index.html'.length)), exact(file)] : [exact(file)];
}

/**
 * Few patterns that sort every built file by `hashed`: a folder whose files are all alike is one pattern, a mixed
 * folder is split into its files and subfolders. No path matches a pattern of both kinds, so a host that joins the
 * values of every rule a path matches still sends one Cache-Control.
 * @example cachePatterns(['/_astro/a.1.js', '/index.html', '/rounds/x/index.html'], …)
 *   → forever [/_astro/ and under], revalidate [/, /index.html, /rounds/ and under]
 */
export function cachePatterns(files: readonly string[], hashed: (path: string) => boolean): CachePatterns {
  const patterns: CachePatterns = { forever: [], revalidate: [] };
  const sort = (folder: string, paths: readonly string[]): void => {
    const kinds = new Set(paths.map(hashed));
    if (kinds.size === 1) {
      patterns[kinds.has(true) ? 'forever' : 'revalidate'].push({ path: folder, under: true });
      return;
    }
    // Each file directly in the folder stands for itself; the others group under their subfolder, "/x/".
    const entries = Map.groupBy(paths, (path) => {
      const end = path.indexOf('/', folder.length);
      return end === -1 ? path : path.slice(0, end + 1);
    });
    for (const [entry, inside] of entries) {
      if (entry.endsWith('/')) sort(entry, inside);
      else patterns[hashed(entry) ? 'forever' : 'revalidate'].push(...addressesOf(entry));
    }
  };
  sort('/', [...files].sort());
  return patterns;
}

/** Everything a server needs to send the site's headers. */
export interface SiteHeaders {
  /** Sent with every response. */
  common: Header[];
  /** Cache-Control by path. */
  caching: CachePatterns;
}

/** Stops a value that would break the files it is written into: a line break in either, a quote or a `$` in nginx's. */
function checked(header: Header): Header {
  if (/["\\$\r\n]/.test(header.value))
    throw new Error(`HTTP headers: ${header.name} holds a line break, quote, backslash or $: ${header.value}`);
  return header;
}

/** The Cache-Control header of a kind of file. */
const cacheControl = (value: string): Header => ({ name: 'Cache-Control', value });

/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern, then its headers indented. Both send every
 * header of every rule a path matches, so Cache-Control comes only from rules that never overlap.
 */
export function headersFile({ common, caching }: SiteHeaders): string {
  const rule = (pattern: string, headers: Header[]): string =>
    [pattern, ...headers.map(checked).map(({ name, value }) => `  ${name}: ${value}`)].join('\n');
  const cacheRules = (patterns: PathPattern[], value: string): string[] =>
    patterns.map(({ path, under }) => rule(under ? `${path}*` : path, [cacheControl(value)]));
  return `${[
    '# The headers of every response, written by the build from src/lib/http-headers.ts.',
    rule('/*', common),
    ...cacheRules(caching.forever, CACHE_FOREVER),
    ...cacheRules(caching.revalidate, CACHE_REVALIDATE),
  ].join('\n\n')}\n`;
}

/**
 * The nginx include for `location /` (src/server/nginx.conf): the headers of every response, and a nested location
 * for each pattern of files cached forever. A location with its own add_header drops every one it would inherit, so
 * each repeats them all; `always` sends them with the 404 page too.
 */
export function nginxInclude({ common, caching }: SiteHeaders): string {
  const addHeaders = (indent: string, value: string): string[] =>
    [...common, cacheControl(value)].map(checked).map(({ name, value: text }) => `${indent}add_header ${name} "${text}" always;`);
  const locations = caching.forever.map(({ path, under }) =>
    [`location ${under ? '^~' : '='} ${path} {`, ...addHeaders('    ', CACHE_FOREVER), '}'].join('\n'),
  );
  return `${[
    '# The headers of every response, written by the build from src/lib/http-headers.ts; included in location /.',
    addHeaders('', CACHE_REVALIDATE).join('\n'),
    ...locations,
  ].join('\n\n')}\n`;
}

/**
 * True for a text file worth a precompressed `.gz` beside it, for servers that send it as is (nginx's gzip_static).
 * Pagefind's index files and WebAssembly are gzip streams already, which Pagefind's script unpacks itself.
 */
export function isPrecompressed(path: string): boolean {
  return /\.(?:html|css|js|mjs|json|xml|svg|txt|ics)$/.test(path);
}

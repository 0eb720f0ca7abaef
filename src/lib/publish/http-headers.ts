/**
 * The site's HTTP headers, one list for every server: a Content Security Policy made from the inline code the build
 * wrote, no frame of another site but around an embeddable card, HTTPS only, no powerful browser features, no window
 * shared with other sites, no MIME sniffing, no referrer sent to other sites, and how long each file may be cached. The build writes them as `_headers` for static hosts and
 * as an include for nginx (src/integrations/http-headers.ts, src/server/nginx.conf).
 */
import { isEmbedPath } from '@/lib/base/embeds';
import { DEFAULT_LOCALE, localeOfPath, localizedPath } from '@/lib/base/locales';
import { SEARCH_BUNDLE_URL } from '@/lib/base/urls';
import { createHash } from 'node:crypto';

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

/** The embeddable cards' own: any site may show them in a frame. */
export const EMBED_FRAME_ANCESTORS = 'frame-ancestors *';

/**
 * `same-origin`, stricter than the browsers' default: the site's own pages see where a reader came from, other sites
 * learn nothing, as the links to sources already promise with rel="noreferrer". The site makes no cross-origin request
 * that would need more.
 */
export const REFERRER_POLICY = 'same-origin';

/** A year, the least the browsers' preload list accepts; a reader who came once keeps to HTTPS for that long. */
export const HSTS_MAX_AGE = 31_536_000;

/**
 * Whether Strict-Transport-Security asks to be preloaded into browsers. Off: a preloaded domain takes months to leave
 * the list, so it is for the domain's owner to choose once every subdomain serves HTTPS (src/server/README.md, "HTTPS and preloading").
 */
export const HSTS_PRELOAD = false;

/** The Strict-Transport-Security value: HTTPS for a year on the site's host and every subdomain, preloaded on request. */
export function strictTransportSecurity(preload: boolean): string {
  return [`max-age=${HSTS_MAX_AGE}`, 'includeSubDomains', ...(preload ? ['preload'] : [])].join('; ');
}

/**
 * The powerful features no page uses, denied to the site and to anything it might ever embed, each one Chromium knows
 * (it warns of a name it does not). Writing to the clipboard stays allowed: the "Cite this" buttons do
 * (src/components/article/CopyText.astro).
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
] as const;

/** The Permissions-Policy value denying `features` to every origin: "camera=(), usb=()". */
export function permissionsPolicy(features: readonly string[]): string {
  return features.map((feature) => `${feature}=()`).join(', ');
}

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

/** The inline code of a page that a Content Security Policy governs. */
export interface InlineCode {
  /** The text of each `<script>` without `src` that the browser runs: JSON data blocks are left out. */
  scripts: string[];
  /** The text of each `<style>`. */
  styles: string[];
  /** The names of its `style` and event-handler (`onclick`) attributes, which only 'unsafe-hashes' could allow. */
  attributes: string[];
}

/** An element's attributes: `name`, `name=value`, `name="value"` or `name='value'`, a `>` allowed inside quotes. */
const ATTRIBUTES = String.raw`(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*`;

/**
 * The parts of a page's HTML that matter to a policy, in one pass so that none is read inside another: a comment, a
 * script or style element (its text runs to its end tag, as HTML reads it), or any other start tag.
 */
const PARTS = new RegExp(
  String.raw`<!--[\s\S]*?-->|<(script|style)\b(${ATTRIBUTES})\s*>([\s\S]*?)</\1\s*>|<[a-z][^\s/>]*(${ATTRIBUTES})\s*/?>`,
  'gi',
);

/** One attribute of an element's attribute text, with its value unquoted. */
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** An element's attributes by lower-case name: ` type="module" async` → { type: 'module', async: '' }. */
function attributesOf(text: string): Map<string, string> {
  return new Map(
    [...text.matchAll(ATTRIBUTE)].map(([, name = '', doubleQuoted, singleQuoted, unquoted]) => [
      name.toLowerCase(),
      doubleQuoted ?? singleQuoted ?? unquoted ?? '',
    ]),
  );
}

/** True for a script that only carries data (JSON-LD, the search page's labels): browsers never run it, and CSP lets it be. */
const isDataBlock = (type: string | undefined): boolean => type !== undefined && /json$/i.test(type.trim());

/** The inline scripts, styles and blocked attributes of a page, in the order they appear. */
export function inlineCodeOf(html: string): InlineCode {
  const code: InlineCode = { scripts: [], styles: [], attributes: [] };
  for (const [part, element, elementAttributes = '', text = '', tagAttributes = ''] of html.matchAll(PARTS)) {
    if (part.startsWith('<!--')) continue;
    const attributes = attributesOf(element === undefined ? tagAttributes : elementAttributes);
    code.attributes.push(...[...attributes.keys()].filter((name) => name === 'style' || /^on[a-z]+$/.test(name)));
    if (element?.toLowerCase() === 'style') code.styles.push(text);
    else if (element !== undefined && !attributes.has('src') && !isDataBlock(attributes.get('type'))) code.scripts.push(text);
  }
  return code;
}

/**
 * The policy source allowing one inline script or style, as a browser hashes it: the text with its line breaks as the
 * HTML parser reads them (CR LF and CR as LF), in UTF-8, SHA-256, in base64.
 * @example cspHash('') // "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
 */
export function cspHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

/** The hash sources of the inline code of a whole site, each once, in a stable order. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/**
 * The hashes of every inline script and style of the built pages. Stops the build, naming each page, if a page has a
 * `style` or event-handler attribute: only 'unsafe-hashes' could allow one, and it would let injected markup put an
 * allowed handler or style on any element.
 */
export function inlineHashes(pages: Iterable<{ file: string; html: string }>): InlineHashes {
  // Pages are read one at a time and only their distinct inline texts kept: a large site's pages never sit in memory
  // together.
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const blocked: string[] = [];
  for (const { file, html } of pages) {
    const code = inlineCodeOf(html);
    for (const script of code.scripts) scripts.add(script);
    for (const style of code.styles) styles.add(style);
    if (code.attributes.length > 0) blocked.push(`  - ${file}: ${[...new Set(code.attributes)].join(', ')}`);
  }
  if (blocked.length > 0) {
    throw new Error(
      `HTTP headers: the Content Security Policy blocks style and event-handler attributes, and these pages have some:\n${blocked.join('\n')}\nMove each style into the component's <style> and each handler into its <script>, with addEventListener.`,
    );
  }
  const hashes = (texts: ReadonlySet<string>): string[] => [...new Set([...texts].map(cspHash))].sort();
  return { scripts: hashes(scripts), styles: hashes(styles) };
}

/**
 * A Content Security Policy, as a page's `<meta>` can carry it, for pages whose inline code has these hashes. Two
 * policies serve the whole site (SitePolicies): one for its pages, one for the embeddable cards, each with the hashes
 * of every inline text of its pages: each hash lets run only one text the build wrote, so a page allowed another
 * page's script can run nothing an attacker chose. Scripts and styles otherwise come from the site alone;
 * Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval'; nothing else is evaluated.
 */
export function contentSecurityPolicy({ scripts, styles }: InlineHashes): string {
  return [
    "default-src 'self'",
    "connect-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
  ].join('; ');
}

/**
 * The policy header for pages under `policy`: the same directives, then who may frame them, which a `<meta>` cannot
 * carry: no one, unless told otherwise.
 */
export function policyHeader(policy: string, frameAncestors: string = FRAME_ANCESTORS): string {
  return [...policyDirectives(policy), frameAncestors].join('; ');
}

/**
 * A page with `policy` in a `<meta>` at the top of its `<head>`, after its charset, before any script it governs; a
 * page without a `<head>` is left as it is.
 */
export function withPolicyMeta(html: string, policy: string): string {
  if (metaPolicyOf(html) !== undefined)
    throw new Error('HTTP headers: a built page already has a <meta> Content Security Policy; remove security.csp from astro.config.ts');
  return html.replace(
    /<head(?:\s[^>]*)?>(?:<meta charset="[^"]*">)?/i,
    (head) => `${head}<meta http-equiv="content-security-policy" content="${policy}">`,
  );
}

/** The headers every response carries, whatever its path or status; the policy and caching depend on the path (pathHeaders). */
export function commonHeaders(): Header[] {
  return [
    { name: 'Strict-Transport-Security', value: strictTransportSecurity(HSTS_PRELOAD) },
    { name: 'Permissions-Policy', value: permissionsPolicy(DENIED_FEATURES) },
    // No page of another site that a reader opens from here, or that opens one of ours, shares a window with it.
    { name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
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
  return path.startsWith(`/${assetsDir}/`) || (path.startsWith(SEARCH_BUNDLE_URL) && /\.pf_[a-z]+$/.test(path));
}

/** A built file's kind, which decides its headers: hashed first, as no card's folder holds a hashed file. */
export function pathKind(path: string, assetsDir: string): PathKind {
  if (isContentHashed(path, assetsDir)) return 'hashed';
  return isEmbedPath(path) ? 'embed' : 'other';
}

/** Paths a rule applies to: everything under a folder (`/_astro/`), or one address (`/robots.txt`, `/`). */
export interface PathPattern {
  path: string;
  under: boolean;
}

/**
 * The kinds of file that get different headers: content-hashed files, cached forever; the embeddable cards and their
 * oEmbed files, which any site may frame and read; and every other file.
 */
export const PATH_KINDS = ['hashed', 'embed', 'other'] as const;

export type PathKind = (typeof PATH_KINDS)[number];

/** The patterns of each kind of file; no path matches two kinds. */
export type PathPatterns = Record<PathKind, PathPattern[]>;

/** The addresses a file is requested at: its own, and its folder's for an index.html. */
function addressesOf(file: string): PathPattern[] {
  const exact = (path: string): PathPattern => ({ path, under: false });
  return file.endsWith('/index.html') ? [exact(file.slice(0, -'index.html'.length)), exact(file)] : [exact(file)];
}

/**
 * Few patterns that sort every built file by `kindOf`: a folder whose files are all of one kind is one pattern, a
 * mixed folder is split into its files and subfolders. No path matches patterns of two kinds, so a host that joins
 * the values of every rule a path matches still sends one Cache-Control and one policy.
 * @example pathPatterns(['/_astro/a.1.js', '/index.html', '/embed/timeline/index.html'], …)
 *   → hashed [/_astro/ and under], embed [/embed/ and under], other [/, /index.html]
 */
export function pathPatterns(files: readonly string[], kindOf: (path: string) => PathKind): PathPatterns {
  const patterns: PathPatterns = { hashed: [], embed: [], other: [] };
  const sort = (folder: string, paths: readonly string[]): void => {
    const kinds = new Set(paths.map(kindOf));
    const [only] = kinds;
    if (kinds.size === 1 && only !== undefined) {
      patterns[only].push({ path: folder, under: true });
      return;
    }
    // Each file directly in the folder stands for itself; the others group under their subfolder, "/x/".
    const entries = Map.groupBy(paths, (path) => {
      const end = path.indexOf('/', folder.length);
      return end === -1 ? path : path.slice(0, end + 1);
    });
    for (const [entry, inside] of entries) {
      if (entry.endsWith('/')) sort(entry, inside);
      else patterns[kindOf(entry)].push(...addressesOf(entry));
    }
  };
  sort('/', [...files].sort());
  return patterns;
}

/**
 * The site's two policies, each allowing its own pages' inline code alone: a card's script is nowhere else, and every
 * page would otherwise carry its hash.
 */
export interface SitePolicies {
  pages: string;
  cards: string;
}

/** The policy of a page at `path`, as its `<meta>` carries it. */
export const policyOf = (path: string, policies: SitePolicies): string => (isEmbedPath(path) ? policies.cards : policies.pages);

/** Everything a server needs to send the site's headers. */
export interface SiteHeaders {
  policies: SitePolicies;
  /** Sent with every response. */
  common: Header[];
  /** Each kind of file's patterns, whose headers pathHeaders gives. */
  patterns: PathPatterns;
}

/** The Cache-Control header of a kind of file. */
const cacheControl = (value: string): Header => ({ name: 'Cache-Control', value });

/**
 * The headers that depend on a file's kind, under the site's policies: how long it may be kept, its policy, and who may
 * frame it. A card and its oEmbed file may also be read by any site's script, as oEmbed consumers in browsers do.
 */
export function pathHeaders(kind: PathKind, policies: SitePolicies): Header[] {
  if (kind === 'embed') {
    return [
      cacheControl(CACHE_REVALIDATE),
      { name: 'Content-Security-Policy', value: policyHeader(policies.cards, EMBED_FRAME_ANCESTORS) },
      { name: 'Access-Control-Allow-Origin', value: '*' },
    ];
  }
  return [
    cacheControl(kind === 'hashed' ? CACHE_FOREVER : CACHE_REVALIDATE),
    { name: 'Content-Security-Policy', value: policyHeader(policies.pages) },
  ];
}

/** Stops a value that would break the files it is written into: a line break in either, a quote or a `$` in nginx's. */
function checked(header: Header): Header {
  if (/["\\$\r\n]/.test(header.value))
    throw new Error(`HTTP headers: ${header.name} holds a line break, quote, backslash or $: ${header.value}`);
  return header;
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern, then its headers indented. Cloudflare sends
 * every header of every rule a path matches, a header named twice joined with a comma; Netlify's own tools keep one
 * of them: either way a header that differs by path must come from rules that never overlap. So `/*` carries only the headers
 * that are the same everywhere, and each kind of file's patterns carry its Cache-Control and policy. A `/*` policy
 * forbidding frames would be enforced on the cards as well, whatever a narrower rule adds, and Netlify refuses
 * Cloudflare's `! Header` that would remove it. The cost: an address no pattern covers, one that does not exist
 * outside the cards' and hashed files' folders, gets its page's `<meta>` policy alone.
 */
export function headersFile({ policies, common, patterns }: SiteHeaders): string {
  const rule = (pattern: string, headers: Header[]): string =>
    [pattern, ...headers.map(checked).map(({ name, value }) => `  ${name}: ${value}`)].join('\n');
  const kindRules = (kind: PathKind): string[] =>
    patterns[kind].map(({ path, under }) => rule(under ? `${path}*` : path, pathHeaders(kind, policies)));
  return `${[
    '# The headers of every response, written by the build from src/lib/publish/http-headers.ts.',
    rule('/*', common),
    ...PATH_KINDS.flatMap(kindRules),
  ].join('\n\n')}\n`;
}

/**
 * The page nginx sends for a missing address under `path`, as src/server/nginx.conf names it: its edition's page not
 * found.
 * @example notFoundPageOf('/ar/embed/') // "/ar/404/"
 */
export function notFoundPageOf(path: string): string {
  const locale = localeOfPath(path);
  return locale === DEFAULT_LOCALE ? '/404.html' : localizedPath('/404/', locale);
}

/**
 * The nginx include for `location /` (src/server/nginx.conf): the headers of every other file, which a missing
 * address's 404 page gets too, and a nested location for each pattern of hashed files and of cards. A location with
 * its own add_header drops every one it would inherit, so each repeats them all; `always` sends them with the 404
 * page too. A card's location serves its pages as `location /` does, and a missing one with its edition's 404 page,
 * which a nested location of the server block's would no longer give it.
 */
export function nginxInclude({ policies, common, patterns }: SiteHeaders): string {
  const addHeaders = (indent: string, kind: PathKind): string[] =>
    [...common, ...pathHeaders(kind, policies)].map(checked).map(({ name, value }) => `${indent}add_header ${name} "${value}" always;`);
  const serving = (kind: PathKind, path: string): string[] =>
    kind === 'embed' ? [`    error_page 404 ${notFoundPageOf(path)};`, '    try_files $uri $uri/index.html =404;'] : [];
  const locations = (['hashed', 'embed'] as const).flatMap((kind) =>
    patterns[kind].map(({ path, under }) =>
      [`location ${under ? '^~' : '='} ${path} {`, ...serving(kind, path), ...addHeaders('    ', kind), '}'].join('\n'),
    ),
  );
  return `${[
    '# The headers of every response, written by the build from src/lib/publish/http-headers.ts; included in location /.',
    addHeaders('', 'other').join('\n'),
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

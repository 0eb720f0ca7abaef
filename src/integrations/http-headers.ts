/**
 * Writes the site's HTTP headers (src/lib/publish/http-headers.ts) into the built site as the last step before it is
 * published: `_headers` for static hosts, `nginx-headers.conf` for src/server/nginx.conf, and a `.gz` beside each
 * text file for nginx's gzip_static (no `.br`: Debian's nginx sends one only with a module it lacks, and static hosts
 * compress for themselves).
 *
 * The Content Security Policy is made here, from the inline scripts and styles of the pages as Astro wrote them, so its
 * hashes are those of what is served and cannot drift. Astro's own `security.csp` is off: its hashes of the bundles
 * matched no file served (and a `<script src>` from the site needs none, 'self' allows it), and it hashed an empty
 * stylesheet no page has. The cards under /embed/ get a policy of their own, from their own inline code. Each page's
 * policy also goes into its `<meta>`, for hosts that send no headers; the header adds frame-ancestors, which a
 * `<meta>` cannot carry.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import {
  commonHeaders,
  headersFile,
  HEADERS_FILE,
  isPrecompressed,
  NGINX_INCLUDE,
  nginxInclude,
  contentSecurityPolicy,
  inlineHashes,
  pathKind,
  pathPatterns,
  policyOf,
  withPolicyMeta,
  type SitePolicies,
} from '@/lib/publish/http-headers';
import { isEmbedPath } from '@/lib/base/embeds';
import { withoutIndexOnly } from '@/lib/search/index-only';

const gzipped = promisify(gzip);

const isPage = (path: string): boolean => path.endsWith('.html');

/** Every file of the built site as the path it is requested at: /rounds/x/index.html. */
function sitePaths(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(site, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}

/**
 * Gives each page as readers get it, without what only the search index reads (indexed by now, see
 * src/lib/search/index-only.ts) and with its policy in its `<meta>`, and writes a `.gz` beside each file where it is smaller, on as many
 * threads as the machine has; returns how many `.gz` files it wrote. Each file is read, rewritten and compressed on its
 * own, so a large site's pages never sit in memory together.
 */
async function publishFiles(site: string, paths: readonly string[], policies: SitePolicies): Promise<number> {
  let next = 0;
  let count = 0;
  const worker = async (): Promise<void> => {
    for (let path = paths[next++]; path !== undefined; path = paths[next++]) {
      const file = join(site, path);
      let content = readFileSync(file);
      if (isPage(path)) {
        content = Buffer.from(withPolicyMeta(withoutIndexOnly(content.toString('utf8')), policyOf(path, policies)));
        writeFileSync(file, content);
      }
      if (!isPrecompressed(path)) continue;
      const compressed = await gzipped(content);
      if (compressed.length >= content.length) continue;
      writeFileSync(`${file}.gz`, compressed);
      count++;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return count;
}

/** Must come after every integration that writes files into the site, and before atomicOutput. */
export function httpHeaders(): AstroIntegration {
  let assetsDir = '_astro';
  return {
    name: 'http-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const paths = sitePaths(site);
        const pages = paths.filter(isPage);
        const hashesOf = (files: readonly string[]) =>
          inlineHashes(files.values().map((file) => ({ file, html: readFileSync(join(site, file), 'utf8') })));
        const hashes = hashesOf(pages.filter((path) => !isEmbedPath(path)));
        const cardHashes = hashesOf(pages.filter(isEmbedPath));
        const policies = { pages: contentSecurityPolicy(hashes), cards: contentSecurityPolicy(cardHashes) };
        const headers = {
          policies,
          common: commonHeaders(),
          patterns: pathPatterns(paths, (path) => pathKind(path, assetsDir)),
        };
        writeFileSync(join(site, HEADERS_FILE), headersFile(headers));
        writeFileSync(join(site, NGINX_INCLUDE), nginxInclude(headers));
        const compressed = await publishFiles(site, paths, policies);
        logger.info(
          `allowed ${hashes.scripts.length} inline scripts and ${hashes.styles.length} inline styles by their hashes, and ${cardHashes.scripts.length} and ${cardHashes.styles.length} in the cards; wrote /${HEADERS_FILE} and /${NGINX_INCLUDE} (${headers.patterns.hashed.length} patterns cached forever, ${headers.patterns.embed.length} of embeddable cards, ${headers.patterns.other.length} of other files) and ${compressed} .gz files`,
        );
      },
    },
  };
}

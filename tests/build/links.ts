/** Checks that every internal link and #anchor in a built site resolves. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a built file is served at. */
function pathOf(outDir: string, file: string): string {
  const rel = `/${relative(outDir, file).split('\\').join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Every internal link in the site that points to a missing page or anchor, as "page → link". */
export function brokenInternalLinks(outDir: string): string[] {
  const ids = new Map<string, Set<string>>();
  const files = htmlFiles(outDir);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    ids.set(pathOf(outDir, file), new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '')));
  }
  const broken: string[] = [];
  for (const file of files) {
    const page = pathOf(outDir, file);
    const html = readFileSync(file, 'utf8');
    for (const [, href = ''] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^[a-z]+:|^\/\//i.test(href)) continue;
      const [pathAndQuery = '', encodedAnchor] = href.split('#');
      const path = pathAndQuery.split('?')[0] ?? '';
      // Browsers match a percent-encoded fragment (#t%C3%BCrkiye) against the decoded id (türkiye).
      const anchor = encodedAnchor === undefined ? undefined : decodeURIComponent(encodedAnchor);
      const target = path === '' ? page : path;
      if (target.startsWith('/_astro/') || /\.(svg|css|js|txt|xml|png|ico)$/.test(target)) {
        if (!existsSync(join(outDir, target))) broken.push(`${page} → ${href}`);
        continue;
      }
      const targetIds = ids.get(target);
      if (!targetIds || (anchor !== undefined && anchor !== '' && !targetIds.has(anchor))) broken.push(`${page} → ${href}`);
    }
  }
  return broken;
}

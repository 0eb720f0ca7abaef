/** Checks that every internal link and #anchor in a built site resolves. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '@tests/helpers/html';

/** Every internal link in the site that points to a missing page or anchor, as "page → link". */
export function brokenInternalLinks(outDir: string): string[] {
  const pages = builtPages(outDir);
  const ids = new Map(pages.map(({ url, html }) => [url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''))]));
  const broken: string[] = [];
  for (const { url: page, html } of pages) {
    for (const [, href = ''] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^[a-z]+:|^\/\//i.test(href)) continue;
      const [pathAndQuery = '', encodedAnchor] = href.split('#');
      const path = pathAndQuery.split('?')[0] ?? '';
      // Browsers match a percent-encoded fragment (#t%C3%BCrkiye) against the decoded id (türkiye).
      const anchor = encodedAnchor === undefined ? undefined : decodeURIComponent(encodedAnchor);
      const target = path === '' ? page : path;
      if (target.startsWith('/_astro/') || /\.(svg|css|js|json|csv|ics|txt|xml|png|ico)$/.test(target)) {
        if (!existsSync(join(outDir, target))) broken.push(`${page} → ${href}`);
        continue;
      }
      const targetIds = ids.get(target);
      if (!targetIds || (anchor !== undefined && anchor !== '' && !targetIds.has(anchor))) broken.push(`${page} → ${href}`);
    }
  }
  return broken;
}

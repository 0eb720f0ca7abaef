/** Reads what Pagefind stored of a built page: each page's fragment is gzipped JSON behind a short signature. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SEARCH_BUNDLE_DIR } from '@/lib/base/urls';

export interface IndexedPage {
  url: string;
  /** The text search matches, hidden parts included. */
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const SIGNATURE = 'pagefind_dcd';

/** The indexed fragment of the page at `url` in the site built into `siteDir`; fails if the page was not indexed. */
export function indexedPage(siteDir: string, url: string): IndexedPage {
  const fragments = join(siteDir, SEARCH_BUNDLE_DIR, 'fragment');
  for (const name of readdirSync(fragments)) {
    const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
    const page = JSON.parse(text.slice(SIGNATURE.length)) as IndexedPage;
    if (page.url === url) return page;
  }
  throw new Error(`${url} is not in the search index of ${siteDir}`);
}

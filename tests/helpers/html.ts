/**
 * The tests' one walker of a built site: its files, its HTML pages with the
 * address each is published at, and one page by its address.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One built HTML page. */
export interface BuiltPage {
  /** The file, relative to the site folder: rounds/x/index.html. */
  file: string;
  /** The address it is published at: /rounds/x/. */
  url: string;
  html: string;
}

/** Every file of a built site, as paths relative to the site folder, sorted. */
export function builtFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(outDir, path)).isFile())
    .sort();
}

/** Folders of a built site that hold assets, not pages: Astro's bundles and Pagefind's index. */
const ASSET_FOLDERS = /^(?:_astro|pagefind)\//;

/** Every HTML page of a built site, read once, by file name. */
export function builtPages(outDir: string): BuiltPage[] {
  return builtFiles(outDir)
    .filter((file) => file.endsWith('.html') && !ASSET_FOLDERS.test(file))
    .map((file) => ({ file, url: urlPathOf(file), html: readFileSync(join(outDir, file), 'utf8') }));
}

/** The address a built file is published at: rounds/x/index.html → /rounds/x/, 404.html → /404.html. */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A built page's HTML, by its address: readPage(outDir, '/rounds/x/') or readPage(outDir, '404.html'). */
export function readPage(outDir: string, path: string): string {
  const file = path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
  return readFileSync(file, 'utf8');
}

/** An element's text as a reader sees it: no tags, entities read, spaces folded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}

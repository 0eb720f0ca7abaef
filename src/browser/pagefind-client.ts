/**
 * The one door to Pagefind in the browser. Nothing here runs until a reader
 * reaches for search, and the bundle is fetched once per page.
 */
import { SEARCH_BUNDLE_URL, HIGHLIGHT_PARAM } from '@/lib/base/urls';
import { bareSearchTerms } from '@/lib/search/hebrew-prefixes';
import { inOrderOf, unquoted } from '@/lib/search/search-state';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string };
}

export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindFragment>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResults {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Pagefind's module, as loadPagefind gives it. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: SearchOptions) => Promise<PagefindResults>;
  filters: () => Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind and its index metadata, once; a failed load is retried on the next call. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${SEARCH_BUNDLE_URL}pagefind.js`)) as Pagefind;
    await module.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
    await module.init();
    return module;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Pagefind's search for a reader's words, Hebrew words without their prefixes (see hebrew-prefixes.ts), with a quoted
 * phrase's pages ranked by relevance as its words are without the quotes (see inOrderOf). A quoted phrase is looked
 * up as typed: the page holds it so.
 */
export async function rankedSearch(pagefind: Pagefind, term: string | null, options: SearchOptions = {}): Promise<PagefindResults> {
  const words = term === null ? undefined : unquoted(term);
  if (words === undefined) return pagefind.search(term === null ? null : bareSearchTerms(term), options);
  if (options.sort) return pagefind.search(term, options);
  const [phrase, ranked] = await Promise.all([pagefind.search(term, options), pagefind.search(bareSearchTerms(words), options)]);
  return { ...phrase, results: inOrderOf(phrase.results, ranked.results) };
}

/** The facets search filters by and the kinds of page it returns; shared by the build and the browser, so it imports nothing. */

/** The kinds of page search returns, in the order the filter lists them. */
export const SEARCH_KINDS = ['round', 'event', 'person', 'issue', 'note'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The facets of the search page, in the order it shows them; each is also a URL parameter. */
export const SEARCH_FILTERS = ['person', 'issue', 'side', 'year', 'kind'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

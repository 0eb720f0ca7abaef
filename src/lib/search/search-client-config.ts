/** The folder of the built site that holds Pagefind's index and scripts. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Where the browser loads that bundle from. */
export const SEARCH_BUNDLE_URL = `/${SEARCH_BUNDLE_DIR}/`;

/** The URL parameter that carries a reader's search words to the page they open, to be highlighted there. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The people and issues search shows as cards before its results (see search-cards.ts), published with the site. */
export const SEARCH_CARDS_URL = '/search/cards.json';

/** How many cards a search shows at most, when its words name several people or issues. */
export const SEARCH_CARDS_SHOWN = 4;

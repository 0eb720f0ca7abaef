/** The URL parameter that carries a reader's search words to the page they open, to be highlighted there. */
export const HIGHLIGHT_PARAM = 'highlight';

/** How many cards a search shows at most, when its words name several people or issues. */
export const SEARCH_CARDS_SHOWN = 4;

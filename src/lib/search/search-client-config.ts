/** How many cards a search shows at most, when its words name several people or issues. */
export const SEARCH_CARDS_SHOWN = 4;

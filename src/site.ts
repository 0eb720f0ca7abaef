/** The site's name, shown in the header and in every page title. */
export const SITE_TITLE = 'Israel–Syria Talks Record';

/** One line on what the site is, for the home page and its meta description. */
export const SITE_DESCRIPTION =
  'The sourced public record of the US-mediated Israel–Syria security talks: every round, who attended, what each side said, and where it was reported.';

/**
 * Content dates are calendar days with no time of day. Every date is read and
 * written in this zone so the build machine's own zone can never move a
 * meeting to another day.
 */
export const TIME_ZONE = 'UTC';

/** The production address, used for canonical URLs. */
export const SITE_URL = 'https://israel-syria-talks.example.org';

/** How many of the newest rounds and events the home page shows; the rest are on the year pages. */
export const HOME_ENTRY_COUNT = 12;

/** How many of the issues most recently stated on the home page's "Where things stand" lists, with each side's latest stance. */
export const STATE_OF_PLAY_ISSUES = 3;

/** How long a stance may be in "Where things stand", cut as the matrix cuts it, so the block fits a phone's first screen. */
export const STATE_OF_PLAY_STANCE_LENGTH = 80;

/** How many of the newest items a person's or an issue's list shows in full; earlier years are counted and linked. */
export const RECENT_LIST_LENGTH = 12;

/** How many of the latest held rounds with stated positions the positions matrix shows (on /positions/ and an issue's page). */
export const POSITIONS_MATRIX_ROUNDS = 6;

/** How many red lines of each side the red-lines board shows, the most recently stated; the rest are counted. */
export const RED_LINES_PER_SIDE = 12;

/** How many of the latest held rounds the compare page offers in its HTML, and how many consecutive pairs it lists; all load on use. */
export const COMPARE_CHOICE_COUNT = 24;

/** How many of the latest held rounds the delegations grid (/delegations/) shows, a column each; earlier ones are on the year pages. */
export const DELEGATIONS_ROUND_COUNT = 8;

/** How many of the newest corrections /corrections/ lists; every one is also on the corrections page of its year. */
export const CORRECTIONS_PAGE_LENGTH = 50;

/** How many of the newest meetings and events the rhythm strip on the home page marks; earlier ones are on the year pages. */
export const RHYTHM_MARK_COUNT = 80;

/** How many of the longest pauses between meetings the rhythm strip labels with their length. */
export const RHYTHM_LABELLED_PAUSES = 3;

/**
 * The license of the record's own text and data: the open data files, the calendar and the pages. The reports it
 * cites are not ours to license: they, and their headlines, remain their publishers'.
 */
export const DATA_LICENSE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: SITE_TITLE,
  sources: 'The reports cited as sources, and their headlines, remain their publishers’: follow each source’s link and its terms.',
} as const;

/**
 * The English edition's interface: every word the site writes around the record's own prose. The Arabic and Hebrew
 * dictionaries have exactly these keys (TypeScript checks it), so no label is ever left in English by mistake.
 */
import { numberInWords } from '@/lib/base/numbers';
import { SITE_DESCRIPTION, SITE_TITLE } from '@/site';

export const en = {
  // The site's name and description in English are its constants, which the open data and the feeds' authors carry too.
  siteTitle: SITE_TITLE,
  siteDescription: SITE_DESCRIPTION,
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  nav: { timeline: 'Timeline', people: 'People', issues: 'Issues', positions: 'Positions', redLines: 'Red lines' },
  footerNote: 'Every fact on this site is sourced; each page lists its sources. Corrections are noted on the page they change.',
  aboutNavigation: 'About the record',
  about: {
    methods: 'How the record is made',
    numbering: 'How the rounds are numbered',
    data: 'Open data and its license',
    corrections: 'All corrections',
  },
  editions: 'Read this page in',
  sectionLink: (title: string) => `Link to the section “${title}”`,
  untranslated: 'This page has not been translated yet. Its facts are shown in this edition’s language; its text is the English.',
  staleTranslation: (day: string | undefined) =>
    day === undefined
      ? 'The English of this page has changed since this translation was made; it is being brought up to date.'
      : `The English of this page was updated on ${day}; this translation is being brought up to date.`,
  readTheEnglish: 'Read the English',
  /** Joins names as the language lists them: "A, B and C". */
  list: (items: readonly string[]): string =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`,
  confirmedBy: (names: string) => `Confirmed by ${names}`,
  pressOnly: 'Reported by the press only',
  reportedOn: 'reported on',
  /** A meeting by its press number, "Round 5", or as a direct contact. */
  roundLabel: (n: number | undefined) => (n === undefined ? 'Direct contact' : `Round ${n}`),
  /** A numbered round inside a sentence: "round five". */
  roundInSentence: (n: number) => `round ${numberInWords(n)}`,
  /** A meeting whose days were never reported, dated by its first report. */
  reportedOnDay: (day: string) => `reported on ${day}`,
  /** A meeting in its city: "Round 5 in Paris". */
  inCity: (label: string, city: string) => `${label} in ${city}`,
  /** The comma between the parts of a label: "Round 5, Paris". */
  comma: ', ',
  statuses: {
    held: 'Held',
    postponed: 'Announced, then postponed',
    cancelled: 'Announced, then cancelled',
    upcoming: 'Upcoming',
    notYetHeld: (day: string) => `Announced for ${day}; not yet reported as held`,
  },
  /** Cities as the edition writes them, by their English name; a city not listed keeps its English name. */
  cities: {} as Readonly<Record<string, string>>,
  round: {
    when: 'When',
    place: 'Place',
    status: 'Status',
    confirmation: 'Confirmation',
    issues: 'Issues',
    delegationsCaption: (held: boolean) =>
      `${held ? 'Who attended' : 'Who was named to attend'}, by side; the head of each delegation, or the lead mediator, is listed first`,
    delegations: 'Delegations',
    positions: 'Positions and red lines',
    noPositions: "No side's position at this meeting is reported in the sources.",
    side: 'Side',
    people: 'People (head or lead mediator first)',
    previous: '← Previous',
    next: 'Next →',
    pager: 'Previous and next meeting',
    numberingLink: 'How the rounds are numbered',
  },
  dateInferred: 'undated page; date inferred from its content',
  noAddress: 'no web address known',
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. The timeline and the indexes of people and issues list everything the site publishes.',
    lede: 'There is no page at this address. Published pages keep their addresses, so the link may have been mistyped.',
    timeline: 'The timeline',
    timelineWhat: ': the newest rounds and context events, with a page for every year',
    people: 'People',
    peopleWhat: ': everyone named in the talks, by side',
    issues: 'Issues',
    issuesWhat: ": each side's positions, round by round",
  },
  sources: 'Sources',
  updates: 'Updates and corrections',
};

/** The shape of every edition's core dictionary. */
export type CoreStrings = typeof en;

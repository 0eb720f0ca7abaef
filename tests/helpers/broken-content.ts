/**
 * Every kind of broken content file the site must refuse, each made by one
 * change to a copy of tests/fixtures/valid, with the problem lines the check
 * must report. The unit tests run every case through the loader's checks
 * (tests/unit/broken-content.test.ts); the build tests run one case per layer
 * through a real `astro build` (tests/build/bad-content.test.ts).
 */
import { copyFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { SIDES } from '@/lib/base/sides';
import { buildDay } from '@/lib/content/schedule';
import { roundSchema } from '@/lib/record/schemas';
import { SITE_URL } from '@/site';
import { replaceIn } from './content';

/** The valid fixture every case breaks. */
export const VALID_FIXTURE = 'tests/fixtures/valid';

const LONDON = 'rounds/2025-09-17-london.md';
const PARIS = 'rounds/2026-01-05-paris.md';
const RESIGNATION = 'events/2025-11-11-fixture-resignation.md';
const SALAMA = 'people/hussein-al-salama.md';
const BUFFER_ZONE = 'issues/buffer-zone.md';
const FUTURE_LONDON = 'rounds/2099-09-17-london.md';
const BARRACK = 'people/tom-barrack.md';
const NUMBERING = 'notes/round-numbering.md';
const FUTURE_RESIGNATION = 'events/2099-11-11-fixture-resignation.md';
const LONDON_ARABIC = 'rounds/2025-09-17-london.ar.md';
/** The end of London's one source, where a case adds fields to it. */
const LONDON_SOURCE_END = "url: 'https://example.org/a', date: 2025-09-18}";

/**
 * Where a rule lives: the content reader, the schemas, the checks of the record as a whole (references across files, and
 * the rounds' dates against the day of the build), or the remark plugins.
 */
export type Layer = 'files' | 'schema' | 'references' | 'remark';

export interface BrokenContentCase {
  name: string;
  layer: Layer;
  /** Breaks the copy of the valid fixture in `dir`; fails loudly if the text to break is not there. */
  break: (dir: string) => void;
  /**
   * Every problem the check reports, in order, each with its path relative to
   * the content folder: `rounds/x.md[:line[:column]]: [field: ]message`.
   */
  problems: string[];
}

export const BROKEN_CONTENT: BrokenContentCase[] = [
  {
    name: 'an unknown person in a delegation',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, LONDON), 'syria: [hussein-al-salama]', 'syria: [hussein-al-salama, hussein-salama]'),
    problems: [`${LONDON}: delegations.syria[1]: no person "hussein-salama" (known: hussein-al-salama, ron-dermer, tom-barrack)`],
  },
  {
    name: 'two rounds with the same number',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, PARIS), 'round: 5', 'round: 4'),
    problems: [`${PARIS}: round: 4 is already the number of ${LONDON}; round numbers are unique`],
  },
  {
    name: 'an end before the start',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, PARIS), 'end: 2026-01-06', 'end: 2026-01-04'),
    problems: [`${PARIS}: end: 2026-01-04 is before start 2026-01-05: end must be on or after start`],
  },
  {
    name: 'a meeting dated by its report that has a last day, and no report on its start',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, PARIS), 'end: 2026-01-06', 'end: 2026-01-06\ndatedByReport: true'),
    problems: [
      `${PARIS}: end: is a day of the meeting, but datedByReport says its days were never reported: remove end, or datedByReport if a source gives the days`,
      `${PARIS}: start: 2026-01-05 is the date of none of the sources, but datedByReport says start is the day the meeting was first reported: give that report's date`,
    ],
  },
  {
    name: 'an unknown side',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'israel: [ron-dermer]', 'israil: [ron-dermer]'),
    problems: [`${LONDON}: delegations: unknown side "israil"; use one of: ${SIDES.join(', ')}`],
  },
  {
    name: 'an empty source list',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), /sources:\n {2}- \{[^\n]*\}/, 'sources: []'),
    problems: [`${LONDON}: sources: must list at least one source: every fact on the site is sourced`],
  },
  {
    name: 'a position citing a source that does not exist',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, LONDON), 'redLine: true, source: 1', 'redLine: true, source: 3'),
    problems: [`${LONDON}: positions[0].source: 3 is out of range: sources has 1 entry`],
  },
  {
    name: 'an unknown issue',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, RESIGNATION), 'issues: [buffer-zone]', 'issues: [bufferzone]'),
    problems: [`${RESIGNATION}: issues[0]: no issue "bufferzone" (known: buffer-zone)`],
  },
  {
    name: 'broken YAML',
    layer: 'files',
    break: (dir) => replaceIn(join(dir, LONDON), 'title: Fixture round four in London', 'title: [Fixture round four'),
    problems: [`${LONDON}:3:1: the front matter is not valid YAML: missed comma between flow collection entries`],
  },
  {
    name: 'a summary longer than 300 characters',
    layer: 'schema',
    break: (dir) =>
      replaceIn(join(dir, LONDON), 'summary: A fixture round used by the build tests.', `summary: ${'Too long. '.repeat(40)}`),
    problems: [`${LONDON}: summary: must be at most 300 characters: it is the timeline card and the meta description`],
  },
  {
    name: 'a file name whose date is not the start date',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, LONDON), 'start: 2025-09-17', 'start: 2025-09-18'),
    problems: [`${LONDON}: start: 2025-09-18 does not match the date in the file name (2025-09-17)`],
  },
  {
    name: 'a body link to a page that does not exist',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON), '(/issues/buffer-zone/)', '(/issues/bufer-zone/)'),
    problems: [`${LONDON}:24:53: The link to /issues/bufer-zone/ points to no page on this site.`],
  },
  {
    name: 'a body section heading that takes a section id of the page',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON), '## What comes next', '## Sources'),
    problems: [
      `${LONDON}:22:1: The section heading "Sources" would take the id #sources, which the page uses for its own section; rename the heading.`,
    ],
  },
  {
    name: 'a date that names no real day',
    layer: 'files',
    break: (dir) => replaceIn(join(dir, LONDON), 'date: 2025-09-18}', 'date: 2025-09-31}'),
    problems: [`${LONDON}:14: 2025-09-31 is not a real calendar day (check the month and the day)`],
  },
  {
    name: 'a content file without the .md extension',
    layer: 'files',
    break: (dir) => renameSync(join(dir, BUFFER_ZONE), join(dir, 'issues/buffer-zone.markdown')),
    problems: [
      'issues/buffer-zone.markdown: is not a .md file, so it would not be published; rename it to .md or move it out of issues/',
      `${LONDON}: issues[0]: no issue "buffer-zone" (known: none yet)`,
      `${LONDON}: positions[0].issue: no issue "buffer-zone" (known: none yet)`,
      `${PARIS}: issues[0]: no issue "buffer-zone" (known: none yet)`,
      `${RESIGNATION}: issues[0]: no issue "buffer-zone" (known: none yet)`,
    ],
  },
  {
    name: 'a source address that is not a web address',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), "url: 'https://example.org/a'", "url: 'javascript:alert(1)'"),
    problems: [`${LONDON}: sources[0].url: must be a full web address starting with https:// or http://`],
  },
  {
    name: 'an archived copy that is not in a web archive',
    layer: 'schema',
    break: (dir) =>
      replaceIn(
        join(dir, LONDON),
        LONDON_SOURCE_END,
        "url: 'https://example.org/a', date: 2025-09-18, archive: {url: 'https://example.net/copy', captured: 2025-09-18}}",
      ),
    problems: [
      `${LONDON}: sources[0].archive.url: is not the address of a copy in a known web archive: use the Wayback Machine's, ` +
        "https://web.archive.org/web/<YYYYMMDDhhmmss>/<the source's url>, or archive.today's, https://archive.ph/<id>",
    ],
  },
  {
    name: 'an archived copy of another address',
    layer: 'schema',
    break: (dir) =>
      replaceIn(
        join(dir, LONDON),
        LONDON_SOURCE_END,
        "url: 'https://example.org/a', date: 2025-09-18, archive: {url: 'https://web.archive.org/web/20250918101500/https://example.org/b', captured: 2025-09-18}}",
      ),
    problems: [
      `${LONDON}: sources[0].archive.url: is a copy of https://example.org/b, not of this source's url https://example.org/a: give the copy of the source's own address`,
    ],
  },
  {
    name: "an archived copy's capture day that is not its address's",
    layer: 'schema',
    break: (dir) =>
      replaceIn(
        join(dir, LONDON),
        LONDON_SOURCE_END,
        "url: 'https://example.org/a', date: 2025-09-18, archive: {url: 'https://web.archive.org/web/20250918101500/https://example.org/a', captured: 2025-09-19}}",
      ),
    problems: [
      `${LONDON}: sources[0].archive.captured: is 2025-09-19, but the copy's address says it was captured on 2025-09-18: write 2025-09-18`,
    ],
  },
  {
    name: 'an archived copy captured after the address was last read',
    layer: 'schema',
    break: (dir) =>
      replaceIn(
        join(dir, LONDON),
        LONDON_SOURCE_END,
        "url: 'https://example.org/a', date: 2025-09-18, checked: 2025-09-20, archive: {url: 'https://archive.ph/wIB7r', captured: 2025-09-21}}",
      ),
    problems: [
      `${LONDON}: sources[0].archive.captured: 2025-09-21 is after checked (2025-09-20): the address is read when its copy is recorded; set checked to the day you read it`,
    ],
  },
  {
    name: 'an archived copy without its capture day',
    layer: 'schema',
    break: (dir) =>
      replaceIn(
        join(dir, LONDON),
        LONDON_SOURCE_END,
        "url: 'https://example.org/a', date: 2025-09-18, archive: {url: 'https://archive.ph/wIB7r'}}",
      ),
    problems: [`${LONDON}: sources[0].archive.captured: must be a date written as YYYY-MM-DD, e.g. 2026-01-05`],
  },
  {
    name: "an unknown state of a source's address",
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), LONDON_SOURCE_END, "url: 'https://example.org/a', date: 2025-09-18, state: gone}"),
    problems: [`${LONDON}: sources[0].state: unknown state "gone"; use one of: live, dead, replaced`],
  },
  {
    name: 'the state of a source that has no address',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, PARIS), 'date: 2026-01, dateInferred: true}', 'date: 2026-01, dateInferred: true, state: dead}'),
    problems: [`${PARIS}: sources[0].state: describes the source's address, and this source has no url: add its url, or remove this field`],
  },
  {
    name: "a source's address read after the day of the build",
    layer: 'references',
    break: (dir) => replaceIn(join(dir, LONDON), LONDON_SOURCE_END, "url: 'https://example.org/a', date: 2025-09-18, checked: 2062-09-18}"),
    problems: [
      `${LONDON}: sources[0].checked: 2062-09-18 is after today (${buildDay(process.env)}): ` +
        'an address is recorded as read once it has been; check the year',
    ],
  },
  {
    name: 'a source address with raw non-ASCII characters',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), "url: 'https://example.org/a'", "url: 'https://example.org/تقرير'"),
    problems: [
      `${LONDON}: sources[0].url: must be percent-encoded, as a browser copies it: https://example.org/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1`,
    ],
  },
  {
    name: 'a body citation past the end of the source list',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON), 'Salameh met Dermer.', 'Salameh met Dermer [2].'),
    // The person links split this sentence first; the text after "Dermer" keeps its place in the file.
    problems: [`${LONDON}:20:19: The citation [2] points to no source: this file lists 1 source.`],
  },
  {
    name: 'a title that is not text',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'title: Fixture round four in London', 'title: 42'),
    problems: [`${LONDON}: title: must be a title`],
  },
  {
    name: 'a status that is not one of the known statuses',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'status: held', 'status: maybe'),
    problems: [`${LONDON}: status: must be one of: held, scheduled, postponed, cancelled`],
  },
  {
    name: 'a country written as its name',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'country: GB}', 'country: United Kingdom}'),
    problems: [`${LONDON}: place.country: "United Kingdom" is not an ISO 3166 country code: write GB`],
  },
  {
    name: 'an unknown country code',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'country: GB}', 'country: XX}'),
    problems: [`${LONDON}: place.country: unknown country code "XX": write the country's ISO 3166-1 alpha-2 code, e.g. FR for France`],
  },
  {
    name: 'a misspelt field',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'confirmedBy: []', 'confirmedBy: []\nconfirmed: yes'),
    problems: [`${LONDON}: unknown field "confirmed"; the fields are: ${Object.keys(roundSchema.shape).join(', ')}`],
  },
  {
    name: 'a source date written the wrong way round',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'date: 2025-09-18}', 'date: 18/09/2025}'),
    problems: [
      `${LONDON}: sources[0].date: must be a date written as YYYY-MM-DD, or YYYY-MM when only the month is known, e.g. 2026-01-06 or 2026-01`,
    ],
  },
  {
    name: 'a person with no role',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, SALAMA), /roles:\n {2}- \{[^\n]*\}/, 'roles: []'),
    problems: [`${SALAMA}: roles: must list at least one role`],
  },
  {
    name: 'an alias in Arabic script',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, SALAMA), 'aliases: [Salameh, al-Salameh, Salama]', 'aliases: [Salameh, السلامة]'),
    problems: [`${SALAMA}: aliases[1]: "السلامة" is in Arabic script: list it under nativeNames with its lang and source`],
  },
  {
    name: 'a native name in a script other than its language',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, SALAMA), 'lang: ar', 'lang: he'),
    problems: [`${SALAMA}: nativeNames[0].name: "حسين السلامة" is in Arabic script, not Hebrew: set lang to ar`],
  },
  {
    name: 'a native name citing a source that does not exist',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, SALAMA), 'lang: ar, source: 1', 'lang: ar, source: 2'),
    problems: [`${SALAMA}: nativeNames[0].source: 2 is out of range: sources has 1 entry`],
  },
  {
    name: 'a position on an issue the round does not list',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, LONDON), 'issues: [buffer-zone]', 'issues: []'),
    problems: [`${LONDON}: positions[0].issue: "buffer-zone" is not in this round's issues list; add it there`],
  },
  {
    name: 'an unknown person in an event',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, RESIGNATION), 'people: [ron-dermer]', 'people: [ron-dremer]'),
    problems: [`${RESIGNATION}: people[0]: no person "ron-dremer" (known: ron-dermer, tom-barrack, hussein-al-salama)`],
  },
  {
    name: "a red line's conflictsWith that points to no stated demand",
    layer: 'references',
    break: (dir) =>
      replaceIn(
        join(dir, LONDON),
        'redLine: true, source: 1}',
        'redLine: true, conflictsWith: [{side: syria, issue: buffer-zone}], source: 1}',
      ),
    problems: [
      `${LONDON}: positions[0].conflictsWith[0]: syria has stated no position on "buffer-zone" at any round: ` +
        'a red line collides with a demand the record holds',
    ],
  },
  {
    name: 'a shift on the first stance a side states on an issue',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, LONDON), 'redLine: true, source: 1}', 'redLine: true, shift: restated, source: 1}'),
    problems: [
      `${LONDON}: positions[0].shift: "restated" marks the first stance of israel on "buffer-zone": no earlier round records one ` +
        'to compare it with; leave shift out, or record that earlier stance at its round first',
    ],
  },
  {
    name: 'a shift that is neither restated nor changed',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'redLine: true, source: 1}', 'redLine: true, shift: unchanged, source: 1}'),
    problems: [`${LONDON}: positions[0].shift: must be one of: restated, changed; or left out on the side's first stance on the issue`],
  },
  {
    name: 'a changed stance that does not say how',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'redLine: true, source: 1}', 'redLine: true, shift: changed, source: 1}'),
    problems: [
      `${LONDON}: positions[0].how: is missing: a changed stance says how it changed, in a few words, e.g. how: now accepts a phased withdrawal`,
    ],
  },
  {
    name: 'a restated stance that says how it changed',
    layer: 'schema',
    break: (dir) =>
      replaceIn(join(dir, LONDON), 'redLine: true, source: 1}', "redLine: true, shift: restated, how: 'now firmer', source: 1}"),
    problems: [`${LONDON}: positions[0].how: is only for a changed stance, and this one is restated: set shift: changed, or leave how out`],
  },
  {
    name: 'a held round dated after the day of the build',
    layer: 'references',
    break: (dir) => {
      renameSync(join(dir, LONDON), join(dir, FUTURE_LONDON));
      replaceIn(join(dir, FUTURE_LONDON), 'start: 2025-09-17', 'start: 2099-09-17');
    },
    problems: [
      // Moved past round five, round four is out of order too.
      `${FUTURE_LONDON}: round: 4 is lower than round 5 (${PARIS}), which met earlier, on 2026-01-05: rounds are numbered ` +
        'in the order they meet; check round: in both files',
      `${FUTURE_LONDON}: start: 2099-09-17 is after today (${buildDay(process.env)}) but status is held: ` +
        'a meeting that has not happened yet is status: scheduled',
    ],
  },
  {
    name: 'a script element in a body',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON), '## What comes next', '<script>alert(1)</script>\n\n## What comes next'),
    problems: [`${LONDON}:22:1: Raw HTML with a <script> element is not allowed in content: write Markdown instead.`],
  },
  {
    name: 'an inline event handler in a body',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, SALAMA), 'is a fixture person.', 'is a fixture person. <img src="x.png" onerror="alert(1)">'),
    problems: [`${SALAMA}:12:40: Raw HTML with an inline event handler (on…=) is not allowed in content: write Markdown instead.`],
  },
  {
    name: 'a javascript: link in a body',
    layer: 'remark',
    break: (dir) =>
      replaceIn(join(dir, RESIGNATION), 'Dermer resigned in this fixture.', 'Dermer [resigned](javascript:alert(1)) in this fixture.'),
    problems: [`${RESIGNATION}:10:8: The link to "javascript:alert(1)" would run a script; links must go to a page.`],
  },
  {
    name: 'an empty body',
    layer: 'files',
    break: (dir) => replaceIn(join(dir, BUFFER_ZONE), /---\n## Background[\s\S]*$/, '---\n'),
    problems: [`${BUFFER_ZONE}: body: is empty; write the page's text after the front matter`],
  },
  {
    name: 'a publisher spelt two ways',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, LONDON), 'publisher: Fixture Wire', 'publisher: The Fixture Wire'),
    problems: [
      `${LONDON}: sources[0].publisher: "The Fixture Wire" is written "Fixture Wire" elsewhere (rounds/2025-10-01-rome.md and 8 other files); use one spelling`,
    ],
  },
  {
    name: "a body heading at the level of the page's title",
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON), '## What comes next', '# What comes next'),
    problems: [
      `${LONDON}:22:1: The heading "What comes next" is at the level of the page's title (#); start a section of the body with ## instead.`,
    ],
  },
  {
    name: 'a body section with nothing in it',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON), '## What comes next', '## What was agreed\n\n## What comes next'),
    problems: [`${LONDON}:22:1: The section "What was agreed" is empty: write its text, or remove the heading.`],
  },
  {
    name: 'the same report listed twice in one source list',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), /( {2}- \{publisher: Fixture Wire, title: Fixture headline, [^\n]*\})/, '$1\n$1'),
    problems: [`${LONDON}: sources[1].url: is the address of sources[0] too: list each report once, and cite it as [1]`],
  },
  {
    name: 'an update dated after the day of the build',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, RESIGNATION), '\n---\n', '\nupdates: [{date: 2062-11-12, note: Added a source.}]\n---\n'),
    problems: [
      `${RESIGNATION}: updates[0].date: 2062-11-12 is after today (${buildDay(process.env)}): ` +
        'an update records a change already made; check the year',
    ],
  },
  {
    name: 'an update dated before the event',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, RESIGNATION), '\n---\n', '\nupdates: [{date: 2025-11-01, note: Added a source.}]\n---\n'),
    problems: [
      `${RESIGNATION}: updates[0].date: 2025-11-01 is before the event (2025-11-11): an update records a change made after it; check the year`,
    ],
  },
  {
    name: 'the same person twice in one delegation',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'syria: [hussein-al-salama]', 'syria: [hussein-al-salama, hussein-al-salama]'),
    problems: [`${LONDON}: delegations.syria[1]: "hussein-al-salama" is already listed at delegations.syria[0]: name each person once`],
  },
  {
    name: 'a person in the delegation of a side not their own',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, LONDON), 'israel: [ron-dermer]', 'israel: [ron-dermer, hussein-al-salama]'),
    problems: [`${LONDON}: delegations.israel[1]: "hussein-al-salama" sits for syria (${SALAMA}, side): list them under delegations.syria`],
  },
  {
    name: 'the same issue twice in a round',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'issues: [buffer-zone]', 'issues: [buffer-zone, buffer-zone]'),
    problems: [`${LONDON}: issues[1]: "buffer-zone" is already listed at issues[0]: list each issue once`],
  },
  {
    name: 'the same person twice in an event',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, RESIGNATION), 'people: [ron-dermer]', 'people: [ron-dermer, ron-dermer]'),
    problems: [`${RESIGNATION}: people[1]: "ron-dermer" is already listed at people[0]: list each person once`],
  },
  {
    name: 'the same side twice among those that confirmed a meeting',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'confirmedBy: []', 'confirmedBy: [syria, israel, syria]'),
    problems: [`${LONDON}: confirmedBy[2]: "syria" is already listed at confirmedBy[0]: list each side once`],
  },
  {
    name: 'the same spelling twice among a person’s aliases',
    layer: 'schema',
    break: (dir) =>
      replaceIn(join(dir, SALAMA), 'aliases: [Salameh, al-Salameh, Salama]', 'aliases: [Salameh, al-Salameh, Salama, Salameh]'),
    problems: [`${SALAMA}: aliases[3]: "Salameh" is already listed at aliases[0]: list each spelling once`],
  },
  {
    name: 'a doubt about the attendance of someone in no delegation',
    layer: 'schema',
    break: (dir) =>
      replaceIn(
        join(dir, LONDON),
        'issues: [buffer-zone]',
        'issues: [buffer-zone]\nuncertainAttendance: [{person: tom-barrack, doubt: one-source, note: Only one report names him., sources: [1]}]',
      ),
    problems: [`${LONDON}: uncertainAttendance[0].person: "tom-barrack" is in no delegation of this round: list them in delegations first`],
  },
  {
    name: 'a doubt about attendance citing a source that does not exist',
    layer: 'references',
    break: (dir) =>
      replaceIn(
        join(dir, LONDON),
        'issues: [buffer-zone]',
        'issues: [buffer-zone]\nuncertainAttendance: [{person: ron-dermer, doubt: reports-differ, note: Reports differ., sources: [9]}]',
      ),
    problems: [`${LONDON}: uncertainAttendance[0].sources[0]: 9 is out of range: sources has 1 entry`],
  },
  {
    name: 'a source dated after the day of the build',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, RESIGNATION), 'title: Fixture event, date: 2025-11-11', 'title: Fixture event, date: 2062-11-11'),
    problems: [
      `${RESIGNATION}: sources[0].date: 2062-11-11 is after today (${buildDay(process.env)}): ` +
        'a report is cited after it is published; check the year',
    ],
  },
  {
    name: 'an event dated after the day of the build',
    layer: 'references',
    break: (dir) => {
      renameSync(join(dir, RESIGNATION), join(dir, FUTURE_RESIGNATION));
      replaceIn(join(dir, FUTURE_RESIGNATION), 'date: 2025-11-11\n', 'date: 2099-11-11\n');
    },
    problems: [
      `${FUTURE_RESIGNATION}: date: 2099-11-11 is after today (${buildDay(process.env)}): an event is recorded once it has ` +
        'happened; check the year, or enter a meeting still to come as a round with status: scheduled',
    ],
  },
  {
    name: "an update dated before the page's oldest source",
    layer: 'references',
    break: (dir) => replaceIn(join(dir, SALAMA), '\n---\n', '\nupdates: [{date: 2024-01-02, note: Added the native name.}]\n---\n'),
    problems: [
      `${SALAMA}: updates[0].date: 2024-01-02 is before the page's oldest source (sources[0], 2025-01-01), so before the page ` +
        'could be published: an update records a change made after publication; check the year',
    ],
  },
  {
    name: 'a round number lower than that of a round that met earlier',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, PARIS), 'round: 5', 'round: 3'),
    problems: [
      `${PARIS}: round: 3 is lower than round 4 (${LONDON}), which met earlier, on 2025-09-17: rounds are numbered ` +
        'in the order they meet; check round: in both files',
    ],
  },
  {
    name: 'a zero width space in a name',
    layer: 'files',
    break: (dir) => replaceIn(join(dir, SALAMA), 'name: Hussein al-Salama', 'name: Hussein al-\u200bSalama'),
    problems: [
      `${SALAMA}:2:18: U+200B ZERO WIDTH SPACE is hidden here: readers cannot see it, but search and the matching of names ` +
        'stumble on it; delete it',
    ],
  },
  {
    name: 'a right-to-left override in a body',
    layer: 'files',
    break: (dir) => replaceIn(join(dir, LONDON), 'Salameh met Dermer.', 'Salameh met \u202eDermer.'),
    problems: [
      `${LONDON}:20:13: U+202E RIGHT-TO-LEFT OVERRIDE is hidden here: it can make the text read in another order than it is ` +
        'stored (the site sets the direction of names itself); delete it',
    ],
  },
  {
    name: 'a byte order mark at the start of a file',
    layer: 'files',
    break: (dir) => replaceIn(join(dir, BUFFER_ZONE), /^/, '\ufeff'),
    problems: [
      `${BUFFER_ZONE}:1:1: U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK) is hidden here: readers cannot see it, but ` +
        'search and the matching of names stumble on it; save the file as UTF-8 without a BOM',
    ],
  },
  {
    name: 'an alias whose accent is stored apart from its letter',
    layer: 'files',
    break: (dir) => replaceIn(join(dir, SALAMA), 'al-Salameh, Salama]', 'al-Salameh, Salama, Sala\u0301meh]'),
    problems: [
      `${SALAMA}:3:40: "Sala\u0301meh" stores letters and their accents or points apart (it is not in Unicode NFC form), so ` +
        'search and the matching of names miss it though it looks the same; retype it, or paste its composed form "Salámeh"',
    ],
  },
  {
    name: 'a person file name not in lower-case kebab-case',
    layer: 'references',
    break: (dir) => renameSync(join(dir, BARRACK), join(dir, 'people/Tom-Barrack.md')),
    problems: [
      `${PARIS}: delegations.united-states[0]: no person "tom-barrack" (known: Tom-Barrack, ron-dermer, hussein-al-salama)`,
      'people/Tom-Barrack.md: file name: must be lower-case kebab-case (a–z, 0–9 and hyphens), e.g. ron-dermer.md: ' +
        'it is the address of the page and the id other files use',
    ],
  },
  {
    name: "a person file copied from another with the other's alias left in",
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, BARRACK), 'aliases: [Thomas Barrack, Barrack]', 'aliases: [Thomas Barrack, Barrack, Dermer]'),
    problems: [
      `${LONDON}:20:13: "Dermer" is a name or alias of more than one person (people/ron-dermer.md and ${BARRACK}): ` +
        'say which one you mean by linking its first use to their page, e.g. [Dermer](/people/ron-dermer/).',
      `${RESIGNATION}:10:1: "Dermer" is a name or alias of more than one person (people/ron-dermer.md and ${BARRACK}): ` +
        'say which one you mean by linking its first use to their page, e.g. [Dermer](/people/ron-dermer/).',
    ],
  },
  {
    name: 'a body link to a section a page does not have',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON), '(/rounds/2026-01-05-paris/)', '(/rounds/2026-01-05-paris/#positons)'),
    problems: [
      `${LONDON}:24:5: The link to /rounds/2026-01-05-paris/#positons points to no section #positons of /rounds/2026-01-05-paris/ ` +
        '(the nearest it has: positions, cite, main, …); link to a section the page has, or to the page alone.',
    ],
  },
  {
    name: 'a relative body link to a page that does not exist',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, NUMBERING), '(/rounds/2025-09-17-london/)', '(../../rounds/2025-09-17-londn/)'),
    problems: [
      `${NUMBERING}:9:20: The link to ../../rounds/2025-09-17-londn/ (/rounds/2025-09-17-londn/, read from this page's address) ` +
        'points to no page on this site.',
    ],
  },
  {
    name: 'a date with a time of day, which UTC can move to another day',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON), 'start: 2025-09-17', 'start: 2025-09-17T23:30:00-05:00'),
    problems: [`${LONDON}: start: must be a date written as YYYY-MM-DD, e.g. 2026-01-05`],
  },
  {
    name: 'one item written where a list belongs',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, RESIGNATION), 'issues: [buffer-zone]', 'issues: buffer-zone'),
    problems: [`${RESIGNATION}: issues: must be a list in square brackets: write [buffer-zone] for one item`],
  },
  {
    name: 'a list field left empty',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, 'people/ron-dermer.md'), 'aliases: [Dermer]', 'aliases:'),
    problems: ['people/ron-dermer.md: aliases: is empty: write [] for none, or the items in square brackets'],
  },
  {
    name: 'several citation numbers in one pair of brackets',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON), 'Salameh met Dermer.', 'Salameh met Dermer [1, 2].'),
    problems: [`${LONDON}:20:20: The citation [1, 2] would not link to its sources: write each number in its own brackets, [1][2].`],
  },
  {
    name: 'a heading below a section that takes a section id of the page',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON), '## What comes next\n', '## What comes next\n\n### Sources\n'),
    problems: [
      `${LONDON}:24:1: The heading "Sources" would take the id #sources, which the page uses for its own section; rename the heading.`,
    ],
  },
  {
    name: 'a section heading that takes the id of a numbered source',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON), '## What comes next', '## Source 1'),
    problems: [
      `${LONDON}:22:1: The section heading "Source 1" would take the id #source-1, which the page uses for its own section; rename the heading.`,
    ],
  },
  {
    name: 'a # in an unquoted title, which YAML reads as the start of a comment',
    layer: 'files',
    break: (dir) => replaceIn(join(dir, LONDON), 'title: Fixture round four in London', 'title: Fixture round #4 in London'),
    problems: [
      `${LONDON}:2:22: the # starts a YAML comment, so what follows it is dropped from the value; ` +
        "put the value in quotes: 'Fixture round #4 in London'",
    ],
  },
  {
    name: 'a colon and a space in an unquoted title',
    layer: 'files',
    break: (dir) => replaceIn(join(dir, LONDON), 'title: Fixture round four in London', 'title: Round four: London'),
    problems: [
      `${LONDON}:2:18: the front matter is not valid YAML: bad indentation of a mapping entry; a value holding ": " must be ` +
        `in quotes (title: 'Round four: London'), a value holding its own kind of quote must be in the other kind ` +
        `(summary: 'He said "no"'), and a field starts where the fields around it do`,
    ],
  },
  {
    name: 'an event copied from another with its title left as it was',
    layer: 'references',
    break: (dir) => {
      const copy = join(dir, 'events/2025-11-12-fixture-resignation.md');
      copyFileSync(join(dir, RESIGNATION), copy);
      replaceIn(copy, 'date: 2025-11-11\n', 'date: 2025-11-12\n');
    },
    problems: [
      'events/2025-11-12-fixture-resignation.md: title: "Fixture resignation" is the title of ' +
        `${RESIGNATION} too: give each page its own title`,
    ],
  },
  {
    name: 'an event with the file name of a round',
    layer: 'references',
    break: (dir) => {
      const copy = join(dir, 'events/2025-09-17-london.md');
      copyFileSync(join(dir, RESIGNATION), copy);
      replaceIn(copy, 'title: Fixture resignation\ndate: 2025-11-11', 'title: Fixture talks in London\ndate: 2025-09-17');
    },
    problems: [
      `events/2025-09-17-london.md: file name: is the name of ${LONDON} too: the timeline knows each meeting and event by ` +
        'its file name; rename the event',
    ],
  },
  {
    name: 'a no-break space copied into a name',
    layer: 'files',
    break: (dir) => replaceIn(join(dir, 'people/ron-dermer.md'), 'name: Ron Dermer', 'name: Ron\u00a0Dermer'),
    problems: [
      'people/ron-dermer.md:2:10: U+00A0 NO-BREAK SPACE in the front matter looks like a space, but a name or title written ' +
        'with it matches nothing written with a plain one; write a plain space',
    ],
  },
  {
    name: 'a link to another site written without https://',
    layer: 'remark',
    break: (dir) =>
      replaceIn(join(dir, RESIGNATION), 'Dermer resigned in this fixture.', 'Dermer [resigned](www.example.org/news) in this fixture.'),
    problems: [
      `${RESIGNATION}:10:8: The link to www.example.org/news (/events/2025-11-11-fixture-resignation/www.example.org/news, ` +
        "read from this page's address) points to no page on this site (a link to another site starts with https://).",
    ],
  },
  {
    name: 'a meeting whose end is typed a year late',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, PARIS), 'end: 2026-01-06', 'end: 2027-01-06'),
    problems: [
      `${PARIS}: end: 2027-01-06 is more than 14 days after start 2026-01-05: no meeting of the talks lasts so long; ` +
        'check the year and the month',
    ],
  },
  {
    name: 'a body link written in HTML',
    layer: 'remark',
    break: (dir) =>
      replaceIn(
        join(dir, LONDON),
        'See [the next round](/rounds/2026-01-05-paris/)',
        'See <a href="/rounds/2026-01-05-paris/">the next round</a>',
      ),
    problems: [`${LONDON}:24:5: A link written in HTML is not checked: write it in Markdown, [text](/issues/buffer-zone/).`],
  },
  {
    name: "a body link to a page by the site's full address",
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON), '(/issues/buffer-zone/)', `(${SITE_URL}/issues/buffer-zone/)`),
    problems: [
      `${LONDON}:24:53: The link to ${SITE_URL}/issues/buffer-zone/ names the site's own address: write it /issues/buffer-zone/, ` +
        'so it works wherever the site is published.',
    ],
  },
  {
    name: 'a field written twice in one file',
    layer: 'files',
    break: (dir) => replaceIn(join(dir, LONDON), 'status: held', 'status: held\nstatus: held'),
    problems: [`${LONDON}:17:1: the front matter is not valid YAML: duplicated mapping key; this field is written twice: keep one`],
  },
  {
    name: 'a translation that lacks a section of its English',
    layer: 'references',
    break: (dir) =>
      replaceIn(
        join(dir, LONDON_ARABIC),
        '## ما التالي {#what-comes-next}\n\nانظر [الجولة التالية](/rounds/2026-01-05-paris/) و[المنطقة العازلة](/issues/buffer-zone/).\n',
        '',
      ),
    problems: [
      `${LONDON_ARABIC}: body: lacks the section #what-comes-next of the English: translate its heading and end it with {#what-comes-next}`,
    ],
  },
  {
    name: 'a translation that cites, in a section, a source its English does not',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, LONDON_ARABIC), 'فردّ ديرمر.', 'فردّ ديرمر [1].'),
    problems: [`${LONDON_ARABIC}: body: the section #what-happened cites [1] where the English cites no source: cite the same sources`],
  },
  {
    name: 'a translation that names a position its English does not have',
    layer: 'references',
    break: (dir) => replaceIn(join(dir, LONDON_ARABIC), '{side: israel, issue: buffer-zone,', '{side: syria, issue: buffer-zone,'),
    problems: [
      `${LONDON_ARABIC}: positions[0]: names syria on buffer-zone, which is not the English's position at this place (israel on buffer-zone): translate the English's, in its order`,
    ],
  },
  {
    name: "a translation that leaves its edition's glossary for a key term",
    layer: 'references',
    break: (dir) => replaceIn(join(dir, LONDON_ARABIC), '[المنطقة العازلة]', '[منطقة الفصل]'),
    problems: [`${LONDON_ARABIC}: body: #what-comes-next: the English says "buffer zone"; write it as the glossary does: المنطقة العازلة`],
  },
  {
    name: 'a translation whose English file does not exist',
    layer: 'references',
    break: (dir) => renameSync(join(dir, LONDON_ARABIC), join(dir, 'rounds/2025-09-18-london.ar.md')),
    problems: [
      'rounds/2025-09-18-london.ar.md: translates content/rounds/2025-09-18-london.md, which does not exist: rename it after its English file',
    ],
  },
  {
    name: 'a translation into a language the site has no edition in',
    layer: 'files',
    break: (dir) => renameSync(join(dir, LONDON_ARABIC), join(dir, 'rounds/2025-09-17-london.fr.md')),
    problems: [
      'rounds/2025-09-17-london.fr.md: is named as a translation into "fr", which is not an edition of the site; the editions translated are: ar, he',
    ],
  },
  {
    name: 'a translation without its title',
    layer: 'schema',
    break: (dir) => replaceIn(join(dir, LONDON_ARABIC), 'title: الجولة الرابعة في لندن (اختبار)\n', ''),
    problems: [`${LONDON_ARABIC}: title: must be the title, translated`],
  },
  {
    name: 'a translation whose body links a page that does not exist',
    layer: 'remark',
    break: (dir) => replaceIn(join(dir, LONDON_ARABIC), '(/issues/buffer-zone/)', '(/issues/bufer-zone/)'),
    problems: [`${LONDON_ARABIC}:14:51: The link to /issues/bufer-zone/ points to no page on this site.`],
  },
];

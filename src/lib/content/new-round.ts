/**
 * A new round's file, as `npm run new:round` writes it: correctly named, with
 * every front-matter field and the usual sections in place. What only the
 * editor can supply (summary, delegations, sources) is left empty, so the
 * content check names each field still to fill before the round can be published. On request, the start of its
 * Arabic and Hebrew translations beside it.
 */
import { frontMatterCountry, placeCountryOf } from '@/lib/base/countries';
import type { TranslatedLocale } from '@/lib/base/locales';
import type { ContentFile } from '@/lib/content/content-files';
import { englishVersion } from '@/lib/content/translations';
import { headingIdsOf } from '@/lib/model/page-anchors';
import { calendarDay } from '@/lib/record/schemas';

/** What an editor gives for a new round. */
export interface NewRoundFields {
  /** The first day, YYYY-MM-DD. */
  date: string;
  city: string;
  /** The country's ISO 3166-1 alpha-2 code (FR) or its English name (France); for a border, two names joined by an en dash. */
  country: string;
  title: string;
}

export const NEW_ROUND_FIELDS = ['date', 'city', 'country', 'title'] as const satisfies readonly (keyof NewRoundFields)[];

/**
 * The place part of a file name: lower-case kebab-case in plain letters.
 * @example placeSlug('Tel Aviv') // "tel-aviv"
 * @example placeSlug('Zürich') // "zurich"
 */
export function placeSlug(city: string): string {
  return city
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The file a round is written to, relative to the content folder: rounds/2026-12-10-geneva.md. */
export function newRoundPath(fields: Pick<NewRoundFields, 'date' | 'city'>): string {
  return `rounds/${fields.date}-${placeSlug(fields.city)}.md`;
}

/** What is wrong with the fields given, one line each; none when a file can be written. */
export function newRoundProblems(fields: Partial<NewRoundFields>): string[] {
  const problems = NEW_ROUND_FIELDS.filter((field) => !fields[field]?.trim()).map((field) => `--${field} is missing`);
  if (fields.date?.trim()) {
    const parsed = calendarDay.safeParse(fields.date.trim());
    if (!parsed.success) problems.push(`--date ${parsed.error.issues[0]?.message ?? 'is not a date'}`);
  }
  if (fields.city?.trim() && placeSlug(fields.city) === '') problems.push('--city must contain letters or digits for the file name');
  if (fields.country?.trim() && placeCountryOf(fields.country) === undefined)
    problems.push(
      `--country ${JSON.stringify(fields.country.trim())} is no country: give its ISO 3166-1 alpha-2 code or its English name, e.g. FR or France`,
    );
  return problems;
}

/**
 * A place's country as YAML writes it in a round's front matter, from the code or name the editor gave.
 * @example countryYaml('France') // "FR"
 * @example countryYaml('Israel–Syria') // "[IL, SY]"
 */
function countryYaml(written: string): string {
  const country = placeCountryOf(written);
  // newRoundProblems refuses a country that names none, so only a caller that skipped it gets here.
  if (country === undefined) throw new Error(`--country ${JSON.stringify(written)} is no country: check newRoundProblems first`);
  return frontMatterCountry(country);
}

/**
 * The file's text. A meeting dated after `today` is entered as scheduled, with
 * the sections an announcement has; anything else as held.
 */
export function newRoundFile(fields: NewRoundFields, today: string): string {
  const scheduled = fields.date > today;
  const sections = scheduled ? ['What was announced', 'What comes next'] : ['What happened', 'What each side said', 'What comes next'];
  return [
    '---',
    `title: ${JSON.stringify(fields.title.trim())}`,
    '# round: 6 # only for a round the press numbers; leave out for any other contact',
    `start: ${fields.date}`,
    `# end: ${fields.date} # for a meeting over several days: its last day`,
    'place:',
    `  city: ${JSON.stringify(fields.city.trim())}`,
    `  country: ${countryYaml(fields.country)} # its ISO 3166-1 alpha-2 code; for a border, the two codes, e.g. [IL, SY]`,
    '  # venue: the building or hotel, when a source names it',
    "summary: '' # one or two sentences, at most 300 characters: the timeline card and the page's description",
    'delegations: {} # side → person ids, head of delegation first, e.g. israel: [yechiel-leiter]',
    'issues: [] # issue ids, e.g. [buffer-zone]',
    'positions: [] # - { side: syria, issue: buffer-zone, stance: One sentence., redLine: false, source: 1 }',
    "readouts: [] # each side's own account of the meeting, where a source reports it: - { side: syria, summary: …, source: 1 }",
    'uncertainAttendance: [] # a delegate the sources do not settle: - { person: …, doubt: one-source or reports-differ, note: …, sources: [1] }',
    'sources: [] # at least one: - { publisher: …, title: …, url: https://…, date: YYYY-MM-DD }; npm run sources:check -- --write adds checked, state and archive',
    'confirmedBy: [] # the sides whose officials or state media confirmed the meeting',
    `status: ${scheduled ? 'scheduled # change to held once a source reports the meeting, with an updates entry' : 'held'}`,
    "datedByReport: false # true only when the sources never gave the meeting's days: start is then the day of the first report of it",
    'updates: [] # corrections and additions after publication: - { date: YYYY-MM-DD, note: … }',
    '---',
    ...sections.flatMap((section) => [`## ${section}`, '']),
  ].join('\n');
}

/** The file a new round's translation is written to, beside the English: rounds/2026-12-10-geneva.ar.md. */
export function newRoundTranslationPath(fields: Pick<NewRoundFields, 'date' | 'city'>, locale: TranslatedLocale): string {
  return newRoundPath(fields).replace(/\.md$/, `.${locale}.md`);
}

/**
 * The start of a translation of a new round's file, for a translator to fill in: the English version it starts from,
 * empty title and summary (so the content check asks for them until they are written), and the English's sections
 * under their English headings, each with the id the translation keeps (`## What happened {#what-happened}`): the
 * translator translates the words and keeps the id.
 */
export function newRoundTranslationFile(english: ContentFile, locale: TranslatedLocale): string {
  const headings = english.body.split('\n').filter((line) => line.startsWith('## '));
  const ids = headingIdsOf(headings.join('\n\n'));
  return [
    '---',
    `translates: ${englishVersion(english)} # the version of the English this translates; npm run check:content gives the new one when the English changes`,
    `title: '' # the title in ${locale === 'ar' ? 'Arabic' : 'Hebrew'}`,
    "summary: ''",
    'positions: [] # one per English position, in its order: - { side: …, issue: …, stance: … }',
    'readouts: [] # one per English readout, in its order: - { side: …, summary: … }',
    '---',
    ...headings.flatMap((heading, i) => [`${heading} {#${ids[i] ?? ''}}`, '']),
  ].join('\n');
}

/**
 * The record as open data: the validated content of each collection as JSON
 * with its JSON Schema, the positions as CSV, the timeline for TimelineJS and
 * the rounds as a calendar. Every file is made from the record alone, with no
 * clock: only the TimelineJS slides read the day of the build, to say whether a
 * scheduled round is still upcoming, as its page does.
 */
import { z } from 'astro/zod';
import { countryName } from '@/lib/base/countries';
import type { DataFileKey, DataStrings } from '@/lib/base/dictionaries/data';
import { datePrecision, formatDayRange } from '@/lib/base/dates';
import {
  absoluteUrl,
  CALENDAR_URL,
  dataFileUrl,
  eventUrl,
  pageOf,
  POSITIONS_CSV_URL,
  roundUrl,
  schemaFileUrl,
  TIMELINEJS_URL,
} from '@/lib/base/urls';
import { DEFAULT_LOCALE, localizedPath, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import type { Translation } from '@/lib/model/editions';
import { cityName, roundDatesLabel, roundLabel } from '@/lib/model/round-names';
import { roundStatusLabel } from '@/lib/model/rounds';
import type { SiteRecord } from '@/lib/model/site-record';
import { lastChangedDay, newestSourceDay } from '@/lib/model/updates';
import { toCsv, type CsvValue } from '@/lib/publish/csv';
import { escapeHtml } from '@/lib/publish/html';
import type { AllDayEvent, Calendar } from '@/lib/publish/icalendar';
import { timelineJsSlide, type TimelineJsDocument } from '@/lib/publish/timelinejs';
import type { ContentRecord, Entry } from '@/lib/record/entries';
import { calendarDay, SCHEMAS, TRANSLATION_SCHEMAS, type Round, type Source } from '@/lib/record/schemas';
import { DATA_LICENSE, SITE_DESCRIPTION, SITE_TITLE } from '@/site';

/** The collections published as JSON; notes are pages of explanation, not data. */
export const OPEN_DATA_COLLECTIONS = ['rounds', 'events', 'people', 'issues'] as const;

export type OpenDataCollection = (typeof OPEN_DATA_COLLECTIONS)[number];

/** Where TimelineJS documents its format: the "schema" of the TimelineJS file. */
export const TIMELINEJS_FORMAT_URL = 'https://timeline.knightlab.com/docs/json-format.html';

/** The site's address, which every absolute URL in the files starts from; Astro has it from `site` in astro.config.ts. */
export function siteOf(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.ts sets no `site`: the open data files need it for their absolute URLs');
  return site;
}

/** A JSON file's text: indented for whoever opens it, ended by a newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** What a file of the open data is, as the data page lists it; its title and what it holds are in the edition's words (`ui.data.files[key]`). */
export interface DataFileListing {
  key: DataFileKey;
  /** The file's address in English; one written in each edition's language has its own in each (see dataFileHref). */
  href: string;
  /** Set for a file each edition publishes in its own language, under its prefix: the calendar. */
  perEdition?: true;
  format: string;
  /** What describes its fields: its JSON Schema here, or the format's documentation on another site; `label` names it. */
  schema?: { href: string; label: keyof DataStrings['schemaLabels']; external: boolean };
}

/** Every file of the open data, in the order the data page lists them. */
export const DATA_FILES: readonly DataFileListing[] = [
  ...OPEN_DATA_COLLECTIONS.map((collection) => ({
    key: collection,
    href: dataFileUrl(collection),
    format: 'JSON',
    schema: { href: schemaFileUrl(collection), label: 'jsonSchema' as const, external: false },
  })),
  { key: 'positions', href: POSITIONS_CSV_URL, format: 'CSV' },
  {
    key: 'timelinejs',
    href: TIMELINEJS_URL,
    format: 'JSON (TimelineJS3)',
    schema: { href: TIMELINEJS_FORMAT_URL, label: 'timelinejs', external: true },
  },
  { key: 'calendar', href: CALENDAR_URL, perEdition: true, format: 'iCalendar' },
];

/**
 * Where an edition's data page links a file: the edition's own for a file written in each language, the one shared
 * file otherwise.
 * @example dataFileHref({ href: '/rounds.ics', perEdition: true, … }, 'ar') // "/ar/rounds.ics"
 * @example dataFileHref({ href: '/data/rounds.json', … }, 'ar') // "/data/rounds.json"
 */
export function dataFileHref(file: Pick<DataFileListing, 'href' | 'perEdition'>, locale: Locale): string {
  return file.perEdition ? localizedPath(file.href, locale) : file.href;
}

/**
 * Orders entries by id, by code point so no locale can change the order: rounds and events by date, since
 * their ids start with it, people and issues alphabetically.
 */
function byId(a: { id: string }, b: { id: string }): number {
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** The license as every file states it. */
const licenseSchema = z.strictObject({ name: z.string(), title: z.string(), url: z.url(), attribution: z.string(), sources: z.string() });

/** A round's place as published: its country's code or codes as the file writes them, and their name for readers. */
const publishedPlaceSchema = SCHEMAS.rounds.shape.place.extend({
  country: SCHEMAS.rounds.shape.place.shape.country.meta({
    description:
      "The country's ISO 3166-1 alpha-2 code; for a meeting on a border, the two countries' codes in the order the border is named.",
  }),
  countryName: z.string().meta({
    description: "The country's name in English, from the code in country; on a border, the two names joined by an en dash.",
  }),
});

/** A translation of an entry as published: its prose as its file holds it, its page in its edition and how fresh it is. */
function publishedTranslationSchema(collection: OpenDataCollection) {
  return TRANSLATION_SCHEMAS[collection].extend({
    url: z.url().meta({ description: "The page in the translation's edition." }),
    state: z.enum(['current', 'stale']).meta({
      description:
        'current: it translates the English as it is; stale: it translates an earlier version (its translates field), and is being brought up to date.',
    }),
  });
}

/**
 * The fields of an entry as published: its front matter's, for a round the name of its place's country, and its
 * translations' prose beside its English, by edition.
 */
function publishedFields(collection: OpenDataCollection) {
  const translation = publishedTranslationSchema(collection).optional();
  const translations = z
    .strictObject({ ar: translation, he: translation })
    .meta({ description: "The entry's prose in the Arabic and Hebrew editions, where translated; every fact is the English's." });
  const fields = collection === 'rounds' ? { ...SCHEMAS.rounds.shape, place: publishedPlaceSchema } : SCHEMAS[collection].shape;
  return { ...fields, translations };
}

/** An entry's translations as published, by edition: those its editions show. */
function publishedTranslations(collection: OpenDataCollection, id: string, translations: readonly Translation[], site: URL | string) {
  return Object.fromEntries(
    translations
      .filter((translation) => translation.collection === collection && translation.of === id && translation.prose !== undefined)
      .map((translation) => [
        translation.locale,
        {
          ...translation.prose,
          url: absoluteUrl(localizedPath(pageOf(collection, id), translation.locale), site),
          state: translation.state,
        },
      ]),
  );
}

/** An entry's front matter as published: a round's place gains its country's name. */
function publishedData(data: ContentRecord[OpenDataCollection][number]['data']) {
  return 'place' in data ? { ...data, place: { ...data.place, countryName: countryName(data.place.country, DEFAULT_LOCALE) } } : data;
}

/**
 * A collection's JSON file: its schema's address, the day the record last
 * changed, the license, and every entry with its id and page. An entry holds
 * its front matter as validated: dates as YYYY-MM-DD, every default filled in; a round's place also names its
 * country; and beside it, its Arabic and Hebrew prose where translated.
 */
export function openDataFileSchema(collection: OpenDataCollection) {
  return z.strictObject({
    $schema: z.url(),
    updated: calendarDay,
    license: licenseSchema,
    items: z.array(
      z.strictObject({
        /** The file name in content/<collection>/ without .md: the last part of the page's address. */
        id: z.string(),
        url: z.url(),
        // The schema's fields without its cross-field rules (an end after its start), which JSON Schema cannot state.
        ...publishedFields(collection),
      }),
    ),
  });
}

export type OpenDataFile = z.output<ReturnType<typeof openDataFileSchema>>;

/**
 * The JSON Schema of a collection's file, generated from the same Zod schemas
 * the content is checked with. It describes the output, the data as
 * published: defaults filled in, so those fields are required. Rules JSON
 * Schema cannot state (a real calendar day, the script of a native name) are
 * left out; the build has already checked every entry against them. A field
 * with no JSON Schema form at all makes the conversion throw, so it can never
 * turn silently into "anything".
 */
export function openDataJsonSchema(collection: OpenDataCollection, site: URL | string): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(openDataFileSchema(collection), { target: 'draft-2020-12', io: 'output' });
  return {
    $schema,
    $id: absoluteUrl(schemaFileUrl(collection), site),
    title: `${SITE_TITLE}: ${uiStrings(DEFAULT_LOCALE).data.files[collection].title}`,
    description: uiStrings(DEFAULT_LOCALE).data.files[collection].holds,
    ...schema,
  };
}

/**
 * The day an entry's record last changed: its newest source, or a later correction.
 * A source dated by month only counts from the month's first day.
 */
export function recordedDay(data: { sources: readonly Pick<Source, 'date'>[]; updates?: readonly { date: string }[] }): string {
  return lastChangedDay(newestSourceDay(data.sources), data.updates ?? []);
}

/** The day the whole record last changed: the newest recorded day of any entry. Unlike the build's own day, it only moves with the content. */
export function recordUpdatedDay(record: Pick<ContentRecord, 'rounds' | 'events' | 'people' | 'issues' | 'notes'>): string {
  const entries = [...record.rounds, ...record.events, ...record.people, ...record.issues, ...record.notes];
  return entries.map((entry) => recordedDay(entry.data)).reduce((newest, day) => (day > newest ? day : newest), '');
}

/**
 * A collection's JSON file, entries ordered by id. It is checked against its
 * own schema here, so a file that would not validate fails the build instead
 * of being published.
 */
export function openDataFile(
  collection: OpenDataCollection,
  record: ContentRecord,
  translations: readonly Translation[],
  site: URL | string,
): OpenDataFile {
  return openDataFileSchema(collection).parse({
    $schema: absoluteUrl(schemaFileUrl(collection), site),
    updated: recordUpdatedDay(record),
    license: DATA_LICENSE,
    items: [...record[collection]].sort(byId).map((entry) => ({
      id: entry.id,
      url: absoluteUrl(pageOf(collection, entry.id), site),
      ...publishedData(entry.data),
      translations: publishedTranslations(collection, entry.id, translations, site),
    })),
  });
}

/** The columns of positions.csv, in order. */
export const POSITION_COLUMNS = [
  'date',
  'dated_by_report',
  'round_id',
  'round_number',
  'round_url',
  'side',
  'issue',
  'stance',
  'red_line',
  'shift',
  'shift_how',
  'source_publisher',
  'source_title',
  'source_date',
  'source_date_precision',
  'source_date_inferred',
  'source_url',
  'source_archive_url',
  'source_captured',
  'source_checked',
  'source_state',
] as const;

export type PositionColumn = (typeof POSITION_COLUMNS)[number];

export type PositionRow = Record<PositionColumn, CsvValue>;

/** One row per position, rounds by date and positions as each file lists them, each with the source it cites. */
export function positionRows(rounds: readonly Entry<Round>[], site: URL | string): PositionRow[] {
  const ordered = [...rounds].sort(byId);
  return ordered.flatMap((round) =>
    round.data.positions.map((position) => {
      const source = round.data.sources[position.source - 1];
      // The schema's cross-file rules make every position cite one of its round's sources.
      if (!source) throw new Error(`${round.id}: a position cites source ${position.source}, which the round does not list`);
      return {
        date: round.data.start,
        dated_by_report: round.data.datedByReport,
        round_id: round.id,
        round_number: round.data.round,
        round_url: absoluteUrl(roundUrl(round.id), site),
        side: position.side,
        issue: position.issue,
        stance: position.stance,
        red_line: position.redLine,
        shift: position.shift,
        shift_how: position.how,
        source_publisher: source.publisher,
        source_title: source.title,
        source_date: source.date,
        source_date_precision: datePrecision(source.date),
        source_date_inferred: source.dateInferred,
        source_url: source.url,
        source_archive_url: source.archive?.url,
        source_captured: source.archive?.captured,
        source_checked: source.checked,
        source_state: source.state,
      };
    }),
  );
}

/** positions.csv: a header row, then one row per position. */
export function positionsCsv(rounds: readonly Entry<Round>[], site: URL | string): string {
  return toCsv(POSITION_COLUMNS, positionRows(rounds, site));
}

/**
 * What the calendar says of a round: only rounds that took place or are still to come are in it, confirmed once held
 * and confirmed by a side; one only the press reported, or still to come, is tentative.
 */
export function calendarStatus(round: Pick<Round, 'status' | 'confirmedBy'>): AllDayEvent['status'] | undefined {
  if (round.status !== 'held' && round.status !== 'scheduled') return undefined;
  return round.status === 'held' && round.confirmedBy.length > 0 ? 'CONFIRMED' : 'TENTATIVE';
}

/**
 * A meeting's place in an edition's words: the venue as the record names it, then the city and the country.
 * @example placeText({ venue: 'Hotel X', city: 'Paris', country: 'FR' }) // "Hotel X, Paris, France"
 * @example placeText({ city: 'Paris', country: 'FR' }, 'ar') // "باريس، فرنسا"
 */
export function placeText(place: Round['place'], locale: Locale = DEFAULT_LOCALE): string {
  return [place.venue, cityName({ place }, locale), countryName(place.country, locale)]
    .filter((part) => part !== undefined)
    .join(uiStrings(locale).comma);
}

/**
 * An edition's calendar of held and scheduled rounds whose days are known, by date: titles, summaries and places in
 * its language, links to its pages. Each edition's events have their own ids, so a reader who subscribes to two
 * editions keeps both.
 */
export function roundsCalendar(rounds: readonly Entry<Round>[], site: URL | string, locale: Locale = DEFAULT_LOCALE): Calendar {
  const host = new URL(site).host;
  const ui = uiStrings(locale);
  const events = [...rounds].sort(byId).flatMap((round): AllDayEvent[] => {
    const status = calendarStatus(round.data);
    // A meeting whose days were never reported has no day a calendar could hold: put on the day of the report, it
    // would read as a meeting that day. Its page and the timeline give it with the report's day, saying so.
    if (!status || round.data.datedByReport) return [];
    const url = absoluteUrl(localizedPath(roundUrl(round.id), locale), site);
    return [
      {
        uid: `${round.id}${locale === DEFAULT_LOCALE ? '' : `.${locale}`}@${host}`,
        stamp: recordedDay(round.data),
        start: round.data.start,
        end: round.data.end ?? round.data.start,
        summary: round.data.title,
        location: placeText(round.data.place, locale),
        description: `${round.data.summary}\n\n${url}`,
        url,
        status,
      },
    ];
  });
  return {
    productId: { company: SITE_TITLE, product: 'Rounds' },
    language: locale.toUpperCase(),
    name: ui.publishing.calendarName(ui.siteTitle),
    events,
  };
}

/**
 * Every round and context event as a TimelineJS slide, oldest first. A
 * round's text gives its label, place and status, then its summary.
 */
export function timelineJsDocument(record: Pick<SiteRecord, 'timeline' | 'today'>, site: URL | string): TimelineJsDocument {
  return {
    title: { text: { headline: escapeHtml(SITE_TITLE), text: `<p>${escapeHtml(SITE_DESCRIPTION)}</p>` } },
    events: record.timeline.map((item) =>
      item.kind === 'round'
        ? timelineJsSlide({
            kind: 'round',
            id: item.id,
            group: 'Rounds',
            start: item.data.start,
            end: item.data.end,
            displayDate: roundDatesLabel(item.data),
            headline: item.data.title,
            url: absoluteUrl(roundUrl(item.id), site),
            paragraphs: [
              `${roundLabel(item.data)} · ${placeText(item.data.place)} · ${roundStatusLabel(item.data, record.today)}`,
              item.data.summary,
            ],
          })
        : timelineJsSlide({
            kind: 'event',
            id: item.id,
            group: 'Context events',
            start: item.data.date,
            displayDate: formatDayRange(item.data.date),
            headline: item.data.title,
            url: absoluteUrl(eventUrl(item.id), site),
            paragraphs: [item.data.summary],
          }),
    ),
  };
}

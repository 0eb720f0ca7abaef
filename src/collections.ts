/**
 * The record as the pages get it: Astro's collections, which the record
 * loader has already checked as a whole, indexed once per build and edition.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, editionParam, editionsToBuild, type Locale } from '@/lib/base/locales';
import type { CollectionName } from '@/lib/base/urls';
import { buildDay } from '@/lib/content/schedule';
import { proseKey, recordInEdition, type ProseState, type Translation } from '@/lib/model/editions';
import { indexRecord, type SiteRecord } from '@/lib/model/site-record';
import type { ContentRecord } from '@/lib/record/entries';

/** The record in one edition: its entries with their prose in the edition's language where translated. */
export interface EditionRecord extends SiteRecord {
  locale: Locale;
  /** The language of each entry's prose, and how fresh its translation is, by `proseKey`. */
  prose: ReadonlyMap<string, ProseState>;
}

/** The editions this build publishes: every one, unless BUILD_EDITIONS names some (see editionsToBuild). */
export const BUILT_LOCALES = editionsToBuild(process.env['BUILD_EDITIONS']);

interface Loaded {
  english: ContentRecord;
  translations: CollectionEntry<'translations'>[];
  /** Each translation by its id, <locale>/<collection>/<id>: every page looks its own up. */
  translationById: ReadonlyMap<string, CollectionEntry<'translations'>>;
}

let loading: Promise<Loaded> | undefined;
const editions = new Map<Locale, Promise<EditionRecord>>();

/** Each collection read once per build. */
function load() {
  loading ??= Promise.all([
    getCollection('rounds'),
    getCollection('events'),
    getCollection('people'),
    getCollection('issues'),
    getCollection('notes'),
    getCollection('translations'),
  ]).then(([rounds, events, people, issues, notes, translations]) => ({
    english: { rounds, events, people, issues, notes },
    translations,
    translationById: new Map(translations.map((translation) => [translation.id, translation])),
  }));
  return loading;
}

/** The whole record in an edition, loaded and indexed once per build, however many pages ask for it at once. */
export function loadRecord(locale: Locale = DEFAULT_LOCALE): Promise<EditionRecord> {
  let edition = editions.get(locale);
  if (edition === undefined) {
    edition = load().then(({ english, translations }) => {
      const { record, prose } = recordInEdition(
        english,
        translations.map((entry) => entry.data as Translation),
        locale,
      );
      return { ...indexRecord(record, buildDay(process.env), locale), locale, prose };
    });
    editions.set(locale, edition);
  }
  return edition;
}

/** Every translation the editions show, for the open data that publishes them beside their English. */
export async function loadTranslations(): Promise<Translation[]> {
  return (await load()).translations.map((entry) => entry.data as Translation);
}

/** What every content page receives: its entry, the whole record, both in the page's edition, and its entry's prose state. */
export interface EntryProps<C extends CollectionName> {
  entry: CollectionEntry<C>;
  record: EditionRecord;
  prose: ProseState;
}

/** The route parameters that publish a page in every edition: English at the root, the others under their prefix. */
export function editionPaths(): { params: { lang: string | undefined } }[] {
  return BUILT_LOCALES.map((locale) => ({ params: { lang: editionParam(locale) } }));
}

/**
 * A page's paths in every edition: `pathsIn` gives the edition's paths, from the record in that edition.
 * @example inEveryEdition(async (record) => years.map(…)) // each year's page at /years/2025/, /ar/years/2025/, /he/years/2025/
 */
export async function inEveryEdition<P extends Record<string, string | undefined>, Props>(
  pathsIn: (record: EditionRecord) => { params: P; props: Props }[] | Promise<{ params: P; props: Props }[]>,
): Promise<{ params: P & { lang: string | undefined }; props: Props }[]> {
  const perEdition = await Promise.all(
    BUILT_LOCALES.map(async (locale) => {
      const paths = await pathsIn(await loadRecord(locale));
      return paths.map((path) => ({ params: { ...path.params, lang: editionParam(locale) }, props: path.props }));
    }),
  );
  return perEdition.flat();
}

/** One page per entry of a collection and edition, at /<collection>/<file name>/ under the edition's prefix. */
export function entryPaths<C extends CollectionName>(collection: C) {
  return inEveryEdition((record) =>
    (record[collection] as unknown as CollectionEntry<C>[]).map((entry) => ({
      params: { slug: entry.id },
      props: {
        entry,
        record,
        prose: record.prose.get(proseKey(collection, entry.id)) ?? { lang: DEFAULT_LOCALE, state: 'untranslated' },
      } satisfies EntryProps<C>,
    })),
  );
}

/** The translation whose prose and body an edition shows for an entry: none in English, or where the entry is untranslated. */
export async function shownTranslation(
  collection: CollectionName,
  id: string,
  record: EditionRecord,
): Promise<CollectionEntry<'translations'> | undefined> {
  const prose = record.prose.get(proseKey(collection, id));
  if (prose === undefined || prose.state === 'untranslated' || prose.state === 'original') return undefined;
  return (await load()).translationById.get(`${record.locale}/${collection}/${id}`);
}

/**
 * Renders an entry's body in its edition: the translation's where the edition shows one, the English's otherwise,
 * with the ids of the people its text mentions (see remark-person-mentions).
 */
export async function renderBody<C extends CollectionName>(entry: CollectionEntry<C>, collection: C, record: EditionRecord) {
  const translated = await shownTranslation(collection, entry.id, record);
  const { Content, remarkPluginFrontmatter } = await render(translated ?? entry);
  const mentioned: unknown = remarkPluginFrontmatter['mentionedPeople'];
  const mentionedPeople = Array.isArray(mentioned) ? mentioned.filter((id): id is string => typeof id === 'string') : [];
  return { Content, mentionedPeople };
}

/**
 * The record as an edition shows it: each entry's prose from its translation into the edition, where there is one
 * the pages can show, and its facts always from the English. What language each entry's prose is in, and how fresh
 * its translation is, go with it, for the notices a page shows.
 */
import { DEFAULT_LOCALE, type Locale, type TranslatedLocale } from '@/lib/base/locales';
import type { CollectionName } from '@/lib/base/urls';
import type { ContentRecord, Entry } from '@/lib/record/entries';
import type { Event, Issue, Note, Person, Round, TranslationProse } from '@/lib/record/schemas';

/** A translation as the pages get it: which English entry it translates, how fresh it is, and its prose when usable. */
export interface Translation {
  locale: TranslatedLocale;
  collection: CollectionName;
  /** The English entry's id. */
  of: string;
  state: 'current' | 'stale';
  /** Undefined when a stale translation no longer matches its English, which its page then shows. */
  prose?: TranslationProse[CollectionName] | undefined;
}

/** What language an entry's prose is in, in an edition, and why. */
export type ProseState =
  /** The English edition, or a translation that translates the English as it is. */
  | { lang: Locale; state: 'original' | 'current' }
  /** A translation of an earlier version of the English: shown, under a notice naming the English's last update. */
  | { lang: TranslatedLocale; state: 'stale'; englishUpdated: string | undefined }
  /** No translation the edition can show: the English prose, under a notice. */
  | { lang: typeof DEFAULT_LOCALE; state: 'untranslated' };

/** The key of an entry in an edition's map of prose states. */
export const proseKey = (collection: CollectionName, id: string): string => `${collection}/${id}`;

/** The English's newest correction date, which a stale translation's notice names. */
const latestUpdate = (data: { updates: readonly { date: string }[] }) =>
  data.updates
    .map((update) => update.date)
    .sort()
    .at(-1);

/** The English's update notes, each with its translation where the translation has the same correction at the same place. */
function translatedUpdates<T extends { date: string; note: string }>(
  english: readonly T[],
  translated: readonly { date: string; note: string }[],
) {
  return english.map((update, i) => (translated[i]?.date === update.date ? { ...update, note: translated[i].note } : update));
}

function translateRound(data: Round, prose: TranslationProse['rounds']): Round {
  return {
    ...data,
    title: prose.title,
    summary: prose.summary,
    positions: data.positions.map((position, i) => {
      const translated = prose.positions[i];
      return translated ? { ...position, stance: translated.stance, ...(translated.how ? { how: translated.how } : {}) } : position;
    }),
    readouts: data.readouts.map((readout, i) => ({ ...readout, summary: prose.readouts[i]?.summary ?? readout.summary })),
    uncertainAttendance: data.uncertainAttendance.map((doubt, i) => ({ ...doubt, note: prose.uncertainAttendance[i]?.note ?? doubt.note })),
    updates: translatedUpdates(data.updates, prose.updates),
  };
}

function translatePerson(data: Person, prose: TranslationProse['people']): Person {
  return {
    ...data,
    name: prose.name,
    roles: data.roles.map((role, i) => ({ ...role, title: prose.roles[i]?.title ?? role.title })),
    updates: translatedUpdates(data.updates, prose.updates),
  };
}

function translateIssue(data: Issue, prose: TranslationProse['issues']): Issue {
  return {
    ...data,
    title: prose.title,
    summary: prose.summary,
    aliases: prose.aliases,
    updates: translatedUpdates(data.updates, prose.updates),
  };
}

function translateTitled<T extends Event | Note>(data: T, prose: TranslationProse['events'] | TranslationProse['notes']): T {
  return { ...data, title: prose.title, summary: prose.summary, updates: translatedUpdates(data.updates, prose.updates) };
}

/** An entry's data with its prose from a translation. */
function translateData(collection: CollectionName, data: unknown, prose: TranslationProse[CollectionName]): unknown {
  switch (collection) {
    case 'rounds':
      return translateRound(data as Round, prose as TranslationProse['rounds']);
    case 'people':
      return translatePerson(data as Person, prose as TranslationProse['people']);
    case 'issues':
      return translateIssue(data as Issue, prose as TranslationProse['issues']);
    default:
      return translateTitled(data as Event, prose as TranslationProse['events']);
  }
}

/**
 * The record in an edition: every entry, with its prose translated where the edition has a translation it can show,
 * and the state of each entry's prose by `proseKey`.
 */
export function recordInEdition(
  record: ContentRecord,
  translations: readonly Translation[],
  locale: Locale,
): { record: ContentRecord; prose: ReadonlyMap<string, ProseState> } {
  const prose = new Map<string, ProseState>();
  const byKey = new Map(translations.filter((t) => t.locale === locale).map((t) => [proseKey(t.collection, t.of), t]));
  const inEdition = <T>(collection: CollectionName, entries: Entry<T>[]): Entry<T>[] =>
    entries.map((entry) => {
      const key = proseKey(collection, entry.id);
      if (locale === DEFAULT_LOCALE) {
        prose.set(key, { lang: locale, state: 'original' });
        return entry;
      }
      const translation = byKey.get(key);
      if (translation?.prose === undefined) {
        prose.set(key, { lang: DEFAULT_LOCALE, state: 'untranslated' });
        return entry;
      }
      prose.set(
        key,
        translation.state === 'current'
          ? { lang: locale, state: 'current' }
          : { lang: translation.locale, state: 'stale', englishUpdated: latestUpdate(entry.data as { updates: { date: string }[] }) },
      );
      return { ...entry, data: translateData(collection, entry.data, translation.prose) as T };
    });
  return {
    record: {
      rounds: inEdition('rounds', record.rounds),
      events: inEdition('events', record.events),
      people: inEdition('people', record.people),
      issues: inEdition('issues', record.issues),
      notes: inEdition('notes', record.notes),
    },
    prose,
  };
}

/**
 * The `lang` an element of prose needs in an edition: none when the prose is in the edition's language, the English's
 * when the page is not yet translated.
 * @example proseLang({ lang: 'en', state: 'untranslated' }, 'ar') // "en"
 */
export function proseLang(prose: ProseState, locale: Locale): Locale | undefined {
  return prose.lang === locale ? undefined : prose.lang;
}

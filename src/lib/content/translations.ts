/**
 * The translations of the record, checked against the English they translate. A translation holds prose only; it
 * says which version of its English it translates, and is `current` while that version is the English's, `stale`
 * once the English's prose has changed. A current translation must match its English exactly in shape: the same
 * sections with the same citations, each position, readout, note, role and update translated once, in order, and
 * the glossary's words for the English's key terms. A stale one is still shown, under a notice, while it keeps that
 * shape; once it no longer does, its page shows the English prose until the translation is brought up to date.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '@/lib/base/locales';
import { COLLECTIONS, type CollectionName } from '@/lib/base/urls';
import type { ContentFile, TranslationFile } from '@/lib/content/content-files';
import { wrongTypeMessage } from '@/lib/content/validate-record';
import { headingId } from '@/lib/model/page-anchors';
import { fieldPath, type ContentRecord, type Entry } from '@/lib/record/entries';
import { glossarySchema, TRANSLATION_SCHEMAS, type Glossary, type Person, type Round, type TranslationProse } from '@/lib/record/schemas';

/** Whether a translation translates the English as it is now, or an earlier version of it. */
export type TranslationState = 'current' | 'stale';

/** A translation read and checked: which English it translates, how fresh it is, and its prose when the pages can show it. */
export type CheckedTranslation = {
  [C in CollectionName]: {
    collection: C;
    /** The English file's id: the page the translation is shown on, in its edition. */
    id: string;
    locale: TranslatedLocale;
    path: string;
    state: TranslationState;
    /** The English's version now: what `translates` must say once the translation is brought up to date. */
    englishVersion: string;
    /** Undefined when a stale translation no longer has its English's shape, and its page shows the English prose. */
    prose: TranslationProse[C] | undefined;
    body: string;
  };
}[CollectionName];

/** Every translation checked, and what an editor must fix (problems) or should know (warnings). */
export interface TranslationsReading {
  translations: CheckedTranslation[];
  problems: string[];
  warnings: string[];
}

/** The English prose a translation translates, in the order it is written: what its version is made of. */
function englishProse(file: ContentFile): unknown {
  const fm = file.frontmatter;
  const list = (key: string, fields: readonly string[]) =>
    Array.isArray(fm[key]) ? (fm[key] as Record<string, unknown>[]).map((item) => fields.map((field) => item[field])) : [];
  return [
    fm['title'],
    fm['name'],
    fm['summary'],
    fm['aliases'],
    list('positions', ['stance', 'how']),
    list('readouts', ['summary']),
    list('uncertainAttendance', ['note']),
    list('roles', ['title']),
    list('updates', ['note']),
    file.body.trim(),
  ];
}

/**
 * The version of an English file's prose: v and the first 12 hex digits of a SHA-256 of its title, name, summary, aliases,
 * stances, readouts, notes, roles, update notes and body. Its facts are not in it: a translation shows them from the
 * English file, so a corrected date or an added source leaves the translation current.
 */
export function englishVersion(file: ContentFile): string {
  const digest = createHash('sha256')
    .update(JSON.stringify(englishProse(file)))
    .digest('hex');
  return `v${digest.slice(0, 12)}`;
}

/** One section of a body: the lead before the first H2 (id ""), or an H2 and what follows it. */
export interface BodySection {
  id: string;
  /** The source numbers the section cites, each once, in ascending order. */
  citations: number[];
  /** The section's words, without links' addresses or code. */
  text: string;
}

/** A citation as the Markdown pipeline links it: a number in square brackets. */
const CITATION = /\[(\d+)\]/g;

/** Node types whose text is neither prose nor a citation. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'html', 'definition']);

/** The words of a node, with its citations, leaving out code. */
function proseOf(node: Nodes): string {
  if (NOT_PROSE.has(node.type)) return '';
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child: Nodes) => proseOf(child)).join(node.type === 'paragraph' ? '' : ' ') : '';
}

/**
 * A body split at its H2s, each section with the citations it makes.
 * @example bodySections('Lead [1].\n\n## What happened {#what-happened}\n\nText [2][3].') // [{ id: '', citations: [1], … }, { id: 'what-happened', citations: [2, 3], … }]
 */
export function bodySections(body: string): BodySection[] {
  const tree: Root = fromMarkdown(body);
  const slugger = new GithubSlugger();
  const sections: BodySection[] = [{ id: '', citations: [], text: '' }];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({ id: headingId(node, slugger), citations: [], text: '' });
      continue;
    }
    const section = sections.at(-1);
    if (section) section.text += `${proseOf(node)}\n`;
  }
  return sections
    .map((section) => ({
      ...section,
      citations: [...new Set([...section.text.matchAll(CITATION)].map((match) => Number(match[1])))].sort((a, b) => a - b),
    }))
    .filter((section, index) => index > 0 || section.text.trim() !== '');
}

const cited = (numbers: readonly number[]) => (numbers.length === 0 ? 'no source' : numbers.map((n) => `[${n}]`).join(''));

/** How a translation's body differs from its English's in shape, from their sections (see bodySections): which it has, and what each cites. */
export function sectionProblems(english: readonly BodySection[], translated: readonly BodySection[]): string[] {
  const problems: string[] = [];
  const translatedIds = translated.map((section) => section.id);
  const name = (id: string) => (id === '' ? 'the lead (the text before the first ## heading)' : `the section #${id}`);
  for (const section of english) {
    const match = translated.find((candidate) => candidate.id === section.id);
    if (!match) {
      problems.push(
        section.id === ''
          ? 'body: lacks the lead the English has before its first ## heading: translate it'
          : `body: lacks the section #${section.id} of the English: translate its heading and end it with {#${section.id}}`,
      );
    } else if (match.citations.join() !== section.citations.join()) {
      problems.push(
        `body: ${name(section.id)} cites ${cited(match.citations)} where the English cites ${cited(section.citations)}: cite the same sources`,
      );
    }
  }
  for (const id of translatedIds) {
    if (!english.some((section) => section.id === id))
      problems.push(
        id === ''
          ? 'body: has a lead before its first ## heading, which the English does not'
          : `body: has a section #${id} the English does not: each heading ends with the English section's {#id}`,
      );
  }
  const inEnglishOrder = english.map((section) => section.id).filter((id) => translatedIds.includes(id));
  if (problems.length === 0 && inEnglishOrder.join() !== translatedIds.join())
    problems.push(`body: has the English's sections in another order (${translatedIds.join(', ')}): keep the English's order`);
  return problems;
}

/** One edition's glossary: its key terms, each with the forms a translation uses for it. */
export function readGlossary(contentDir: string, locale: TranslatedLocale): { glossary: Glossary; problems: string[] } {
  const path = join(contentDir, 'glossary', `${locale}.yml`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { glossary: [], problems: [] };
  }
  const parsed = glossarySchema.safeParse(parseYaml(text));
  if (parsed.success) return { glossary: parsed.data, problems: [] };
  return {
    glossary: [],
    problems: parsed.error.issues.map((issue) => `${path}: ${fieldPath(issue.path) || 'the file'}: ${issue.message}`),
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a translation leaves its glossary: a key term of the English (in a section of the body, or in the title or
 * summary) with none of the glossary's forms in the same place of the translation.
 */
export function glossaryProblems(glossary: Glossary, places: readonly { field: string; english: string; translated: string }[]): string[] {
  // Each English form read as a word, its plural too, compiled once for every place.
  const terms = glossary.map((term) => ({
    forms: term.forms,
    english: term.en.map((form) => ({ form, pattern: new RegExp(`\\b${escapeRegExp(form)}(?:s|es)?\\b`, 'i') })),
  }));
  const termsUsed = (text: string) =>
    terms.flatMap((term) => {
      const found = term.english.find(({ pattern }) => pattern.test(text))?.form;
      return found === undefined ? [] : [{ found, forms: term.forms }];
    });
  return places.flatMap(({ field, english, translated }) =>
    termsUsed(english)
      .filter(({ forms }) => !forms.some((form) => translated.includes(form)))
      .map(({ found, forms }) => `${field}: the English says "${found}"; write it as the glossary does: ${forms.join(' or ')}`),
  );
}

/** A front-matter value as text, when it is text: the glossary reads titles and summaries only. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The prose places of a file and its translation that the glossary checks: title, summary and each section of the body. */
function glossaryPlaces(
  english: ContentFile,
  translation: TranslationFile,
  englishSections: readonly BodySection[],
  translatedSections: readonly BodySection[],
) {
  const fieldsOf = (key: string) => ({
    field: key,
    english: textOf(english.frontmatter[key]),
    translated: textOf(translation.frontmatter[key]),
  });
  return [
    fieldsOf('title'),
    fieldsOf('summary'),
    // A section the translation lacks is reported as missing, not as leaving the glossary.
    ...englishSections.flatMap((section) => {
      const translated = translatedSections.find((candidate) => candidate.id === section.id);
      return translated === undefined
        ? []
        : [{ field: `body: ${section.id === '' ? 'the lead' : `#${section.id}`}`, english: section.text, translated: translated.text }];
    }),
  ];
}

/** How a list of the translation matches the English's, entry by entry: the keys that say which English entry each translates. */
function listProblems<T, U>(
  field: string,
  english: readonly T[],
  translated: readonly U[],
  keyOfEnglish: (item: T) => string,
  keyOfTranslated: (item: U) => string,
  what: string,
): string[] {
  const problems: string[] = [];
  translated.forEach((item, i) => {
    const expected = english[i];
    if (expected === undefined) {
      problems.push(
        `${field}[${i}]: the English has no ${what} at this place (it has ${english.length}): translate each once, in its order`,
      );
    } else if (keyOfEnglish(expected) !== keyOfTranslated(item)) {
      problems.push(
        `${field}[${i}]: names ${keyOfTranslated(item)}, which is not the English's ${what} at this place (${keyOfEnglish(expected)}): translate the English's, in its order`,
      );
    }
  });
  if (translated.length < english.length)
    problems.push(`${field}: translates ${translated.length} of the English's ${english.length}: translate each, in its order`);
  return problems;
}

const updateKey = (update: { date: string }) => update.date;

/** How a translation's front matter differs from its English's in shape; its updates are left to `updateShapeProblems`. */
function shapeProblems(
  collection: CollectionName,
  english: Entry<unknown>,
  prose: TranslationProse[CollectionName],
  locale: TranslatedLocale,
) {
  switch (collection) {
    case 'rounds': {
      const round = english.data as Round;
      const translated = prose as TranslationProse['rounds'];
      const positionKey = (position: { side: string; issue: string }) => `${position.side} on ${position.issue}`;
      const hows = translated.positions.flatMap((position, i) => {
        const original = round.positions[i];
        if (original === undefined || positionKey(original) !== positionKey(position)) return [];
        if (original.how !== undefined && position.how === undefined)
          return [`positions[${i}].how: is missing: the English says how the stance changed; translate it`];
        if (original.how === undefined && position.how !== undefined)
          return [`positions[${i}].how: the English says no how for this stance; leave it out`];
        return [];
      });
      return [
        ...listProblems('positions', round.positions, translated.positions, positionKey, positionKey, 'position'),
        ...hows,
        ...listProblems(
          'readouts',
          round.readouts,
          translated.readouts,
          (r) => r.side,
          (r) => r.side,
          'readout',
        ),
        ...listProblems(
          'uncertainAttendance',
          round.uncertainAttendance,
          translated.uncertainAttendance,
          (doubt) => doubt.person,
          (doubt) => doubt.person,
          'doubt over attendance',
        ),
      ];
    }
    case 'people': {
      const person = english.data as Person;
      const translated = prose as TranslationProse['people'];
      const native = person.nativeNames.filter((name) => name.lang === locale).map((name) => name.name);
      return [
        ...(translated.roles.length === person.roles.length
          ? []
          : [`roles: translates ${translated.roles.length} of the English's ${person.roles.length} roles: translate each, in its order`]),
        ...(native.length > 0 && !native.includes(translated.name)
          ? [
              `name: "${translated.name}" is not one of the person's names in this language: write ${native.map((n) => `"${n}"`).join(' or ')}`,
            ]
          : []),
      ];
    }
    default:
      return [];
  }
}

/** The translation's updates against the English's: the same corrections, by date, in order. */
function updateShapeProblems(english: Entry<unknown>, prose: { updates: readonly { date: string }[] }): string[] {
  const updates = (english.data as { updates: readonly { date: string }[] }).updates;
  return listProblems('updates', updates, prose.updates, updateKey, updateKey, 'update');
}

/**
 * Every translation checked against its English file, as of the English now: schema, shape, glossary and freshness.
 * A current translation out of shape is a problem; a stale one is a warning, and so is one out of shape (its page then
 * shows the English prose).
 */
export function checkTranslations(
  translations: readonly TranslationFile[],
  files: readonly ContentFile[],
  record: ContentRecord,
  glossaries: Readonly<Record<TranslatedLocale, Glossary>>,
): TranslationsReading {
  const checked: CheckedTranslation[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  // Looked up by key, not searched: a record of thousands of pages has twice as many translations.
  const fileByKey = new Map(files.map((file) => [`${file.collection}/${file.id}`, file]));
  const entryByKey = new Map(
    COLLECTIONS.flatMap((collection) =>
      (record[collection] as Entry<unknown>[]).map((entry) => [`${collection}/${entry.id}`, entry] as const),
    ),
  );
  // Each English file is read once, however many translations it has: its version and its sections.
  const readings = new Map<ContentFile, { version: string; sections: BodySection[] }>();
  const englishReading = (file: ContentFile) => {
    let reading = readings.get(file);
    if (reading === undefined) {
      reading = { version: englishVersion(file), sections: bodySections(file.body) };
      readings.set(file, reading);
    }
    return reading;
  };
  for (const translation of translations) {
    const { collection, path, locale } = translation;
    const englishFile = fileByKey.get(`${collection}/${translation.id}`);
    const english = entryByKey.get(`${collection}/${translation.id}`);
    if (!englishFile || !english) {
      problems.push(
        `${path}: translates content/${collection}/${translation.id}.md, which does not exist: rename it after its English file`,
      );
      continue;
    }
    const parsed = TRANSLATION_SCHEMAS[collection].safeParse(translation.frontmatter, { error: wrongTypeMessage });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldPath(issue.path);
        problems.push(`${path}: ${field === '' ? '' : `${field}: `}${issue.message}`);
      }
      continue;
    }
    const prose = parsed.data;
    const { version, sections: englishSections } = englishReading(englishFile);
    const translatedSections = bodySections(translation.body);
    const state: TranslationState = prose.translates === version ? 'current' : 'stale';
    const shape = [...shapeProblems(collection, english, prose, locale), ...sectionProblems(englishSections, translatedSections)];
    const exact = [
      ...updateShapeProblems(english, prose),
      ...glossaryProblems(glossaries[locale], glossaryPlaces(englishFile, translation, englishSections, translatedSections)),
    ];
    if (state === 'current') {
      problems.push(...[...shape, ...exact].map((problem) => `${path}: ${problem}`));
    } else {
      warnings.push(
        `${path}: translates an earlier version of the English (${prose.translates}; it is now ${version})` +
          (shape.length > 0 ? `, and no longer matches it, so its page shows the English: ${shape.join('; ')}` : '') +
          `; bring it up to date, then set translates: ${version}`,
      );
    }
    checked.push({
      collection,
      id: translation.id,
      locale,
      path,
      state,
      englishVersion: version,
      prose: state === 'stale' && shape.length > 0 ? undefined : prose,
      body: translation.body,
    } as CheckedTranslation);
  }
  return { translations: checked, problems, warnings };
}

/** True for a translation its edition shows: current, or stale but still in its English's shape. */
export const isShown = (translation: CheckedTranslation): boolean => translation.prose !== undefined;

/** Every English file that has no translation into an edition yet, as `content/…md → ar, he`. */
export function missingTranslations(files: readonly ContentFile[], translations: readonly CheckedTranslation[]): string[] {
  const translated = new Set(translations.map((t) => `${t.locale}/${t.collection}/${t.id}`));
  return files.flatMap((file) => {
    const missing = TRANSLATED_LOCALES.filter((locale) => !translated.has(`${locale}/${file.collection}/${file.id}`));
    return missing.length === 0 ? [] : [`${file.path}: not yet translated into ${missing.join(', ')}`];
  });
}

/** Each edition's glossary, read from `content/glossary/`. */
export function readGlossaries(contentDir: string): { glossaries: Record<TranslatedLocale, Glossary>; problems: string[] } {
  const readings = TRANSLATED_LOCALES.map((locale) => [locale, readGlossary(contentDir, locale)] as const);
  return {
    glossaries: Object.fromEntries(readings.map(([locale, reading]) => [locale, reading.glossary])) as Record<TranslatedLocale, Glossary>,
    problems: readings.flatMap(([, reading]) => reading.problems),
  };
}

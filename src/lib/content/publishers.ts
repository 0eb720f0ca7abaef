/**
 * One spelling per publisher across the record. "Syrian Observer" and "The
 * Syrian Observer" would read as two outlets in the source lists and the open
 * data, so an outlet or agency written two ways fails the check, and the
 * spelling most sources use is the one to keep.
 */
import { countOf } from '@/lib/base/numbers';
import { COLLECTIONS } from '@/lib/base/urls';
import { fileOf, type ContentRecord } from '@/lib/record/entries';

/**
 * The names a source's publisher is made of: the outlet, then each name in brackets, where the outlet says whose
 * report it carries (a list of them separated by semicolons or commas).
 * @example publisherNames('Shafaq News (Reuters)') // ["Shafaq News", "Reuters"]
 * @example publisherNames('The Sun (Malaysia; AFP)') // ["The Sun", "Malaysia", "AFP"]
 * @example publisherNames('The National') // ["The National"]
 */
export function publisherNames(publisher: string): string[] {
  const [, outlet = '', bracketed = ''] = /^([^(]*)(?:\(([^)]*)\))?/.exec(publisher) ?? [];
  return [outlet, ...bracketed.split(/[;,]/)].map((name) => name.trim()).filter((name) => name !== '');
}

/**
 * A name without what never makes it another publisher: a leading "The", case, accents, spaces and punctuation.
 * Two names with the same key are two spellings of one publisher.
 * @example spellingKey('The Syrian Observer') // "syrianobserver", as for "Syrian Observer"
 * @example spellingKey('Noon Post') // "noonpost", as for "Noonpost"
 */
export function spellingKey(name: string): string {
  return name
    .trim()
    .replace(/^the\s+/i, '')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

/** One name as a source writes it: the file and field it is in. */
interface WrittenName {
  name: string;
  file: string;
  field: string;
}

/**
 * The spelling to keep among a publisher's spellings: the one most often written, and of those the first in
 * alphabetical order, so the choice never depends on the order files are read in.
 * @example spellingInUse(['Syrian Observer', 'The Syrian Observer', 'The Syrian Observer']) // "The Syrian Observer"
 */
export function spellingInUse(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  const [first = ''] = [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'en'))
    .map(([spelling]) => spelling);
  return first;
}

/**
 * Every source whose publisher spells an outlet or agency otherwise than the rest of the record, one line each:
 * `content/rounds/x.md: sources[3].publisher: "Syrian Observer" is written "The Syrian Observer" elsewhere
 * (content/events/y.md and 4 other files); use one spelling`. An empty list means every publisher has one spelling.
 */
export function findPublisherProblems(record: ContentRecord): string[] {
  const written: WrittenName[] = [];
  for (const collection of COLLECTIONS) {
    for (const entry of record[collection]) {
      const file = fileOf(collection, entry);
      entry.data.sources.forEach((source, i) => {
        for (const name of publisherNames(source.publisher)) written.push({ name, file, field: `sources[${i}].publisher` });
      });
    }
  }
  // Decided once per publisher, not once per source: most of the record's sources share a few outlets.
  const inUseByKey = new Map(
    [...Map.groupBy(written, (one) => spellingKey(one.name))].map(([key, names]) => {
      const inUse = spellingInUse(names.map((other) => other.name));
      return [key, { inUse, files: [...new Set(names.filter((other) => other.name === inUse).map((other) => other.file))] }];
    }),
  );
  const problems: string[] = [];
  for (const { name, file, field } of written) {
    const publisher = inUseByKey.get(spellingKey(name));
    if (!publisher || name === publisher.inUse) continue;
    const { inUse, files } = publisher;
    const others = files.filter((other) => other !== file);
    const where =
      others.length === 0
        ? 'elsewhere in this file'
        : `elsewhere (${others[0]}${others.length > 1 ? ` and ${countOf(others.length - 1, 'other file')}` : ''})`;
    problems.push(`${file}: ${field}: "${name}" is written "${inUse}" ${where}; use one spelling`);
  }
  return problems;
}
